package org.medvigil.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvigil.core.testdata.SharedData;

/**
 * Nothing half-written: the server process is killed (SIGKILL, no shutdown hooks) while it
 * imports thousands of real OSV records in one upload; afterwards the database holds either
 * the whole import or none of it, opens cleanly, and a second server imports the same file.
 */
class ImportCrashTest {
    private static final String PASSWORD = "crash-test-admin-password";

    @TempDir
    Path dir;

    @Test
    void killingTheServerDuringAnAdvisoryImportLeavesNoHalfImport() throws Exception {
        Path zip = osvZip(dir.resolve("osv.zip"));
        String db = "jdbc:h2:file:" + dir.resolve("db/medvigil");

        Path dbFile = dir.resolve("db/medvigil.mv.db");
        int port = freePort();
        Process server = start(port, db);
        try {
            awaitUp(port, server);
            long baseline = Files.size(dbFile);
            HttpClient http = HttpClient.newHttpClient();
            CompletableFuture<HttpResponse<String>> upload = http.sendAsync(importRequest(port, zip),
                    HttpResponse.BodyHandlers.ofString());
            // The one-transaction write of ~28,000 records takes seconds. H2 spills uncommitted
            // changes to its file as it goes: once the file has grown, the transaction is under
            // way and not yet committed (the response would be done). Kill then.
            awaitGrowth(dbFile, baseline + 4L * 1024 * 1024, upload);
            assertThat(upload).as("import still running when the server is killed").isNotDone();
            server.destroyForcibly().waitFor();
        } finally {
            server.destroyForcibly().waitFor();
        }

        long documents = count(db, "advisory_document");
        long advisories = count(db, "advisory");
        assertThat(documents).as("import documents after the kill").isZero();
        assertThat(advisories).as("advisory records after the kill").isZero();

        Process again = start(port, db);
        try {
            awaitUp(port, again);
            HttpResponse<String> done = HttpClient.newHttpClient().send(importRequest(port, zip),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(done.statusCode()).as(done.body()).isEqualTo(201);
        } finally {
            again.destroy();
            again.waitFor();
        }
        assertThat(count(db, "advisory_document")).isEqualTo(1);
        assertThat(count(db, "advisory")).isEqualTo(COPIES * 6_952L);
    }

    /** Copies of each record under its own id, so the import is long enough to be caught in the act. */
    private static final int COPIES = 4;

    /** The Go and PyPA OSV records, each {@link #COPIES} times with the id suffixed ({@code GO-2020-0001-C2}). */
    private static Path osvZip(Path target) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            for (String set : List.of("osv/golang-vulndb", "osv/pypa-advisory-database")) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(SharedData.path(set))) {
                    files = walk.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml"))
                            .sorted().toList();
                }
                for (Path f : files) {
                    String text = Files.readString(f);
                    for (int copy = 1; copy <= COPIES; copy++) {
                        String name = f.getFileName().toString();
                        zip.putNextEntry(new ZipEntry(set + "/" + copy + "/" + name));
                        String id = name.substring(0, name.lastIndexOf('.'));
                        zip.write((copy == 1 ? text : text.replaceFirst("(\"id\"\\s*:\\s*\"|(?m:^id:\\s*))" + id.replace(".", "\\."),
                                "$1" + id + "-C" + copy)).getBytes(StandardCharsets.UTF_8));
                        zip.closeEntry();
                    }
                }
            }
        }
        return target;
    }

    private static void awaitGrowth(Path file, long size, CompletableFuture<?> upload) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (Files.size(file) < size) {
            assertThat(upload).as("import finished before the database grew: make the import larger").isNotDone();
            assertThat(System.nanoTime()).as("database file growth").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private Process start(int port, String db) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dmedvigil.admin.password=" + PASSWORD, "-Dmedvigil.uploads.max-advisory-bytes=268435456",
                "-cp", System.getProperty("java.class.path"), "org.medvigil.app.Medvigil",
                "serve", "--port", String.valueOf(port), "--db-url", db));
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("server-" + System.nanoTime() + ".log").toFile()).start();
    }

    private static void awaitUp(int port, Process server) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("server process alive").isTrue();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("server did not start within 120 s");
    }

    private static HttpRequest importRequest(int port, Path zip) throws IOException {
        String auth = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/advisories?fileName=osv.zip"))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/zip")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofFile(zip)).build();
    }

    private static long count(String db, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(db, "", "");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
