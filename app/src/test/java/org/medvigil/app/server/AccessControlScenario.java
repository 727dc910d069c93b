package org.medvigil.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.medvigil.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Walks every API endpoint (enumerated from Spring MVC's handler mapping, so a new endpoint
 * cannot escape) with no credentials, with every role, and as a customer with another
 * customer's ids, and checks that nothing is allowed or shown that the role matrix does not
 * allow. The expected matrix below is this test's own, written from the documented roles, not
 * read from the code under test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccessControlScenario extends ServerTestSupport {
    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.SECURITY_ANALYST, Role.REGULATORY, Role.AUDITOR);
    private static final Set<Role> ANALYSTS = EnumSet.of(Role.ADMIN, Role.SECURITY_ANALYST);
    private static final Set<Role> EDITORS = EnumSet.of(Role.ADMIN, Role.SECURITY_ANALYST, Role.REGULATORY);
    private static final Set<Role> INSTALLED_BASE = EnumSet.of(Role.ADMIN, Role.REGULATORY);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> AUDIT = EnumSet.of(Role.ADMIN, Role.AUDITOR);
    private static final Set<Role> CASES = EnumSet.of(Role.ADMIN, Role.REGULATORY);
    private static final Set<Role> CASE_ANALYSTS = EnumSet.of(Role.ADMIN, Role.REGULATORY, Role.SECURITY_ANALYST);
    /** Not a role: anyone, signed in or not. */
    private static final Set<Role> PUBLIC = null;

    /**
     * One endpoint: the pattern as mapped, who may call it, and the request to try. Ids are
     * placeholders filled from the fixture ({X} is an id that exists nowhere, so an allowed
     * write answers 404 or 400 and changes nothing); {@code otherUrl} is the same request with
     * another customer's ids, for endpoints a customer may call.
     */
    record Endpoint(HttpMethod method, String pattern, Set<Role> allowed, String url, String body, String otherUrl) {
        String key() {
            return method + " " + pattern;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            get("/api/v1/me", ALL, "/api/v1/me"),
            get("/api/v1/openapi.json", PUBLIC, "/api/v1/openapi.json"),
            get("/api/v1/openapi.json.yaml", PUBLIC, "/api/v1/openapi.json.yaml"),
            get("/api/v1/openapi.json/swagger-config", PUBLIC, "/api/v1/openapi.json/swagger-config"),

            get("/api/v1/products", STAFF, "/api/v1/products"),
            write("POST", "/api/v1/products", EDITORS, "/api/v1/products"),
            get("/api/v1/products/{id}", STAFF, "/api/v1/products/{P}"),
            write("PUT", "/api/v1/products/{id}", EDITORS, "/api/v1/products/{X}"),
            get("/api/v1/products/{id}/releases", STAFF, "/api/v1/products/{P}/releases"),
            write("POST", "/api/v1/products/{id}/releases", EDITORS, "/api/v1/products/{X}/releases"),
            write("POST", "/api/v1/products/{id}/sboms", ANALYSTS, "/api/v1/products/{X}/sboms?version=9"),
            get("/api/v1/releases/{id}", STAFF, "/api/v1/releases/{RA}"),
            write("PUT", "/api/v1/releases/{id}", EDITORS, "/api/v1/releases/{X}"),
            get("/api/v1/releases/{id}/sboms", STAFF, "/api/v1/releases/{RA}/sboms"),
            write("POST", "/api/v1/releases/{id}/sboms", ANALYSTS, "/api/v1/releases/{X}/sboms"),
            get("/api/v1/releases/{id}/sboms/{revision}", STAFF, "/api/v1/releases/{RA}/sboms/1"),
            get("/api/v1/releases/{id}/sboms/{revision}/content", STAFF, "/api/v1/releases/{RA}/sboms/1/content"),
            get("/api/v1/releases/{id}/components", STAFF, "/api/v1/releases/{RA}/components"),
            get("/api/v1/components/{id}", STAFF, "/api/v1/components/{COMP}"),
            write("PUT", "/api/v1/components/{id}/support", ANALYSTS, "/api/v1/components/{X}/support"),

            get("/api/v1/customers", ALL, "/api/v1/customers"),
            write("POST", "/api/v1/customers", INSTALLED_BASE, "/api/v1/customers"),
            customer("/api/v1/customers/{id}", "/api/v1/customers/{CA}", "/api/v1/customers/{CB}"),
            write("PUT", "/api/v1/customers/{id}", INSTALLED_BASE, "/api/v1/customers/{X}"),
            customer("/api/v1/customers/{id}/sites", "/api/v1/customers/{CA}/sites", "/api/v1/customers/{CB}/sites"),
            write("POST", "/api/v1/customers/{id}/sites", INSTALLED_BASE, "/api/v1/customers/{X}/sites"),
            customer("/api/v1/customers/{id}/contacts", "/api/v1/customers/{CA}/contacts", "/api/v1/customers/{CB}/contacts"),
            write("POST", "/api/v1/customers/{id}/contacts", INSTALLED_BASE, "/api/v1/customers/{X}/contacts"),
            write("DELETE", "/api/v1/contacts/{id}", INSTALLED_BASE, "/api/v1/contacts/{X}"),
            get("/api/v1/deployments", ALL, "/api/v1/deployments"),
            write("POST", "/api/v1/deployments", INSTALLED_BASE, "/api/v1/deployments"),
            customer("/api/v1/deployments/{id}", "/api/v1/deployments/{DA}", "/api/v1/deployments/{DB}"),
            write("PUT", "/api/v1/deployments/{id}", INSTALLED_BASE, "/api/v1/deployments/{X}"),
            write("DELETE", "/api/v1/deployments/{id}", INSTALLED_BASE, "/api/v1/deployments/{X}"),

            write("POST", "/api/v1/advisories", ANALYSTS, "/api/v1/advisories"),
            get("/api/v1/advisories", STAFF, "/api/v1/advisories"),
            get("/api/v1/advisory-imports", STAFF, "/api/v1/advisory-imports"),
            get("/api/v1/advisory-imports/{id}", STAFF, "/api/v1/advisory-imports/{I}"),
            get("/api/v1/advisory-imports/{id}/content", STAFF, "/api/v1/advisory-imports/{I}/content"),
            write("POST", "/api/v1/manual-advisories", ANALYSTS, "/api/v1/manual-advisories"),

            get("/api/v1/feeds", STAFF, "/api/v1/feeds"),
            get("/api/v1/feeds/{name}", STAFF, "/api/v1/feeds/kev"),
            write("PUT", "/api/v1/feeds/{name}", ADMIN, "/api/v1/feeds/{X}"),
            write("POST", "/api/v1/feeds/{name}/sync", ANALYSTS, "/api/v1/feeds/{X}/sync"),
            get("/api/v1/feed-runs", STAFF, "/api/v1/feed-runs"),
            get("/api/v1/feed-runs/{id}", STAFF, "/api/v1/feed-runs/{RUN}"),
            write("POST", "/api/v1/feed-imports", ANALYSTS, "/api/v1/feed-imports"),

            get("/api/v1/notification-subscriptions", STAFF, "/api/v1/notification-subscriptions"),
            write("POST", "/api/v1/notification-subscriptions", ADMIN, "/api/v1/notification-subscriptions"),
            get("/api/v1/notification-subscriptions/{id}", STAFF, "/api/v1/notification-subscriptions/{SUB}"),
            write("PUT", "/api/v1/notification-subscriptions/{id}", ADMIN, "/api/v1/notification-subscriptions/{X}"),
            write("DELETE", "/api/v1/notification-subscriptions/{id}", ADMIN, "/api/v1/notification-subscriptions/{X}"),
            write("POST", "/api/v1/notification-subscriptions/{id}/test", ADMIN, "/api/v1/notification-subscriptions/{X}/test"),
            get("/api/v1/notification-deliveries", STAFF, "/api/v1/notification-deliveries"),

            get("/api/v1/findings", ALL, "/api/v1/findings"),
            customer("/api/v1/findings/{id}", "/api/v1/findings/{FA}", "/api/v1/findings/{FB}"),
            customer("/api/v1/findings/{id}/affected", "/api/v1/findings/{FA}/affected", "/api/v1/findings/{FB}/affected"),
            get("/api/v1/findings/{id}/assessments", STAFF, "/api/v1/findings/{FA}/assessments"),
            write("POST", "/api/v1/findings/{id}/assessments", ANALYSTS, "/api/v1/findings/{X}/assessments"),

            get("/api/v1/cases", STAFF, "/api/v1/cases"),
            get("/api/v1/cases/{id}", STAFF, "/api/v1/cases/{K}"),
            write("PUT", "/api/v1/cases/{id}/learned-on", CASES, "/api/v1/cases/{X}/learned-on"),
            write("PUT", "/api/v1/cases/{id}/record", CASES, "/api/v1/cases/{X}/record"),
            write("POST", "/api/v1/cases/{id}/communications", CASES, "/api/v1/cases/{X}/communications"),
            write("POST", "/api/v1/cases/{id}/evidence/compensating-controls", CASE_ANALYSTS,
                    "/api/v1/cases/{X}/evidence/compensating-controls"),
            write("POST", "/api/v1/cases/{id}/evidence/remediation-plan", CASE_ANALYSTS,
                    "/api/v1/cases/{X}/evidence/remediation-plan"),
            write("POST", "/api/v1/cases/{id}/evidence/fix-distributed", CASES, "/api/v1/cases/{X}/evidence/fix-distributed"),
            write("POST", "/api/v1/cases/{id}/evidence/isao-share", CASES, "/api/v1/cases/{X}/evidence/isao-share"),
            write("POST", "/api/v1/cases/{id}/evidence/serious-adverse-event", CASES,
                    "/api/v1/cases/{X}/evidence/serious-adverse-event"),
            get("/api/v1/communications", ALL, "/api/v1/communications"),
            customer("/api/v1/communications/{id}", "/api/v1/communications/{CMA}", "/api/v1/communications/{CMB}"),
            get("/api/v1/products/{id}/routine-updates", STAFF, "/api/v1/products/{P}/routine-updates"),
            get("/api/v1/products/{id}/pma-report", STAFF, "/api/v1/products/{PMA}/pma-report"),
            get("/api/v1/settings/isao", STAFF, "/api/v1/settings/isao"),
            write("PUT", "/api/v1/settings/isao", CASES, "/api/v1/settings/isao"),

            get("/api/v1/users", ADMIN, "/api/v1/users"),
            write("POST", "/api/v1/users", ADMIN, "/api/v1/users"),
            get("/api/v1/users/{id}", ADMIN, "/api/v1/users/{U}"),
            write("PUT", "/api/v1/users/{id}", ADMIN, "/api/v1/users/{X}"),
            get("/api/v1/api-keys", ADMIN, "/api/v1/api-keys"),
            write("POST", "/api/v1/api-keys", ADMIN, "/api/v1/api-keys"),
            write("DELETE", "/api/v1/api-keys/{id}", ADMIN, "/api/v1/api-keys/{X}"),

            get("/api/v1/audit", AUDIT, "/api/v1/audit"));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<Role, String> callers = new LinkedHashMap<>();
    private String otherCustomerSerial;
    private String otherCustomerName;

    /** Two customers; release A runs at both, release B only at the other customer; findings on both. */
    @BeforeAll
    void fixture() throws Exception {
        String u = unique();
        long product = createProduct("Access pump " + u);
        long releaseA = createRelease(product, "a-" + u);
        long releaseB = createRelease(product, "b-" + u);
        byte[] sbom = Files.readAllBytes(Path.of("..", "examples", "infusion-pump-sbom.cdx.json"));
        for (long release : List.of(releaseA, releaseB)) {
            MvcResult r = upload(key(Role.SECURITY_ANALYST), "/api/v1/releases/" + release + "/sboms", sbom, "application/vnd.cyclonedx+json");
            assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(201);
        }
        MvcResult imported = upload(key(Role.SECURITY_ANALYST), "/api/v1/advisories?fileName=GHSA-35jh-r3h4-6jhm.json",
                Files.readAllBytes(Path.of("..", "examples", "advisories", "osv", "GHSA-35jh-r3h4-6jhm.json")), "application/json");
        assertThat(imported.getResponse().getStatus()).as(body(imported)).isEqualTo(201);

        long customerA = createCustomer("Access hospital A " + u);
        otherCustomerName = "Access hospital B " + u;
        long customerB = createCustomer(otherCustomerName);
        long siteA = createSite(customerA, "Main");
        long siteB = createSite(customerB, "Main");
        otherCustomerSerial = "SN-B-" + u;
        ids.put("P", Long.toString(product));
        ids.put("RA", Long.toString(releaseA));
        ids.put("CA", Long.toString(customerA));
        ids.put("CB", Long.toString(customerB));
        ids.put("DA", Long.toString(deploy(siteA, releaseA, "SN-A-" + u)));
        ids.put("DB", Long.toString(deploy(siteB, releaseB, otherCustomerSerial)));
        deploy(siteB, releaseA, otherCustomerSerial + "-2");
        ids.put("FA", Long.toString(finding(releaseA)));
        ids.put("FB", Long.toString(finding(releaseB)));
        ids.put("COMP", getJson(key(Role.AUDITOR), "/api/v1/releases/{id}/components", releaseA).get("items").get(0).get("id").asString());
        ids.put("I", imported.getResponse().getContentAsString().replaceAll("(?s).*?\"document\":\\{\"id\":(\\d+).*", "$1"));
        ids.put("U", getJson(key(Role.ADMIN), "/api/v1/users").get("items").get(0).get("id").asString());
        ids.put("X", "999999");
        caseFixture(u, sbom, siteB, releaseA);
        // A finished offline import (one OSV record) and an e-mail subscription, to read back.
        MvcResult run = upload(key(Role.SECURITY_ANALYST), "/api/v1/feed-imports?fileName=access.json&wait=true",
                Documents.osv("MVACCESS-" + u, List.of(), "access-lib-" + u, "1.0.1", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                        false), "application/json");
        assertThat(run.getResponse().getStatus()).as(body(run)).isEqualTo(200);
        ids.put("RUN", bodyJson(run).get("id").asString());
        ids.put("SUB", postJson(key(Role.ADMIN), Map.of("channel", "email", "target", "access-" + u + "@example.org",
                "events", List.of("finding.new")), "/api/v1/notification-subscriptions").get("id").asString());

        for (Role r : Role.values()) {
            callers.put(r, r == Role.CUSTOMER ? customerKey(customerA) : key(r));
        }
    }

    /**
     * A case on release A (run by both customers) with a communication to both (CMA), and a case of
     * another product run only by customer B with a communication to B alone (CMB); a PMA product.
     */
    private void caseFixture(String u, byte[] sbom, long siteB, long releaseA) {
        Map<String, Object> uncontrolled = Map.of("state", "exploitable", "harmSeverity", "critical", "worstCase", true,
                "scope", "this_release", "rationale", "Access-control fixture: worst case");
        postJson(key(Role.SECURITY_ANALYST), uncontrolled, "/api/v1/findings/{id}/assessments", ids.get("FA"));
        long other = createProduct("Access monitor " + u);
        long otherRelease = createRelease(other, "1");
        assertThat(upload(key(Role.SECURITY_ANALYST), "/api/v1/releases/" + otherRelease + "/sboms", sbom, "application/json")
                .getResponse().getStatus()).isEqualTo(201);
        deploy(siteB, otherRelease, "SN-B2-" + u);
        postJson(key(Role.SECURITY_ANALYST), uncontrolled, "/api/v1/findings/{id}/assessments", finding(otherRelease));
        Map<String, Object> notice = Map.of("date", "2026-10-30", "channel", "e-mail", "notice", Map.of(
                "vulnerability", "Command injection in the web console", "impactAssessment", "Dose settings could change",
                "effortsUnderway", "We are working on it", "compensatingControls", "Isolate the console",
                "fixPlan", "A fix will follow"));
        ids.put("K", caseOf(product(releaseA)));
        ids.put("CMA", postJson(key(Role.REGULATORY), notice, "/api/v1/cases/{id}/communications", ids.get("K")).get("id").asString());
        ids.put("CMB", postJson(key(Role.REGULATORY), notice, "/api/v1/cases/{id}/communications", caseOf(other))
                .get("id").asString());
        ids.put("PMA", postJson(key(Role.REGULATORY), Map.of("name", "Access PMA pump " + u, "deviceClass", "III",
                "pathway", "pma", "submissionNumber", "P260001", "cyberDevice", true, "cyberDeviceRationale", "Bluetooth"),
                "/api/v1/products").get("id").asString());
    }

    private long product(long release) {
        return getJson(key(Role.AUDITOR), "/api/v1/releases/{id}", release).get("productId").asLong();
    }

    private String caseOf(long product) {
        JsonNode items = getJson(key(Role.AUDITOR), "/api/v1/cases?productId={id}", product).get("items");
        assertThat(items).as("the case of product " + product).hasSize(1);
        return items.get(0).get("id").asString();
    }

    private long finding(long release) {
        JsonNode items = getJson(key(Role.AUDITOR), "/api/v1/findings?releaseId={id}&vulnerability=GHSA-35jh-r3h4-6jhm", release).get("items");
        assertThat(items).as("the lodash finding on release " + release).hasSize(1);
        return items.get(0).get("id").asLong();
    }

    @Test
    void everyApiEndpointIsInThisTestsMatrix() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + pattern));
                    if (info.getMethodsCondition().getMethods().isEmpty()) {
                        mapped.add("ANY " + pattern);
                    }
                }
            }
        }
        Set<String> listed = new TreeSet<>(ENDPOINTS.stream().map(Endpoint::key).toList());
        assertThat(mapped).as("endpoints mapped but missing from this test's matrix (add them)").isSubsetOf(listed);
        assertThat(listed).as("endpoints in this test's matrix that no longer exist").isSubsetOf(mapped);
    }

    @Test
    void withoutCredentialsEveryEndpointButThePublicOnesIs401ProblemJson() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : ENDPOINTS) {
            MvcResult r = perform(build(e, e.url(), null));
            int status = r.getResponse().getStatus();
            if (e.allowed() == PUBLIC ? status != 200 : status != 401 || !isProblem(r)) {
                wrong.add(e.key() + " -> " + status + " " + r.getResponse().getContentType());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void eachRoleReachesExactlyTheEndpointsTheMatrixAllows() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : ENDPOINTS) {
            for (Role role : Role.values()) {
                MvcResult r = perform(build(e, e.url(), callers.get(role)));
                int status = r.getResponse().getStatus();
                boolean allowed = e.allowed() == PUBLIC || e.allowed().contains(role);
                boolean read = e.method() == HttpMethod.GET;
                if (!allowed && (status != 403 || !isProblem(r))) {
                    wrong.add(role + " " + e.key() + " should be 403 problem+json, was " + status);
                } else if (allowed && read && status != 200) {
                    wrong.add(role + " " + e.key() + " should be 200, was " + status + " " + body(r));
                } else if (allowed && !read && !(status == 400 || status == 404) ) {
                    wrong.add(role + " " + e.key() + " should pass access control and fail on the request (400/404), was "
                            + status + " " + body(r));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aCustomerGets404ForAnotherCustomersIds() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : ENDPOINTS) {
            if (e.otherUrl() != null) {
                MvcResult r = perform(build(e, e.otherUrl(), callers.get(Role.CUSTOMER)));
                if (r.getResponse().getStatus() != 404 || !isProblem(r)) {
                    wrong.add(e.key() + " with another customer's id -> " + r.getResponse().getStatus() + " " + body(r));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aCustomersListsShowOnlyItsOwnOrganisation() {
        String customer = callers.get(Role.CUSTOMER);
        JsonNode customers = getJson(customer, "/api/v1/customers").get("items");
        assertThat(customers).extracting(c -> c.get("id").asString()).containsExactly(ids.get("CA"));
        JsonNode deployments = getJson(customer, "/api/v1/deployments");
        assertThat(deployments.get("items")).extracting(d -> d.get("customerId").asString()).containsOnly(ids.get("CA"));
        assertThat(deployments.get("total").asLong()).isEqualTo(1);
        assertThat(getJson(customer, "/api/v1/deployments?customerId={id}", ids.get("CB")).get("total").asLong()).isZero();
        JsonNode findings = getJson(customer, "/api/v1/findings?size=500").get("items");
        assertThat(findings).isNotEmpty();
        assertThat(findings).extracting(f -> f.get("releaseId").asString()).containsOnly(ids.get("RA"));
        assertThat(findings).allSatisfy(f -> assertThat(f.has("assessment")).isFalse());
        JsonNode affected = getJson(customer, "/api/v1/findings/{id}/affected", ids.get("FA"));
        assertThat(affected.get("customers").asLong()).isEqualTo(1);
        assertThat(affected.toString()).doesNotContain(otherCustomerSerial).doesNotContain(otherCustomerName);
        assertThat(getJson(key(Role.AUDITOR), "/api/v1/findings/{id}/affected", ids.get("FA")).get("customers").asLong())
                .isEqualTo(2);
    }

    @Test
    void anUnknownOrRevokedKeyIs401() {
        String key = key(Role.AUDITOR);
        assertThat(perform(request(HttpMethod.GET, "/api/v1/me").header("Authorization", bearer(key + "x")))
                .getResponse().getStatus()).isEqualTo(401);
        String revoked = customerKey(Long.parseLong(ids.get("CA")));
        JsonNode keys = getJson(key(Role.ADMIN), "/api/v1/api-keys?size=500").get("items");
        String id = null;
        for (JsonNode k : keys) {
            if (revoked.startsWith(k.get("prefix").asString()) && !k.has("revokedAt")) {
                id = k.get("id").asString();
            }
        }
        assertThat(perform(request(HttpMethod.DELETE, "/api/v1/api-keys/" + id).header("Authorization", bearer(key(Role.ADMIN))))
                .getResponse().getStatus()).isEqualTo(200);
        MvcResult r = perform(request(HttpMethod.GET, "/api/v1/me").header("Authorization", bearer(revoked)));
        assertThat(r.getResponse().getStatus()).isEqualTo(401);
        assertThat(body(r)).contains("unknown or revoked");
    }

    private MockHttpServletRequestBuilder build(Endpoint e, String url, String key) {
        String resolved = url;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            resolved = resolved.replace("{" + id.getKey() + "}", id.getValue());
        }
        MockHttpServletRequestBuilder b = request(e.method(), resolved);
        if (key != null) {
            b.header("Authorization", bearer(key));
        }
        if (e.body() != null) {
            b.contentType("application/json").content(e.body());
        }
        return b;
    }

    private static boolean isProblem(MvcResult r) {
        String type = r.getResponse().getContentType();
        return type != null && type.startsWith("application/problem+json");
    }

    private static Endpoint get(String pattern, Set<Role> allowed, String url) {
        return new Endpoint(HttpMethod.GET, pattern, allowed, url, null, null);
    }

    private static Endpoint customer(String pattern, String url, String otherUrl) {
        return new Endpoint(HttpMethod.GET, pattern, ALL, url, null, otherUrl);
    }

    private static Endpoint write(String method, String pattern, Set<Role> allowed, String url) {
        return new Endpoint(HttpMethod.valueOf(method), pattern, allowed, url, method.equals("DELETE") ? null : "{}", null);
    }
}

@OnH2
class AccessControlH2Test extends AccessControlScenario {
}

@OnPostgres
class AccessControlPostgresTest extends AccessControlScenario {
}
