package org.medvigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * {@code medvigil serve} for real: the command starts the server on a free port with a fresh H2
 * file database, and a plain HTTP client talks to it (health, problem+json over Tomcat, the
 * upload limit, the browser login with CSRF).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeCommandTest {
    private static final String PASSWORD = "serve-test-admin-password";

    @TempDir
    static Path data;

    private AutoCloseable server;
    private String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void start() {
        System.setProperty("medvigil.admin.password", PASSWORD);
        System.setProperty("medvigil.uploads.max-sbom-bytes", "1000");
        try {
            ServeCommand serve = new ServeCommand();
            int code = new CommandLine(serve).execute("--port", "0", "--db-url", "jdbc:h2:file:" + data.resolve("medvigil"));
            assertThat(code).isEqualTo(MedvigilCommand.KEEP_RUNNING);
            server = serve.server;
            base = "http://localhost:" + ((ConfigurableApplicationContext) server).getEnvironment().getProperty("local.server.port");
        } finally {
            System.clearProperty("medvigil.admin.password");
            System.clearProperty("medvigil.uploads.max-sbom-bytes");
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void healthIsPublicAndUp() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).GET());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"UP\"");
    }

    @Test
    void apiWithoutCredentialsIsUnauthorizedProblemJsonWithABearerChallenge() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/products")).GET());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(t -> assertThat(t).startsWith("Bearer"));
        assertThat(r.body()).contains("\"status\":401").doesNotContain("Exception");
    }

    @Test
    void theInitialAdminSignsInWithTheConfiguredPassword() throws Exception {
        HttpResponse<String> r = send(admin(HttpRequest.newBuilder(URI.create(base + "/api/v1/me")).GET()));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"role\":\"ADMIN\"");
    }

    @Test
    void anUploadOverTheLimitIs413WithNothingStored() throws Exception {
        HttpResponse<String> product = send(admin(HttpRequest.newBuilder(URI.create(base + "/api/v1/products"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Limit pump\",\"deviceClass\":\"II\",\"pathway\":\"510k\","
                        + "\"cyberDevice\":false,\"cyberDeviceRationale\":\"no connectivity\"}"))));
        assertThat(product.statusCode()).isEqualTo(201);
        String id = product.body().replaceAll(".*\"id\":(\\d+).*", "$1");
        HttpResponse<String> r = send(admin(HttpRequest.newBuilder(URI.create(base + "/api/v1/products/" + id + "/sboms?version=1.0"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"x\":\"" + "a".repeat(2000) + "\"}"))));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("larger than the limit of 1000 bytes");
        HttpResponse<String> releases = send(admin(HttpRequest.newBuilder(URI.create(base + "/api/v1/products/" + id + "/releases")).GET()));
        assertThat(releases.body()).contains("\"total\":0");
    }

    @Test
    void theBrowserSignsInThroughTheFormWithItsCsrfToken() throws Exception {
        HttpResponse<String> home = send(HttpRequest.newBuilder(URI.create(base + "/")).GET());
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        HttpResponse<String> noToken = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PASSWORD)));
        assertThat(noToken.statusCode()).isEqualTo(403);

        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PASSWORD + "&_csrf=" + token.group(1))));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(base + "/")).GET());
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).contains("Signed in as").contains("admin");
    }

    private static HttpRequest.Builder admin(HttpRequest.Builder b) {
        return b.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
