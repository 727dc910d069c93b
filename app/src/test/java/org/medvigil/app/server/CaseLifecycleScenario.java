package org.medvigil.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medvigil.app.security.Role;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Regulatory cases end to end through the API, with the server clock moved by hand: an
 * uncontrolled assessment opens a case whose T0 is the first detection (PM-16), the 30- and
 * 60-day clocks and the 806 verdict (PM-15) change exactly when each piece of evidence or each
 * deadline changes them, a serious adverse event makes 806 reporting required, and a
 * re-assessment to controlled closes the case. Every portfolio uses packages of its own, so
 * counts are exact whatever else the shared database holds.
 */
abstract class CaseLifecycleScenario extends ServerTestSupport {
    private static final String CRITICAL = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";

    /** A product with releases 1.0 (two units at A) and 1.1 (one unit at B); C runs nothing of it; two findings per release. */
    private record Portfolio(long product, long r1, long r2, long customerA, long customerB, long customerC,
                             String vuln1, String vuln2, long f1r1, long f2r1, LocalDate day0, byte[] sbom) {
    }

    private Portfolio portfolio(String pathway) {
        String u = unique().replace('-', 'x');
        long product = postJson(key(Role.REGULATORY), Map.of("name", "Case pump " + u, "deviceClass", "III",
                "pathway", pathway, "submissionNumber", "P26" + u.length(), "cyberDevice", true,
                "cyberDeviceRationale", "Bluetooth and Wi-Fi; sponsor-validated software"), "/api/v1/products").get("id").asLong();
        long r1 = createRelease(product, "1.0");
        long r2 = createRelease(product, "1.1");
        long a = createCustomer("Case hospital A " + u);
        long b = createCustomer("Case hospital B " + u);
        long c = createCustomer("Case hospital C " + u);
        long siteA = createSite(a, "ICU");
        deploy(siteA, r1, "SN-A1-" + u);
        deploy(siteA, r1, "SN-A2-" + u);
        deploy(createSite(b, "Ward"), r2, "SN-B1-" + u);
        createSite(c, "Clinic");
        String lib1 = "case-lib-" + u;
        String lib2 = "case-other-" + u;
        byte[] sbom = Documents.cycloneDx(UUID.randomUUID().toString(), lib1 + "@1.0.0", lib2 + "@1.0.0");
        for (long r : List.of(r1, r2)) {
            assertThat(upload(key(Role.SECURITY_ANALYST), "/api/v1/releases/" + r + "/sboms", sbom, "application/json")
                    .getResponse().getStatus()).isEqualTo(201);
        }
        clock.advance(java.time.Duration.ofHours(1));
        LocalDate day0 = today();
        String vuln1 = "MVCASE-" + u + "-1";
        String vuln2 = "MVCASE-" + u + "-2";
        importAdvisory(Documents.osv(vuln1, List.of("CVE-2098-" + u), lib1, "1.0.1", CRITICAL, false));
        importAdvisory(Documents.osv(vuln2, List.of(), lib2, "1.0.1", CRITICAL, false));
        return new Portfolio(product, r1, r2, a, b, c, vuln1, vuln2, finding(r1, vuln1), finding(r1, vuln2), day0, sbom);
    }

    @Test
    void theVerdictChangesExactlyWhenEachConditionChanges_PM15_PM16_PM17() {
        Portfolio p = portfolio("pma");
        String analyst = key(Role.SECURITY_ANALYST);
        String regulatory = key(Role.REGULATORY);
        clock.advance(java.time.Duration.ofDays(2));
        assertThat(casesOf(p.product())).isEmpty();

        // Assessed uncontrolled two days after detection: a case opens, T0 is the learning (detection) day.
        JsonNode assessment = postJson(analyst, uncontrolled(null), "/api/v1/findings/{id}/assessments", p.f1r1());
        assertThat(assessment.get("determination").asString()).isEqualTo("uncontrolled");
        List<JsonNode> cases = casesOf(p.product());
        assertThat(cases).singleElement().satisfies(c -> {
            assertThat(c.get("vulnerabilityId").asString()).isEqualTo(p.vuln1());
            assertThat(c.get("status").asString()).isEqualTo("open");
        });
        String id = cases.get(0).get("id").asString();
        JsonNode detail = caseDetail(id);
        assertThat(detail.get("learnedOn").get("date").asString()).isEqualTo(p.day0().toString());
        assertThat(detail.get("learnedOn").get("source").asString()).isEqualTo("first_detected");
        assertThat(detail.get("clocks").get("communicate").get("due").asString()).isEqualTo(p.day0().plusDays(30).toString());
        assertThat(detail.get("clocks").get("communicate").get("state").asString()).isEqualTo("on_track");
        assertThat(detail.get("clocks").get("communicate").get("daysLeft").asLong()).isEqualTo(28);
        assertThat(detail.get("clocks").get("remediate").get("due").asString()).isEqualTo(p.day0().plusDays(60).toString());
        assertThat(detail.get("releases")).extracting(r -> r.get("version").asString()).containsExactly("1.0", "1.1");
        assertThat(detail.get("affected").get("customers").asLong()).isEqualTo(2);
        assertThat(detail.get("affected").get("units").asInt()).isEqualTo(3);
        assertThat(detail.get("escalation").get("statement").asString()).contains("absence of remediation");
        assertThat(auditActions(id)).containsExactly("open");

        // PM-15.4 needs all four PM-23 criteria: without them 806 reporting is required at once.
        putJson(regulatory, isao(false), "/api/v1/settings/isao");
        assertThat(verdict(id)).isEqualTo("required: met,pending,pending,not_met");
        JsonNode membership = putJson(regulatory, isao(true), "/api/v1/settings/isao");
        assertThat(membership.get("active").asBoolean()).isTrue();
        assertThat(verdict(id)).isEqualTo("pending: met,pending,pending,pending");

        // The 30-day steps, one by one: only the last of them, with a PM-17 notice, meets PM-15.2.
        JsonNode controls = postJson(analyst, Map.of("date", p.day0().plusDays(1).toString(),
                "controls", "Disable remote bolus; isolate pumps on the clinical VLAN", "reference", "CAPA-17 step 1"),
                "/api/v1/cases/{id}/evidence/compensating-controls", id);
        assertThat(controls.get("recordedBy").asString()).startsWith("api-key:test-SECURITY_ANALYST-");
        assertThat(verdict(id)).isEqualTo("pending: met,pending,pending,pending");

        JsonNode incomplete = postJson(regulatory, communication(p.day0().plusDays(1), false), "/api/v1/cases/{id}/communications", id);
        assertThat(incomplete.get("pm17").get("complete").asBoolean()).isFalse();
        assertThat(incomplete.get("pm17").get("missing")).extracting(JsonNode::asString).singleElement()
                .satisfies(m -> assertThat(m).startsWith("PM-17(d)"));
        assertThat(incomplete.get("recipients")).extracting(r -> r.get("customerId").asLong() + "x" + r.get("units").asInt())
                .containsExactlyInAnyOrder(p.customerA() + "x2", p.customerB() + "x1");

        postJson(analyst, Map.of("date", p.day0().plusDays(2).toString(), "plan", "Release 1.2 with the library at 1.0.1",
                "targetDate", p.day0().plusDays(40).toString(), "capaReference", "CAPA-17"),
                "/api/v1/cases/{id}/evidence/remediation-plan", id);
        assertThat(verdict(id)).as("a notice without the PM-17 elements does not meet PM-15.2")
                .isEqualTo("pending: met,pending,pending,pending");
        assertThat(condition(id, 1).get("evidence").asString()).contains("PM-17");
        assertThat(caseDetail(id).get("clocks").get("communicate").get("state").asString()).isEqualTo("on_track");

        JsonNode notice = postJson(regulatory, communication(p.day0().plusDays(2), true), "/api/v1/cases/{id}/communications", id);
        assertThat(notice.get("pm17").get("complete").asBoolean()).isTrue();
        assertThat(verdict(id)).isEqualTo("pending: met,met,pending,pending");
        JsonNode communicate = caseDetail(id).get("clocks").get("communicate");
        assertThat(communicate.get("state").asString()).isEqualTo("met");
        assertThat(communicate.get("metOn").asString()).isEqualTo(p.day0().plusDays(2).toString());

        // PM-15.4: a share counts once it carries a customer communication.
        postJson(regulatory, isaoShare(p.day0().plusDays(2), List.of()), "/api/v1/cases/{id}/evidence/isao-share", id);
        assertThat(verdict(id)).isEqualTo("pending: met,met,pending,pending");
        postJson(regulatory, isaoShare(p.day0().plusDays(2), List.of(notice.get("id").asLong())),
                "/api/v1/cases/{id}/evidence/isao-share", id);
        assertThat(verdict(id)).isEqualTo("pending: met,met,pending,met");

        // The fix: a release of this product, validated and distributed on day 20.
        moveTo(p.day0().plusDays(20));
        long r3 = createRelease(p.product(), "1.2");
        long foreign = createRelease(createProduct("Case other " + unique()), "9");
        MvcResult wrongRelease = perform(MockMvcRequestBuilders.post("/api/v1/cases/{id}/evidence/fix-distributed", id)
                .header("Authorization", bearer(regulatory)).contentType("application/json")
                .content(json.writeValueAsString(fix(p.day0().plusDays(20), foreign))));
        assertThat(wrongRelease.getResponse().getStatus()).isEqualTo(400);
        postJson(regulatory, fix(p.day0().plusDays(20), r3), "/api/v1/cases/{id}/evidence/fix-distributed", id);
        assertThat(verdict(id)).isEqualTo("not_required: met,met,met,met");
        assertThat(caseDetail(id).get("clocks").get("remediate").get("state").asString()).isEqualTo("met");

        // A serious adverse event flips it: 806 reporting is required (and MDR under part 803, PM-02).
        moveTo(p.day0().plusDays(21));
        postJson(regulatory, Map.of("date", p.day0().plusDays(21).toString(), "description", "Over-infusion during a ward test",
                "mdrNumber", "1234567-2026-00042"), "/api/v1/cases/{id}/evidence/serious-adverse-event", id);
        assertThat(verdict(id)).isEqualTo("required: not_met,met,met,met");
        assertThat(condition(id, 0).get("records")).hasSize(1);

        // Every step is in the audit log, with who recorded it.
        assertThat(auditActions(id)).containsExactly("record-evidence", "record-evidence", "record-evidence",
                "record-evidence", "communicate", "record-evidence", "communicate", "record-evidence", "open");
        assertThat(caseDetail(id).get("evidence")).hasSize(8);

        // Routine updates and the PMA report (PM-22): the case is listed with its items, missing ones named.
        JsonNode report = getJson(key(Role.AUDITOR), "/api/v1/products/{id}/pma-report?from={f}&to={t}", p.product(),
                p.day0().minusDays(1), today());
        assertThat(report.get("cases").asInt()).isEqualTo(1);
        JsonNode entry = report.get("entries").get(0);
        assertThat(entry.get("kind").asString()).isEqualTo("case");
        assertThat(entry.get("items")).hasSize(11);
        assertThat(entry.get("items").get(5).get("text").asString()).contains("MDR 1234567-2026-00042");
        assertThat(entry.get("items").get(8).get("text").asString()).contains("e-mail");
        assertThat(entry.get("missing")).extracting(JsonNode::asString)
                .containsExactly("PM-22(7) UDI", "PM-22(11) Related submissions (PMA supplement, 30-day notice, 806 report) or the basis for none");
        putJson(regulatory, Map.of("premarketSubmission", "needed", "submissions", "PMA supplement P260017/S012; 806 report 2026-11"),
                "/api/v1/cases/{id}/record", id);
        JsonNode again = getJson(key(Role.AUDITOR), "/api/v1/products/{id}/pma-report?from={f}&to={t}", p.product(),
                p.day0().minusDays(1), today()).get("entries").get(0);
        assertThat(again.get("missing")).extracting(JsonNode::asString).containsExactly("PM-22(7) UDI");

        // Re-assessed controlled: the case closes as downgraded, with the reason; the risk becomes a routine update.
        postJson(analyst, Map.of("state", "exploitable", "harmSeverity", "negligible", "cvssVectors", List.of(CRITICAL),
                "rationale", "Fix 1.2 installed at every site; residual risk negligible"), "/api/v1/findings/{id}/assessments", p.f1r1());
        JsonNode closed = caseDetail(id);
        assertThat(closed.get("status").asString()).isEqualTo("closed");
        assertThat(closed.get("closedAs").asString()).isEqualTo("downgraded");
        assertThat(closed.get("closeReason").asString()).contains("residual risk negligible");
        assertThat(auditActions(id).get(0)).isEqualTo("close");
        JsonNode routine = getJson(key(Role.AUDITOR), "/api/v1/products/{id}/routine-updates", p.product()).get("items");
        assertThat(routine).singleElement().satisfies(i -> {
            assertThat(i.get("vulnerabilityId").asString()).isEqualTo(p.vuln1());
            assertThat(i.get("assessment").get("determination").asString()).isEqualTo("controlled");
            assertThat(i.get("assessment").get("rationale").asString()).contains("negligible");
            assertThat(i.get("releases")).hasSize(2);
        });
        JsonNode withRoutine = getJson(key(Role.AUDITOR), "/api/v1/products/{id}/pma-report?from={f}&to={t}", p.product(),
                p.day0().minusDays(1), today());
        assertThat(withRoutine.get("entries")).extracting(e -> e.get("kind").asString()).containsExactly("case", "routine_update");
        assertThat(withRoutine.get("entries").get(1).get("missing")).extracting(JsonNode::asString).containsExactly(
                "PM-22(3) Change made, compared with the approved version", "PM-22(7) UDI",
                "PM-22(10) Date and name of the ISAO it was reported to");
    }

    @Test
    void missedDeadlinesFailTheDayAfterT0Plus30And60AndEscalateWithoutAPlan_PM15_PM19() {
        Portfolio p = portfolio("510k");
        postJson(key(Role.SECURITY_ANALYST), uncontrolled(null), "/api/v1/findings/{id}/assessments", p.f2r1());
        String id = casesOf(p.product()).get(0).get("id").asString();
        String regulatory = key(Role.REGULATORY);
        putJson(regulatory, isao(true), "/api/v1/settings/isao");

        // T0 edits need a reason, and are audited with both dates (PM-16).
        assertThat(putStatus(regulatory, "/api/v1/cases/" + id + "/learned-on", Map.of("date", p.day0().minusDays(10).toString())))
                .isEqualTo(400);
        assertThat(putStatus(regulatory, "/api/v1/cases/" + id + "/learned-on", Map.of("date", p.day0().minusDays(10).toString(),
                "reason", " "))).isEqualTo(400);
        assertThat(putStatus(regulatory, "/api/v1/cases/" + id + "/learned-on", Map.of("date", p.day0().plusDays(5).toString(),
                "reason", "tomorrow"))).isEqualTo(400);
        assertThat(putStatus(key(Role.SECURITY_ANALYST), "/api/v1/cases/" + id + "/learned-on",
                Map.of("date", p.day0().toString(), "reason", "analysts may not"))).isEqualTo(403);
        LocalDate t0 = p.day0().minusDays(10);
        JsonNode edited = putJson(regulatory, Map.of("date", t0.toString(),
                "reason", "Supplier notice under embargo, received by e-mail on that day"), "/api/v1/cases/{id}/learned-on", id);
        assertThat(edited.get("learnedOn").get("date").asString()).isEqualTo(t0.toString());
        assertThat(edited.get("learnedOn").get("source").asString()).isEqualTo("edited");
        assertThat(edited.get("learnedOn").get("firstDetectedOn").asString()).isEqualTo(p.day0().toString());
        assertThat(edited.get("clocks").get("communicate").get("due").asString()).isEqualTo(t0.plusDays(30).toString());
        JsonNode entry = getJson(key(Role.AUDITOR), "/api/v1/audit?entityType=regulatory_case&entityId={id}", id)
                .get("items").get(0);
        assertThat(entry.get("action").asString()).isEqualTo("set-learned-on");
        assertThat(json.readTree(entry.get("before").asString()).get("learnedOn").asString()).isEqualTo(p.day0().toString());
        assertThat(json.readTree(entry.get("after").asString()).get("reason").asString()).startsWith("Supplier notice");

        // PM-19: no remediation plan within the warning window (7 days) before T0+30 escalates.
        moveTo(t0.plusDays(22));
        assertThat(caseDetail(id).get("escalation").get("escalate").asBoolean()).isFalse();
        moveTo(t0.plusDays(23));
        JsonNode dueSoon = caseDetail(id);
        assertThat(dueSoon.get("escalation").get("escalate").asBoolean()).isTrue();
        assertThat(dueSoon.get("clocks").get("communicate").get("state").asString()).isEqualTo("due_soon");
        assertThat(dueSoon.get("clocks").get("communicate").get("daysLeft").asLong()).isEqualTo(7);
        assertThat(casesOf(p.product()).get(0).get("escalate").asBoolean()).isTrue();

        // Due on day 30 itself; missed the day after.
        moveTo(t0.plusDays(30));
        assertThat(verdict(id)).isEqualTo("pending: met,pending,pending,pending");
        moveTo(t0.plusDays(31));
        assertThat(verdict(id)).isEqualTo("required: met,not_met,pending,not_met");
        assertThat(caseDetail(id).get("clocks").get("communicate").get("state").asString()).isEqualTo("overdue");
        moveTo(t0.plusDays(60));
        assertThat(verdict(id)).isEqualTo("required: met,not_met,pending,not_met");
        moveTo(t0.plusDays(61));
        assertThat(verdict(id)).isEqualTo("required: met,not_met,not_met,not_met");

        // Steps done late still count as late (met_late), never as met.
        postJson(key(Role.SECURITY_ANALYST), Map.of("date", t0.plusDays(61).toString(), "plan", "Late plan"),
                "/api/v1/cases/{id}/evidence/remediation-plan", id);
        assertThat(caseDetail(id).get("escalation").get("escalate").asBoolean()).isFalse();
        assertThat(verdict(id)).startsWith("required:");

        // The PMA report is for PMA devices only.
        MvcResult notPma = perform(MockMvcRequestBuilders.get("/api/v1/products/{id}/pma-report", p.product())
                .header("Authorization", bearer(key(Role.AUDITOR))));
        assertThat(notPma.getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void aCustomerReadsOnlyTheCommunicationsAddressedToItAndNothingElseOfTheCase_PM16() {
        Portfolio p = portfolio("510k");
        postJson(key(Role.SECURITY_ANALYST), uncontrolled(null), "/api/v1/findings/{id}/assessments", p.f1r1());
        postJson(key(Role.SECURITY_ANALYST), Map.of("state", "not_affected", "justification", "code_not_present",
                "scope", "this_release", "rationale", "1.1 builds the library without the vulnerable module"),
                "/api/v1/findings/{id}/assessments", finding(p.r2(), p.vuln1()));
        String id = casesOf(p.product()).get(0).get("id").asString();
        JsonNode sent = postJson(key(Role.REGULATORY), communication(p.day0(), true), "/api/v1/cases/{id}/communications", id);
        // Release 1.1 is not affected: only customer A, which runs 1.0, is told.
        assertThat(sent.get("recipients")).extracting(r -> r.get("customerId").asLong()).containsExactly(p.customerA());

        String a = customerKey(p.customerA());
        JsonNode mine = getJson(a, "/api/v1/communications");
        assertThat(mine.get("items")).extracting(c -> c.get("id").asLong()).contains(sent.get("id").asLong());
        JsonNode one = getJson(a, "/api/v1/communications/{id}", sent.get("id").asLong());
        assertThat(one.get("notice").get("fixPlan").asString()).isNotBlank();
        assertThat(one.get("vulnerabilityId").asString()).isEqualTo(p.vuln1());
        assertThat(one.has("caseId")).isFalse();
        assertThat(one.has("recipients")).isFalse();
        assertThat(one.has("recordedBy")).isFalse();
        assertThat(perform(MockMvcRequestBuilders.get("/api/v1/cases/{id}", id).header("Authorization", bearer(a)))
                .getResponse().getStatus()).isEqualTo(403);

        for (long other : List.of(p.customerB(), p.customerC())) {
            String key = customerKey(other);
            assertThat(getJson(key, "/api/v1/communications?caseId={id}", id).get("total").asLong()).isZero();
            assertThat(perform(MockMvcRequestBuilders.get("/api/v1/communications/{id}", sent.get("id").asLong())
                    .header("Authorization", bearer(key))).getResponse().getStatus()).isEqualTo(404);
        }
        assertThat(getJson(key(Role.AUDITOR), "/api/v1/communications?caseId={id}", id).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void oneCasePerVulnerabilityAndProductCoveringEveryAffectedReleaseNowAndLater_PM09_S07() {
        Portfolio p = portfolio("510k");
        String analyst = key(Role.SECURITY_ANALYST);
        postJson(analyst, uncontrolled(null), "/api/v1/findings/{id}/assessments", p.f1r1());
        assertThat(casesOf(p.product())).hasSize(1);
        String id = casesOf(p.product()).get(0).get("id").asString();

        // A later release with the same component inherits the assessment and joins the case.
        long r3 = createRelease(p.product(), "1.2");
        assertThat(upload(analyst, "/api/v1/releases/" + r3 + "/sboms", p.sbom(), "application/json").getResponse().getStatus())
                .isEqualTo(201);
        assertThat(casesOf(p.product())).hasSize(1);
        assertThat(caseDetail(id).get("releases")).extracting(r -> r.get("version").asString()).containsExactly("1.0", "1.1", "1.2");

        // Another product carrying the same component version gets a case of its own, opened by the upload.
        long other = createProduct("Case other pump " + unique());
        long otherRelease = createRelease(other, "5.0");
        assertThat(upload(analyst, "/api/v1/releases/" + otherRelease + "/sboms", p.sbom(), "application/json")
                .getResponse().getStatus()).isEqualTo(201);
        assertThat(casesOf(other)).singleElement().satisfies(c -> assertThat(c.get("vulnerabilityId").asString()).isEqualTo(p.vuln1()));

        // Release 1.0 alone re-assessed controlled: the case stays open for the others.
        postJson(analyst, Map.of("state", "exploitable", "harmSeverity", "negligible", "cvssVectors", List.of(CRITICAL),
                "scope", "this_release", "rationale", "1.0 runs the library in a sandbox"),
                "/api/v1/findings/{id}/assessments", p.f1r1());
        JsonNode still = caseDetail(id);
        assertThat(still.get("status").asString()).isEqualTo("open");
        assertThat(still.get("releases")).extracting(r -> r.get("version").asString()).containsExactly("1.1", "1.2");
        assertThat(still.get("affected").get("customers").asLong()).isEqualTo(1);

        // Not affected everywhere: closed as not_affected, and reopened (same case, same T0) when uncontrolled again.
        postJson(analyst, Map.of("state", "not_affected", "justification", "code_not_reachable",
                "rationale", "The vulnerable function is compiled out"), "/api/v1/findings/{id}/assessments", p.f1r1());
        JsonNode closed = caseDetail(id);
        assertThat(closed.get("status").asString()).as(closed.toString()).isEqualTo("closed");
        assertThat(closed.get("closedAs").asString()).isEqualTo("not_affected");
        postJson(analyst, uncontrolled(null), "/api/v1/findings/{id}/assessments", p.f1r1());
        JsonNode reopened = caseDetail(id);
        assertThat(reopened.get("status").asString()).isEqualTo("open");
        assertThat(reopened.get("learnedOn").get("date").asString()).isEqualTo(p.day0().toString());
        assertThat(casesOf(p.product())).hasSize(1);
    }

    // ---- helpers ----

    private Map<String, Object> uncontrolled(String scope) {
        Map<String, Object> m = new LinkedHashMap<>(Map.of("state", "exploitable", "harmSeverity", "serious",
                "cvssVectors", List.of(CRITICAL), "rationale", "Remote dose change possible without authentication"));
        if (scope != null) {
            m.put("scope", scope);
        }
        return m;
    }

    private static Map<String, Object> communication(LocalDate date, boolean complete) {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("vulnerability", "A flaw in the pump's network library lets an attacker change infusion settings");
        notice.put("impactAssessment", "Over- or under-infusion is possible on units reachable from the hospital network");
        notice.put("effortsUnderway", "We are addressing the risk of patient harm as quickly as possible");
        notice.put("compensatingControls", "Place pumps on an isolated VLAN; disable remote programming");
        if (complete) {
            notice.put("fixPlan", "A fixed release is in work; we will tell you when it is available");
        }
        return Map.of("date", date.toString(), "channel", "e-mail", "notice", notice, "reference", "Letter CN-2026-07");
    }

    private static Map<String, Object> isao(boolean complete) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("isaoName", "Health-ISAC");
        m.put("memberSince", "2023-04-01");
        m.put("membership", Map.of("met", true, "evidence", "Membership agreement HI-2023-118"));
        m.put("documentedPolicies", Map.of("met", true, "evidence", "Health-ISAC operating rules v7 on file"));
        m.put("sharesInformation", Map.of("met", true, "evidence", "SOP-PSIRT-04 section 6"));
        m.put("intelligenceProcess", complete ? Map.of("met", true, "evidence", "SOP-PSIRT-02 traceable to the risk file")
                : Map.of("met", false));
        return m;
    }

    private static Map<String, Object> isaoShare(LocalDate date, List<Long> communications) {
        return Map.of("date", date.toString(), "isaoName", "Health-ISAC", "whatShared", "Vulnerability summary and IOCs",
                "communicationIds", communications);
    }

    private static Map<String, Object> fix(LocalDate date, long release) {
        return Map.of("date", date.toString(), "releaseId", release, "summary", "Library updated to 1.0.1",
                "validation", "Regression suite VAL-1.2 passed; 820.30(g) report VR-88");
    }

    private void importAdvisory(byte[] osv) {
        MvcResult r = upload(key(Role.SECURITY_ANALYST), "/api/v1/advisories", osv, "application/json");
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(201);
    }

    private long finding(long release, String vulnerability) {
        JsonNode items = getJson(key(Role.AUDITOR), "/api/v1/findings?releaseId={r}&vulnerability={v}", release, vulnerability)
                .get("items");
        assertThat(items).hasSize(1);
        return items.get(0).get("id").asLong();
    }

    private List<JsonNode> casesOf(long product) {
        List<JsonNode> out = new ArrayList<>();
        getJson(key(Role.AUDITOR), "/api/v1/cases?productId={id}", product).get("items").forEach(out::add);
        return out;
    }

    private JsonNode caseDetail(String id) {
        return getJson(key(Role.AUDITOR), "/api/v1/cases/{id}", id);
    }

    /** "outcome: state1,state2,state3,state4" in the guidance's order of the four conditions. */
    private String verdict(String id) {
        JsonNode v = caseDetail(id).get("verdict");
        List<String> states = new ArrayList<>();
        v.get("conditions").forEach(c -> states.add(c.get("state").asString()));
        return v.get("outcome").asString() + ": " + String.join(",", states);
    }

    private JsonNode condition(String id, int index) {
        return caseDetail(id).get("verdict").get("conditions").get(index);
    }

    private List<String> auditActions(String id) {
        List<String> actions = new ArrayList<>();
        getJson(key(Role.AUDITOR), "/api/v1/audit?entityType=regulatory_case&entityId={id}", id).get("items")
                .forEach(e -> actions.add(e.get("action").asString()));
        return actions;
    }

    private int putStatus(String key, String url, Object body) {
        return perform(MockMvcRequestBuilders.put(url).header("Authorization", bearer(key)).contentType("application/json")
                .content(json.writeValueAsString(body))).getResponse().getStatus();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Moves the server clock forward to noon of {@code day}. */
    private void moveTo(LocalDate day) {
        Instant target = day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
        assertThat(target).as("the clock only moves forward").isAfterOrEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.DAYS));
        if (target.isAfter(clock.instant())) {
            clock.set(target);
        }
    }
}

@OnH2
class CaseLifecycleH2Test extends CaseLifecycleScenario {
}

@OnPostgres
class CaseLifecyclePostgresTest extends CaseLifecycleScenario {
}
