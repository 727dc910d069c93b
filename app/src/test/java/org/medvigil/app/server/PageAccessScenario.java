package org.medvigil.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.medvigil.app.web.PageController;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Walks every page of the web UI (enumerated from the page controllers' mappings, so a new page
 * cannot escape) signed out, as every role, and as a customer with another customer's ids. The
 * expected matrix is this test's own, written from the documented roles (docs/user-guide.md),
 * and mirrors the API's: a page never allows what the matching API call denies. Errors are HTML
 * pages, never problem+json and never a stack trace. (A refusal by the security filters is a bare
 * 403 here: MockMvc has no error dispatch; the browser test sees the container's 403 page.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PageAccessScenario extends PageTestSupport {
    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.SECURITY_ANALYST, Role.REGULATORY, Role.AUDITOR);
    private static final Set<Role> ANALYSTS = EnumSet.of(Role.ADMIN, Role.SECURITY_ANALYST);
    private static final Set<Role> EDITORS = EnumSet.of(Role.ADMIN, Role.SECURITY_ANALYST, Role.REGULATORY);
    private static final Set<Role> AUDIT = EnumSet.of(Role.ADMIN, Role.AUDITOR);
    private static final Set<Role> CUSTOMER = EnumSet.of(Role.CUSTOMER);
    private static final Set<Role> CASES = EnumSet.of(Role.ADMIN, Role.REGULATORY);
    private static final Set<Role> CASE_ANALYSTS = EnumSet.of(Role.ADMIN, Role.REGULATORY, Role.SECURITY_ANALYST);

    /**
     * One page or form: the pattern as mapped, who may use it, the URL to try ({X} is an id that
     * exists nowhere, so an allowed form post answers 404 or 400 and changes nothing) and, for
     * pages a customer may open, the same URL with another customer's ids.
     */
    record Page(HttpMethod method, String pattern, Set<Role> allowed, String url, String otherUrl) {
        String key() {
            return method + " " + pattern;
        }
    }

    private static final List<Page> PAGES = List.of(
            page("/", ALL, "/"),
            page("/products", STAFF, "/products"),
            page("/products/new", EDITORS, "/products/new"),
            form("/products", EDITORS, "/products"),
            page("/products/{id}", STAFF, "/products/{P}"),
            form("/products/{id}/releases", EDITORS, "/products/{X}/releases"),
            page("/releases/{id}", STAFF, "/releases/{RA}"),
            form("/releases/{id}/sboms", ANALYSTS, "/releases/{X}/sboms"),
            page("/releases/{id}/sboms/{revision}/content", STAFF, "/releases/{RA}/sboms/1/content"),
            page("/components/{id}", STAFF, "/components/{COMP}"),
            form("/components/{id}/support", ANALYSTS, "/components/{X}/support"),

            page("/findings", ALL, "/findings"),
            customerPage("/findings/{id}", "/findings/{FA}", "/findings/{FB}"),
            page("/findings/{id}/assess", ANALYSTS, "/findings/{FA}/assess"),
            form("/findings/{id}/assessments", ANALYSTS, "/findings/{X}/assessments"),
            page("/findings/{id}/rubric", ANALYSTS, "/findings/{FA}/rubric"),
            form("/findings/{id}/rubric", ANALYSTS, "/findings/{X}/rubric"),

            page("/customers", ALL, "/customers"),
            customerPage("/customers/{id}", "/customers/{CA}", "/customers/{CB}"),
            customerPage("/deployments/{id}", "/deployments/{DA}", "/deployments/{DB}"),
            page("/my-devices", CUSTOMER, "/my-devices"),

            page("/cases", STAFF, "/cases"),
            page("/cases/{id}", STAFF, "/cases/{K}"),
            form("/cases/{id}/learned-on", CASES, "/cases/{X}/learned-on"),
            form("/cases/{id}/record", CASES, "/cases/{X}/record"),
            form("/cases/{id}/communications", CASES, "/cases/{X}/communications"),
            form("/cases/{id}/evidence/compensating-controls", CASE_ANALYSTS, "/cases/{X}/evidence/compensating-controls"),
            form("/cases/{id}/evidence/remediation-plan", CASE_ANALYSTS, "/cases/{X}/evidence/remediation-plan"),
            form("/cases/{id}/evidence/fix-distributed", CASES, "/cases/{X}/evidence/fix-distributed"),
            form("/cases/{id}/evidence/isao-share", CASES, "/cases/{X}/evidence/isao-share"),
            form("/cases/{id}/evidence/serious-adverse-event", CASES, "/cases/{X}/evidence/serious-adverse-event"),
            page("/communications", ALL, "/communications"),
            customerPage("/communications/{id}", "/communications/{CMA}", "/communications/{CMB}"),

            page("/audit", AUDIT, "/audit"));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<Role, String> users = new LinkedHashMap<>();
    private String otherSerial;

    /** Two customers; release A runs at customer A, release B only at customer B; the same finding on both. */
    @BeforeAll
    void fixture() throws Exception {
        String u = unique();
        long product = createProduct("Page access pump " + u);
        long releaseA = createRelease(product, "a-" + u);
        long releaseB = createRelease(product, "b-" + u);
        byte[] sbom = Files.readAllBytes(Path.of("..", "examples", "infusion-pump-sbom.cdx.json"));
        for (long release : List.of(releaseA, releaseB)) {
            MvcResult r = upload(key(Role.SECURITY_ANALYST), "/api/v1/releases/" + release + "/sboms", sbom, "application/json");
            assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(201);
        }
        MvcResult imported = upload(key(Role.SECURITY_ANALYST), "/api/v1/advisories?fileName=GHSA-35jh-r3h4-6jhm.json",
                Files.readAllBytes(Path.of("..", "examples", "advisories", "osv", "GHSA-35jh-r3h4-6jhm.json")), "application/json");
        assertThat(imported.getResponse().getStatus()).as(body(imported)).isEqualTo(201);
        long customerA = createCustomer("Page hospital A " + u);
        long customerB = createCustomer("Page hospital B " + u);
        otherSerial = "SN-PB-" + u;
        ids.put("P", Long.toString(product));
        ids.put("RA", Long.toString(releaseA));
        ids.put("CA", Long.toString(customerA));
        ids.put("CB", Long.toString(customerB));
        ids.put("DA", Long.toString(deploy(createSite(customerA, "Main"), releaseA, "SN-PA-" + u)));
        ids.put("DB", Long.toString(deploy(createSite(customerB, "Main"), releaseB, otherSerial)));
        ids.put("FA", Long.toString(finding(releaseA)));
        ids.put("FB", Long.toString(finding(releaseB)));
        ids.put("COMP", getJson(key(Role.AUDITOR), "/api/v1/releases/{id}/components", releaseA).get("items").get(0).get("id").asString());
        ids.put("X", "999999");
        caseFixture(u, sbom, customerB);
        for (Role r : Role.values()) {
            users.put(r, r == Role.CUSTOMER ? customerUser(customerA) : staff(r));
        }
    }

    /**
     * A case on release A (run by customer A) with a communication to A (CMA), and a case of another
     * product run only by customer B with a communication to B alone (CMB).
     */
    private void caseFixture(String u, byte[] sbom, long customerB) {
        Map<String, Object> uncontrolled = Map.of("state", "exploitable", "harmSeverity", "critical", "worstCase", true,
                "scope", "this_release", "rationale", "Page fixture: worst case");
        postJson(key(Role.SECURITY_ANALYST), uncontrolled, "/api/v1/findings/{id}/assessments", ids.get("FA"));
        long other = createProduct("Page monitor " + u);
        long otherRelease = createRelease(other, "1");
        assertThat(upload(key(Role.SECURITY_ANALYST), "/api/v1/releases/" + otherRelease + "/sboms", sbom, "application/json")
                .getResponse().getStatus()).isEqualTo(201);
        deploy(createSite(customerB, "Annex"), otherRelease, "SN-PB2-" + u);
        postJson(key(Role.SECURITY_ANALYST), uncontrolled, "/api/v1/findings/{id}/assessments", finding(otherRelease));
        Map<String, Object> notice = Map.of("date", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString(),
                "channel", "e-mail", "notice", Map.of("vulnerability", "Prototype pollution in the template engine",
                        "impactAssessment", "Settings could change", "effortsUnderway", "Fix in progress",
                        "compensatingControls", "Isolate the console", "fixPlan", "A fix will follow"));
        ids.put("K", caseOf(Long.parseLong(ids.get("P"))));
        ids.put("CMA", postJson(key(Role.REGULATORY), notice, "/api/v1/cases/{id}/communications", ids.get("K")).get("id").asString());
        ids.put("CMB", postJson(key(Role.REGULATORY), notice, "/api/v1/cases/{id}/communications", caseOf(other))
                .get("id").asString());
    }

    private String caseOf(long product) {
        JsonNode items = getJson(key(Role.AUDITOR), "/api/v1/cases?productId={id}", product).get("items");
        assertThat(items).as("the case of product " + product).hasSize(1);
        return items.get(0).get("id").asString();
    }

    private long finding(long release) {
        JsonNode items = getJson(key(Role.AUDITOR), "/api/v1/findings?releaseId={id}&vulnerability=GHSA-35jh-r3h4-6jhm", release)
                .get("items");
        assertThat(items).hasSize(1);
        return items.get(0).get("id").asLong();
    }

    @Test
    void everyPageIsInThisTestsMatrix() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            if (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PageController.class)) {
                for (String pattern : info.getPatternValues()) {
                    info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + pattern));
                    if (info.getMethodsCondition().getMethods().isEmpty()) {
                        mapped.add("ANY " + pattern);
                    }
                }
            }
        });
        Set<String> listed = new TreeSet<>(PAGES.stream().map(Page::key).toList());
        assertThat(mapped).as("pages mapped but missing from this test's matrix (add them)").isSubsetOf(listed);
        assertThat(listed).as("pages in this test's matrix that no longer exist").isSubsetOf(mapped);
    }

    @Test
    void signedOutEveryPageSendsToTheSignInPage() {
        List<String> wrong = new ArrayList<>();
        for (Page p : PAGES) {
            MvcResult r = send(build(p, p.url(), null));
            String location = r.getResponse().getRedirectedUrl();
            if (r.getResponse().getStatus() != 302 || location == null || !location.endsWith("/login")) {
                wrong.add(p.key() + " -> " + r.getResponse().getStatus() + " " + location);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void eachRoleUsesExactlyThePagesTheMatrixAllows() {
        List<String> wrong = new ArrayList<>();
        for (Page p : PAGES) {
            for (Role role : Role.values()) {
                MvcResult r = send(build(p, p.url(), users.get(role)));
                int status = r.getResponse().getStatus();
                boolean allowed = p.allowed().contains(role);
                String problem = null;
                if (!allowed) {
                    // Refused by the security filters; the container renders the 403 page (see the browser test).
                    problem = status == 403 && r.getResponse().getContentAsByteArray().length == 0 ? null : "should be refused with 403";
                } else if (p.method() == HttpMethod.GET) {
                    boolean customerHome = role == Role.CUSTOMER && p.pattern().equals("/");
                    problem = customerHome ? (status == 302 && "/my-devices".equals(r.getResponse().getRedirectedUrl())
                            ? null : "should send the customer to /my-devices")
                            : status == 200 ? null : "should be 200";
                } else {
                    problem = (status == 400 || status == 404) && isHtml(r) ? null
                            : "should pass access control and fail on the request (400/404 page)";
                }
                if (problem == null && isHtml(r) && leaksInternals(body(r))) {
                    problem = "shows internals";
                }
                if (problem != null) {
                    wrong.add(role + " " + p.key() + " " + problem + ", was " + status + " " + r.getResponse().getContentType());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aCustomerGetsA404PageForAnotherCustomersIds() {
        List<String> wrong = new ArrayList<>();
        for (Page p : PAGES) {
            if (p.otherUrl() != null) {
                MvcResult r = send(build(p, p.otherUrl(), users.get(Role.CUSTOMER)));
                if (r.getResponse().getStatus() != 404 || !isHtml(r) || body(r).contains(otherSerial)) {
                    wrong.add(p.key() + " with another customer's id -> " + r.getResponse().getStatus());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        MvcResult r = perform(post(resolve("/components/{COMP}/support")).with(user(signedIn(users.get(Role.SECURITY_ANALYST))))
                .param("level", "abandoned").accept(MediaType.TEXT_HTML));
        assertThat(r.getResponse().getStatus()).isEqualTo(403);
        assertThat(getJson(key(Role.AUDITOR), "/api/v1/components/{id}", ids.get("COMP")).toString()).doesNotContain("abandoned");
    }

    @Test
    void pagesAnswerHtmlWhileTheApiKeepsProblemJsonForTheSameError() {
        MvcResult page = send(build(page("/products/{id}", STAFF, "/products/{X}"), "/products/{X}", users.get(Role.AUDITOR)));
        assertThat(page.getResponse().getStatus()).isEqualTo(404);
        assertThat(page.getResponse().getContentType()).startsWith("text/html");
        assertThat(body(page)).contains("product 999999 not found").contains("<main");

        MvcResult api = perform(get("/api/v1/products/999999").header("Authorization", bearer(key(Role.AUDITOR))));
        assertThat(api.getResponse().getStatus()).isEqualTo(404);
        assertThat(api.getResponse().getContentType()).startsWith("application/problem+json");

        MvcResult malformed = perform(get("/findings/not-a-number").with(user(signedIn(users.get(Role.AUDITOR))))
                .accept(MediaType.TEXT_HTML));
        assertThat(malformed.getResponse().getStatus()).isEqualTo(400);
        assertThat(malformed.getResponse().getContentType()).startsWith("text/html");
        assertThat(leaksInternals(body(malformed))).isFalse();
    }

    private AbstractMockHttpServletRequestBuilder<?> build(Page p, String url, String username) {
        String resolved = resolve(url);
        AbstractMockHttpServletRequestBuilder<?> b;
        if (p.method() == HttpMethod.GET) {
            b = get(resolved);
        } else if (p.pattern().endsWith("/sboms")) {
            b = multipart(resolved).file(new MockMultipartFile("file", "bom.json", "application/json", "{}".getBytes()));
        } else {
            b = post(resolved);
        }
        b.accept(MediaType.TEXT_HTML);
        if (p.method() != HttpMethod.GET) {
            b.with(csrf());
        }
        if (username != null) {
            b.with(user(signedIn(username)));
        }
        return b;
    }

    private String resolve(String url) {
        String resolved = url;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            resolved = resolved.replace("{" + id.getKey() + "}", id.getValue());
        }
        return resolved;
    }

    private static boolean isHtml(MvcResult r) {
        String type = r.getResponse().getContentType();
        return type != null && type.startsWith("text/html");
    }

    /** A stack trace or Java type name on a page. */
    static boolean leaksInternals(String html) {
        return html.contains("Exception") || html.contains("\tat ") || html.contains("at org.") || html.contains("java.lang");
    }

    private static Page page(String pattern, Set<Role> allowed, String url) {
        return new Page(HttpMethod.GET, pattern, allowed, url, null);
    }

    private static Page customerPage(String pattern, String url, String otherUrl) {
        return new Page(HttpMethod.GET, pattern, ALL, url, otherUrl);
    }

    private static Page form(String pattern, Set<Role> allowed, String url) {
        return new Page(HttpMethod.POST, pattern, allowed, url, null);
    }
}

@OnH2
class PageAccessH2Test extends PageAccessScenario {
}

@OnPostgres
class PageAccessPostgresTest extends PageAccessScenario {
}
