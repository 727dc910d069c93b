package org.medvigil.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.medvigil.app.security.Role;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * The web UI's forms over the real services: SBOM upload (stored and matched, or refused with
 * the reader's problem and nothing stored), the assessment form (refusing what the API refuses,
 * field by field), the rubric asked step by step, support data with end of support marked, new
 * device models and releases, and the finding list's filters.
 */
abstract class PageFormsScenario extends PageTestSupport {
    private static final String CRITICAL = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private static final AtomicInteger CVE_NUMBER = new AtomicInteger();

    /** A product whose release runs a library one advisory affects: the finding. */
    private record Fixture(long product, long release, String lib, String vulnerability, long finding) {
    }

    private Fixture fixture() {
        String u = unique().replace('-', 'x');
        String lib = "mv-form-lib-" + u;
        String vulnerability = "MVFORM-" + u;
        long product = createProduct("Form pump " + u);
        long release = createRelease(product, "1.0");
        // A well-formed CVE id, as the KEV catalogue lists them.
        String cve = "CVE-2098-" + (100000 + CVE_NUMBER.incrementAndGet());
        upload(key(Role.SECURITY_ANALYST), "/api/v1/advisories", Documents.osv(vulnerability, List.of(cve), lib,
                "1.0.1", CRITICAL, false), "application/json");
        MvcResult r = send(multipart("/releases/{id}/sboms", release)
                .file(new MockMultipartFile("file", "pump.cdx.json", "application/json",
                        Documents.cycloneDx(UUID.randomUUID().toString(), lib + "@1.0.0")))
                .with(csrf()).with(as(Role.SECURITY_ANALYST)));
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(302);
        long finding = getJson(key(Role.AUDITOR), "/api/v1/findings?releaseId={id}", release).get("items").get(0).get("id").asLong();
        return new Fixture(product, release, lib, vulnerability, finding);
    }

    @Test
    void anSbomUploadedThroughTheFormIsStoredAndMatched() {
        Fixture f = fixture();
        MvcResult page = send(get("/releases/{id}", f.release()).with(as(Role.AUDITOR)));
        assertThat(body(page)).contains("pump.cdx.json").contains("CycloneDX 1.6").contains(f.lib());
        assertThat(getJson(key(Role.AUDITOR), "/api/v1/findings?releaseId={id}", f.release()).get("total").asLong()).isEqualTo(1);
        assertThat(getJson(key(Role.AUDITOR), "/api/v1/audit?entityType=sbom_document", f.release()).toString())
                .contains(staff(Role.SECURITY_ANALYST));
    }

    @Test
    void aBadSbomShowsTheReadersProblemAndStoresNothing() {
        Fixture f = fixture();
        long documents = count("sbom_document");
        long components = count("component");
        MvcResult bad = send(multipart("/releases/{id}/sboms", f.release())
                .file(new MockMultipartFile("file", "broken.cdx.json", "application/json",
                        "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[".getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(as(Role.SECURITY_ANALYST)));
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentType()).startsWith("text/html");
        assertThat(text(bad)).contains("The SBOM was not stored: broken.cdx.json");
        assertThat(PageAccessScenario.leaksInternals(body(bad))).isFalse();

        MvcResult none = send(multipart("/releases/{id}/sboms", f.release()).with(csrf()).with(as(Role.SECURITY_ANALYST)));
        assertThat(none.getResponse().getStatus()).isEqualTo(400);
        assertThat(text(none)).contains("choose an SBOM file");
        assertThat(count("sbom_document")).isEqualTo(documents);
        assertThat(count("component")).isEqualTo(components);
    }

    @Test
    void theAssessmentFormRefusesWhatTheApiRefusesFieldByField_PM04() {
        Fixture f = fixture();
        MvcResult noRisk = assess(f.finding(), Map.of("state", "exploitable", "rationale", "reachable"));
        assertThat(noRisk.getResponse().getStatus()).isEqualTo(400);
        assertThat(text(noRisk)).contains("The form was not saved")
                .contains("an exploitable finding needs harmSeverity and one of rubricAnswers, cvssVectors or worstCase");

        MvcResult badVector = assess(f.finding(), Map.of("state", "exploitable", "harmSeverity", "serious",
                "cvssVectors", "CVSS:3.1/AV:X", "rationale", "reachable"));
        assertThat(badVector.getResponse().getStatus()).isEqualTo(400);
        assertThat(text(badVector)).contains("cvssVectors:");
        assertThat(body(badVector)).contains("CVSS:3.1/AV:X");

        MvcResult noJustification = assess(f.finding(), Map.of("state", "not_affected", "rationale", ""));
        assertThat(noJustification.getResponse().getStatus()).isEqualTo(400);
        assertThat(text(noJustification)).contains("justification is required when state is not_affected")
                .contains("rationale must not be blank");
        assertThat(getJson(key(Role.AUDITOR), "/api/v1/findings/{id}/assessments", f.finding())).isEmpty();

        MvcResult ok = assess(f.finding(), Map.of("state", "exploitable", "harmSeverity", "minor", "cvssVectors", CRITICAL,
                "kev", "true", "epss", "0.5", "scope", "this_release", "responses", "update", "rationale", "reachable over Wi-Fi"));
        assertThat(ok.getResponse().getStatus()).as(text(ok)).isEqualTo(302);
        assertThat(String.valueOf(ok.getFlashMap().get("flash"))).startsWith("Assessment recorded: controlled");
        JsonNode made = getJson(key(Role.AUDITOR), "/api/v1/findings/{id}/assessments", f.finding()).get(0);
        assertThat(made.get("determination").asString()).isEqualTo("controlled");
        assertThat(made.get("kev").asBoolean()).isTrue();
        assertThat(made.get("releaseId").asLong()).isEqualTo(f.release());
        assertThat(made.get("assessor").asString()).isEqualTo(staff(Role.SECURITY_ANALYST));

        MvcResult detail = send(get("/findings/{id}", f.finding()).with(as(Role.REGULATORY)));
        assertThat(text(detail)).contains("controlled: exploitability very-high × harm minor is controlled")
                .contains("listed in CISA KEV, EPSS 0.5").contains("← this finding");
    }

    @Test
    void theRubricIsAskedOneQuestionAtATimeAndItsAnswersFillTheAssessment_R01() {
        Fixture f = fixture();
        MvcResult step = send(get("/findings/{id}/rubric", f.finding()).with(as(Role.SECURITY_ANALYST)));
        assertThat(hidden(step, "question")).isEqualTo("XAVN");

        // Changing an earlier answer drops what only it led to.
        step = rubric(f.finding(), hidden(step, "answers"), "answer", "XAVN", "yes", "HL7 over TCP");
        assertThat(hidden(step, "question")).isEqualTo("XAVT");
        step = rubric(f.finding(), hidden(step, "answers"), "answer", "XAVT", "yes", null);
        assertThat(hidden(step, "answers")).contains("XAVN=yes # HL7 over TCP").contains("XAVT=yes");
        step = rubric(f.finding(), hidden(step, "answers"), "change", "XAVN", null, null);
        assertThat(hidden(step, "answers")).isEmpty();
        assertThat(hidden(step, "question")).isEqualTo("XAVN");

        // "unknown" everywhere: the worst case on every metric.
        int asked = 0;
        while (hidden(step, "question") != null && asked < 40) {
            step = rubric(f.finding(), hidden(step, "answers"), "answer", hidden(step, "question"), "unknown", null);
            asked++;
        }
        assertThat(asked).isEqualTo(23);
        String page = text(step);
        assertThat(page).contains("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H").contains("10.0")
                .contains("AV:N from XAVN=unknown (unknown resolves to the worst case)").contains("Record the assessment");
        Matcher filled = Pattern.compile("(?s)<textarea id=\"rubricAnswers\"[^>]*>(.*?)</textarea>").matcher(body(step));
        assertThat(filled.find()).isTrue();
        String answers = HtmlUtils.htmlUnescape(filled.group(1));
        assertThat(answers).contains("XAVN=unknown").contains("XAO=unknown");

        MvcResult ok = assess(f.finding(), Map.of("state", "exploitable", "rubricAnswers", answers, "harmSeverity", "serious",
                "rationale", "rubric answered with unknowns"));
        assertThat(ok.getResponse().getStatus()).as(text(ok)).isEqualTo(302);
        JsonNode made = getJson(key(Role.AUDITOR), "/api/v1/findings/{id}/assessments", f.finding()).get(0);
        assertThat(made.get("determination").asString()).isEqualTo("uncontrolled");
        assertThat(made.get("explanation").toString()).contains("rubric");
    }

    @Test
    void supportDataIsEditedAndComponentsPastTheirEndOfSupportAreMarked_C06() {
        Fixture f = fixture();
        long component = getJson(key(Role.AUDITOR), "/api/v1/releases/{id}/components", f.release()).get("items").get(0)
                .get("id").asLong();
        MvcResult before = send(get("/releases/{id}", f.release()).with(as(Role.AUDITOR)));
        assertThat(text(before)).contains("no support data").doesNotContain("past end of support");

        MvcResult empty = send(post("/components/{id}/support", component).param("level", "").param("endOfSupport", "")
                .param("note", "").with(csrf()).with(as(Role.SECURITY_ANALYST)));
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
        assertThat(text(empty)).contains("note is required when neither level nor endOfSupport is given");
        MvcResult badDate = send(post("/components/{id}/support", component).param("endOfSupport", "31/12/2020")
                .with(csrf()).with(as(Role.SECURITY_ANALYST)));
        assertThat(text(badDate)).contains("must be a date such as 2027-12-31");

        MvcResult saved = send(post("/components/{id}/support", component).param("level", "no longer maintained")
                .param("endOfSupport", "2020-12-31").param("note", "").with(csrf()).with(as(Role.SECURITY_ANALYST)));
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        JsonNode support = getJson(key(Role.AUDITOR), "/api/v1/components/{id}", component).get("support");
        assertThat(support.get("level").asString()).isEqualTo("no longer maintained");
        assertThat(support.get("updatedBy").asString()).isEqualTo(staff(Role.SECURITY_ANALYST));
        MvcResult after = send(get("/releases/{id}", f.release()).with(as(Role.AUDITOR)));
        assertThat(text(after)).contains("past end of support");
    }

    @Test
    void aDeviceModelAndItsReleaseAreCreatedThroughTheForms() {
        String name = "Form-made pump " + unique();
        MvcResult created = send(post("/products").param("name", name).param("deviceClass", "III").param("pathway", "pma")
                .param("submissionNumber", "P260001").param("cyberDevice", "on")
                .param("cyberDeviceRationale", "Bluetooth programmer").with(csrf()).with(as(Role.REGULATORY)));
        assertThat(created.getResponse().getStatus()).as(text(created)).isEqualTo(302);
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/products/");
        long product = Long.parseLong(location.substring("/products/".length()));
        JsonNode stored = getJson(key(Role.AUDITOR), "/api/v1/products/{id}", product);
        assertThat(stored.get("pathway").asString()).isEqualTo("pma");
        assertThat(stored.get("cyberDevice").asBoolean()).isTrue();

        MvcResult again = send(post("/products").param("name", name).param("deviceClass", "III").param("pathway", "pma")
                .param("cyberDeviceRationale", "same").with(csrf()).with(as(Role.REGULATORY)));
        assertThat(again.getResponse().getStatus()).isEqualTo(400);
        assertThat(text(again)).contains("already exists");
        MvcResult incomplete = send(post("/products").param("name", "").with(csrf()).with(as(Role.REGULATORY)));
        assertThat(text(incomplete)).contains("name must not be blank").contains("cyberDeviceRationale must not be blank");

        MvcResult badDates = send(post("/products/{id}/releases", product).param("version", "1.0")
                .param("releaseDate", "2026-10-01").param("endOfSupport", "2025-01-01").with(csrf()).with(as(Role.REGULATORY)));
        assertThat(badDates.getResponse().getStatus()).isEqualTo(400);
        assertThat(text(badDates)).contains("endOfSupport must not be before releaseDate");
        MvcResult release = send(post("/products/{id}/releases", product).param("version", "1.0")
                .param("releaseDate", "2026-10-01").param("endOfSupport", "2031-10-01").with(csrf()).with(as(Role.REGULATORY)));
        assertThat(release.getResponse().getStatus()).isEqualTo(302);
        assertThat(release.getResponse().getRedirectedUrl()).startsWith("/releases/");
        assertThat(text(send(get("/products/{id}", product).with(as(Role.AUDITOR))))).contains("2031-10-01");
    }

    @Test
    void theFindingListFiltersAndSortsAsThePageAndTheApiAsk() {
        Fixture f = fixture();
        MvcResult critical = send(get("/findings").param("release", Long.toString(f.release())).param("severity", "critical")
                .param("certain", "true").param("sort", "first_detected").with(as(Role.AUDITOR)));
        assertThat(text(critical)).contains(f.vulnerability()).contains("1–1 of 1 findings");
        MvcResult low = send(get("/findings").param("release", Long.toString(f.release())).param("severity", "low")
                .with(as(Role.AUDITOR)));
        assertThat(text(low)).contains("No finding matches these filters.");
        MvcResult badSort = send(get("/findings").param("sort", "price").with(as(Role.AUDITOR)));
        assertThat(badSort.getResponse().getStatus()).isEqualTo(400);
        assertThat(text(badSort)).contains("sort must be one of severity, kev, epss, first_detected");

        assertThat(getJson(key(Role.AUDITOR), "/api/v1/findings?releaseId={id}&severity=critical&certain=true&sort=component",
                f.release()).get("total").asLong()).isEqualTo(1);
        assertThat(getJson(key(Role.AUDITOR), "/api/v1/findings?releaseId={id}&certain=false", f.release())
                .get("total").asLong()).isZero();
        MvcResult badSeverity = perform(get("/api/v1/findings?severity=severe").header("Authorization", bearer(key(Role.AUDITOR))));
        assertThat(badSeverity.getResponse().getStatus()).isEqualTo(400);
        assertThat(badSeverity.getResponse().getContentType()).startsWith("application/problem+json");
    }

    @Test
    void aFindingCisaListsAsKnownExploitedIsMarkedAndItsListingWeighsInTheAssessmentForm() {
        Fixture f = fixture();
        String cve = getJson(key(Role.AUDITOR), "/api/v1/findings/{id}", f.finding()).get("vulnerability").get("aliases")
                .get(0).asString();
        String catalogue = "{\"title\":\"CISA Catalog of Known Exploited Vulnerabilities\",\"catalogVersion\":\"2026.11.01\","
                + "\"dateReleased\":\"2026-11-01T00:00:00Z\",\"count\":1,\"vulnerabilities\":[{\"cveID\":\"" + cve + "\","
                + "\"vendorProject\":\"MedVigil\",\"product\":\"form lib\",\"vulnerabilityName\":\"Test flaw\","
                + "\"dateAdded\":\"2026-10-20\",\"shortDescription\":\"Test\",\"requiredAction\":\"Apply the update.\","
                + "\"dueDate\":\"2026-11-10\",\"knownRansomwareCampaignUse\":\"Unknown\",\"notes\":\"\",\"cwes\":[]}]}";
        MvcResult imported = upload(key(Role.SECURITY_ANALYST), "/api/v1/feed-imports?fileName=kev.json&wait=true",
                catalogue.getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(imported.getResponse().getStatus()).as(body(imported)).isEqualTo(200);

        MvcResult listed = send(get("/findings").param("release", Long.toString(f.release())).param("kev", "true")
                .param("sort", "kev").with(as(Role.AUDITOR)));
        assertThat(text(listed)).contains(f.vulnerability()).contains("known exploited");
        assertThat(text(send(get("/findings/{id}", f.finding()).with(as(Role.AUDITOR)))))
                .contains("listed in CISA KEV " + cve + ", added 2026-10-20, federal due date 2026-11-10")
                .contains("Required action: Apply the update.");
        assertThat(text(send(get("/findings/{id}/assess", f.finding()).with(as(Role.SECURITY_ANALYST)))))
                .contains("From the catalogues: listed in CISA KEV (" + cve + ", added 2026-10-20)");
        // The catalogue now lists this finding alone: the dashboard's KEV list shows it.
        assertThat(text(send(get("/").with(as(Role.AUDITOR))))).contains(f.vulnerability());

        MvcResult ok = assess(f.finding(), Map.of("state", "exploitable", "harmSeverity", "minor", "cvssVectors", CRITICAL,
                "rationale", "the catalogue's listing applies"));
        assertThat(ok.getResponse().getStatus()).as(text(ok)).isEqualTo(302);
        assertThat(getJson(key(Role.AUDITOR), "/api/v1/findings/{id}/assessments", f.finding()).get(0).get("kev").asBoolean())
                .isTrue();
    }

    // ---- helpers ----

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(Role role) {
        return user(signedIn(staff(role)));
    }

    private MvcResult assess(long finding, Map<String, String> fields) {
        MockHttpServletRequestBuilder b = post("/findings/{id}/assessments", finding).with(csrf()).with(as(Role.SECURITY_ANALYST))
                .accept(MediaType.TEXT_HTML);
        fields.forEach(b::param);
        return send(b);
    }

    private MvcResult rubric(long finding, String answers, String action, String question, String answer, String note) {
        MockHttpServletRequestBuilder b = post("/findings/{id}/rubric", finding).param("answers", answers).param("action", action)
                .param("question", question).with(csrf()).with(as(Role.SECURITY_ANALYST));
        if (answer != null) {
            b.param("answer", answer);
        }
        if (note != null) {
            b.param("note", note);
        }
        MvcResult r = send(b);
        assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(200);
        return r;
    }

    /** The answers carried by the page, or the code of the question it asks now (null once complete). */
    private static String hidden(MvcResult r, String name) {
        Pattern p = name.equals("question")
                ? Pattern.compile("<input type=\"hidden\" id=\"next-question\" name=\"question\" value=\"([^\"]*)\"")
                : Pattern.compile("<input type=\"hidden\" name=\"answers\" value=\"([^\"]*)\"");
        Matcher m = p.matcher(body(r));
        return m.find() ? HtmlUtils.htmlUnescape(m.group(1)) : null;
    }

    /** The page's text without markup, for asserting what a person reads. */
    private static String text(MvcResult r) {
        return HtmlUtils.htmlUnescape(body(r).replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " "));
    }
}

@OnH2
class PageFormsH2Test extends PageFormsScenario {
}

@OnPostgres
class PageFormsPostgresTest extends PageFormsScenario {
}
