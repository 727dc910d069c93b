package org.medvigil.app.server;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.medvigil.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Helpers for server tests: API keys for every role (created once per test instance through
 * the API itself, as an admin would), JSON requests, and a unique suffix so tests sharing one
 * database never collide.
 */
public abstract class ServerTestSupport {
    static final String ADMIN_PASSWORD = "admin-password-for-tests";
    static final String ADMIN_PASSWORD_PROPERTY = "medvigil.admin.password=admin-password-for-tests";
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JsonMapper json;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected MutableClock clock;

    private final Map<Role, String> keys = new EnumMap<>(Role.class);

    /** A suffix unique in this JVM, for names that must be unique in the database. */
    protected static String unique() {
        return Integer.toString(UNIQUE.incrementAndGet()) + "-" + Long.toString(System.nanoTime(), 36);
    }

    protected static String basicAdmin() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** A staff API key of this role, created through the API by the initial admin. */
    protected String key(Role role) {
        return keys.computeIfAbsent(role, r -> {
            if (r == Role.CUSTOMER) {
                throw new IllegalArgumentException("customer keys need a customer: use customerKey(id)");
            }
            return createKey(r, null);
        });
    }

    /** A CUSTOMER API key confined to one customer. */
    protected String customerKey(long customerId) {
        return createKey(Role.CUSTOMER, customerId);
    }

    private String createKey(Role role, Long customerId) {
        String body = customerId == null
                ? "{\"name\":\"test-" + role + "-" + unique() + "\",\"role\":\"" + role + "\"}"
                : "{\"name\":\"test-customer-" + unique() + "\",\"role\":\"CUSTOMER\",\"customerId\":" + customerId + "}";
        JsonNode created = call(post("/api/v1/api-keys").header(HttpHeaders.AUTHORIZATION, basicAdmin())
                .contentType(MediaType.APPLICATION_JSON).content(body), 201);
        return created.get("key").asString();
    }

    protected static String bearer(String key) {
        return "Bearer " + key;
    }

    protected JsonNode getJson(String key, String url, Object... vars) {
        return call(get(url, vars).header(HttpHeaders.AUTHORIZATION, bearer(key)), 200);
    }

    protected JsonNode postJson(String key, Object body, String url, Object... vars) {
        return call(post(url, vars).header(HttpHeaders.AUTHORIZATION, bearer(key))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)), 201);
    }

    protected JsonNode putJson(String key, Object body, String url, Object... vars) {
        return call(put(url, vars).header(HttpHeaders.AUTHORIZATION, bearer(key))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)), 200);
    }

    protected MvcResult deleteWith(String key, String url, Object... vars) {
        return perform(delete(url, vars).header(HttpHeaders.AUTHORIZATION, bearer(key)));
    }

    /** POSTs raw bytes, as CI uploads a document with curl --data-binary. */
    protected MvcResult upload(String key, String url, byte[] content, String contentType) {
        return perform(post(url).header(HttpHeaders.AUTHORIZATION, bearer(key)).contentType(contentType).content(content));
    }

    protected JsonNode call(MockHttpServletRequestBuilder request, int expectedStatus) {
        MvcResult result = perform(request);
        int status = result.getResponse().getStatus();
        String body = body(result);
        if (status != expectedStatus) {
            throw new AssertionError("expected HTTP " + expectedStatus + " but got " + status + ": " + body);
        }
        return body.isEmpty() ? null : json.readTree(body);
    }

    protected MvcResult perform(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn();
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    protected static String body(MvcResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    protected JsonNode bodyJson(MvcResult result) {
        return json.readTree(body(result));
    }

    // ---- domain fixtures, through the API ----

    protected long createProduct(String name) {
        return postJson(key(Role.REGULATORY), Map.of(
                "name", name, "deviceClass", "II", "pathway", "510k", "submissionNumber", "K261234",
                "cyberDevice", true,
                "cyberDeviceRationale", "Runs sponsor-validated software and connects to the hospital network over Wi-Fi (524B)",
                "intendedUse", "Large-volume infusion in hospitals",
                "safetyAndEssentialPerformance", "Delivers the programmed dose within +/-5%"),
                "/api/v1/products").get("id").asLong();
    }

    protected long createRelease(long productId, String version) {
        return postJson(key(Role.REGULATORY), Map.of("version", version, "releaseDate", "2026-10-01"),
                "/api/v1/products/{id}/releases", productId).get("id").asLong();
    }

    protected long createCustomer(String name) {
        return postJson(key(Role.REGULATORY), Map.of("name", name), "/api/v1/customers").get("id").asLong();
    }

    protected long createSite(long customerId, String name) {
        return postJson(key(Role.REGULATORY), Map.of("name", name, "address", "1 Hospital Way"),
                "/api/v1/customers/{id}/sites", customerId).get("id").asLong();
    }

    protected long deploy(long siteId, long releaseId, String serial) {
        return postJson(key(Role.REGULATORY), Map.of("siteId", siteId, "releaseId", releaseId, "serialNumber", serial,
                "installedSince", "2026-10-15"), "/api/v1/deployments").get("id").asLong();
    }

    protected long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
