package org.medvigil.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medvigil.app.security.Role;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * The regulatory case pages over the cases service: the list and the dashboard show an open case
 * with its clocks; the case page shows T0, both deadlines, the four PM-15 conditions and the
 * PM-19 escalation; its forms record evidence (refusing what the API refuses) and move the
 * verdict; a customer reads the notices sent to it, and no other.
 */
abstract class CasePagesScenario extends PageTestSupport {

    /** A device model whose release, run by one customer, has an uncontrolled finding: the case. */
    private record Fixture(long product, String productName, long release, long customer, String vulnerability, long caseId) {
    }

    private Fixture fixture() {
        String u = unique().replace('-', 'x');
        String lib = "mv-case-lib-" + u;
        String vulnerability = "MVCASE-" + u;
        String name = "Case pump " + u;
        long product = createProduct(name);
        long release = createRelease(product, "1.0");
        upload(key(Role.SECURITY_ANALYST), "/api/v1/advisories", Documents.osv(vulnerability, List.of(), lib, "1.0.1",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", false), "application/json");
        upload(key(Role.SECURITY_ANALYST), "/api/v1/releases/" + release + "/sboms",
                Documents.cycloneDx(UUID.randomUUID().toString(), lib + "@1.0.0"), "application/json");
        long customer = createCustomer("Case hospital " + u);
        deploy(createSite(customer, "ICU"), release, "SN-C-" + u);
        long finding = getJson(key(Role.AUDITOR), "/api/v1/findings?releaseId={id}", release).get("items").get(0).get("id").asLong();
        postJson(key(Role.SECURITY_ANALYST), Map.of("state", "exploitable", "harmSeverity", "critical", "worstCase", true,
                "rationale", "Reachable on the clinical network"), "/api/v1/findings/{id}/assessments", finding);
        JsonNode cases = getJson(key(Role.AUDITOR), "/api/v1/cases?productId={id}", product).get("items");
        assertThat(cases).hasSize(1);
        return new Fixture(product, name, release, customer, vulnerability, cases.get(0).get("id").asLong());
    }

    @Test
    void anOpenCaseShowsItsClocksConditionsAndEscalationOnTheListTheDashboardAndItsPage_PM15() {
        Fixture f = fixture();
        String today = today();
        assertThat(text(send(get("/cases").param("product", Long.toString(f.product())).with(as(Role.AUDITOR)))))
                .contains("Case " + f.caseId()).contains(f.vulnerability()).contains("on track");
        // The dashboard lists the open cases with the oldest T0 first; other tests' cases may come before this one.
        assertThat(text(send(get("/").with(as(Role.REGULATORY))))).contains("Uncontrolled risks: open regulatory cases")
                .contains("30 days: communicate");

        String page = text(send(get("/cases/{id}", f.caseId()).with(as(Role.AUDITOR))));
        assertThat(page).contains("T0 " + today + " (the day a finding of this case was first detected)")
                .contains("due " + LocalDate.parse(today).plusDays(30)).contains("on track")
                .contains("PM-15.1").contains("PM-15.2").contains("PM-15.3").contains("PM-15.4")
                .containsPattern("Report required: (required|pending)").contains("Active ISAO member")
                .contains("PM-19: no remediation plan yet").contains("Case hospital")
                .doesNotContain("Record evidence");
    }

    @Test
    void evidenceRecordedThroughTheFormsMovesTheConditions_andARefusedFormKeepsWhatWasTyped() {
        Fixture f = fixture();
        String today = today();
        MvcResult future = send(post("/cases/{id}/evidence/remediation-plan", f.caseId())
                .param("date", LocalDate.parse(today).plusDays(3).toString()).param("text", "Patch 1.0.1 in December")
                .with(csrf()).with(as(Role.SECURITY_ANALYST)));
        assertThat(future.getResponse().getStatus()).isEqualTo(400);
        assertThat(text(future)).contains("is in the future").contains("Patch 1.0.1 in December");
        MvcResult blank = send(post("/cases/{id}/evidence/compensating-controls", f.caseId()).param("date", "yesterday")
                .with(csrf()).with(as(Role.SECURITY_ANALYST)));
        assertThat(blank.getResponse().getStatus()).isEqualTo(400);
        assertThat(text(blank)).contains("date must be a date such as 2026-11-30").contains("text must not be blank");

        assertThat(send(post("/cases/{id}/evidence/compensating-controls", f.caseId()).param("date", today)
                .param("text", "Block port 2575 at the VLAN").param("reference", "PSIRT-1")
                .with(csrf()).with(as(Role.SECURITY_ANALYST))).getResponse().getStatus()).isEqualTo(302);
        assertThat(send(post("/cases/{id}/evidence/remediation-plan", f.caseId()).param("date", today)
                .param("text", "Patch 1.0.1").param("capaReference", "CAPA-7")
                .with(csrf()).with(as(Role.SECURITY_ANALYST))).getResponse().getStatus()).isEqualTo(302);
        MvcResult incomplete = send(post("/cases/{id}/communications", f.caseId()).param("date", today).param("channel", "letter")
                .param("vulnerability", "A flaw in the pump's network stack").with(csrf()).with(as(Role.REGULATORY)));
        assertThat(incomplete.getResponse().getStatus()).isEqualTo(302);
        assertThat(String.valueOf(incomplete.getFlashMap().get("flash"))).contains("lacks").contains("PM-17");
        MvcResult complete = send(post("/cases/{id}/communications", f.caseId()).param("date", today).param("channel", "e-mail")
                .param("vulnerability", "A flaw in the pump's network stack").param("impactAssessment", "Doses could change")
                .param("effortsUnderway", "Patch in validation").param("compensatingControls", "Block port 2575")
                .param("fixPlan", "Version 1.0.1 in December").with(csrf()).with(as(Role.REGULATORY)));
        assertThat(String.valueOf(complete.getFlashMap().get("flash"))).contains("carries the four PM-17 elements");

        String page = text(send(get("/cases/{id}", f.caseId()).with(as(Role.REGULATORY))));
        assertThat(page).contains("Block port 2575 at the VLAN").contains("CAPA reference : CAPA-7")
                .contains("met on " + today).contains("remediation plan developed on " + today)
                .contains("Record evidence").contains("Change T0");
        JsonNode conditions = getJson(key(Role.AUDITOR), "/api/v1/cases/{id}", f.caseId()).get("verdict").get("conditions");
        assertThat(conditions.get(1).get("state").asString()).isEqualTo("met");

        MvcResult t0 = send(post("/cases/{id}/learned-on", f.caseId()).param("date", LocalDate.parse(today).minusDays(2).toString())
                .param("reason", "The hospital reported it two days earlier").with(csrf()).with(as(Role.REGULATORY)));
        assertThat(t0.getResponse().getStatus()).isEqualTo(302);
        assertThat(text(send(get("/cases/{id}", f.caseId()).with(as(Role.AUDITOR)))))
                .contains("(set by hand: The hospital reported it two days earlier)");
    }

    @Test
    void aCustomerReadsTheNoticesSentToItAndNoOther() {
        Fixture mine = fixture();
        Fixture other = fixture();
        String today = today();
        for (Fixture f : List.of(mine, other)) {
            send(post("/cases/{id}/communications", f.caseId()).param("date", today).param("channel", "portal")
                    .param("vulnerability", "Flaw in " + f.productName()).param("compensatingControls", "Isolate the pump")
                    .with(csrf()).with(as(Role.REGULATORY)));
        }
        long sent = getJson(key(Role.AUDITOR), "/api/v1/communications?caseId={id}", mine.caseId()).get("items").get(0)
                .get("id").asLong();
        long notMine = getJson(key(Role.AUDITOR), "/api/v1/communications?caseId={id}", other.caseId()).get("items").get(0)
                .get("id").asLong();
        RequestPostProcessor customer = user(signedIn(customerUser(mine.customer())));

        MvcResult list = send(get("/communications").with(customer));
        assertThat(text(list)).contains(mine.productName()).doesNotContain(other.productName());
        assertThat(body(list)).doesNotContain("/cases/");
        String notice = text(send(get("/communications/{id}", sent).with(customer)));
        assertThat(notice).contains("Flaw in " + mine.productName()).contains("Isolate the pump").doesNotContain("PM-17")
                .doesNotContain("Sent to");
        assertThat(send(get("/communications/{id}", notMine).with(customer)).getResponse().getStatus()).isEqualTo(404);
        assertThat(send(get("/cases/{id}", mine.caseId()).with(customer)).getResponse().getStatus()).isEqualTo(403);
        assertThat(text(send(get("/communications/{id}", sent).with(as(Role.AUDITOR))))).contains("PM-17").contains("incomplete")
                .contains("Case hospital");
    }

    private String today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
    }

    private RequestPostProcessor as(Role role) {
        return user(signedIn(staff(role)));
    }

    private static String text(MvcResult r) {
        return HtmlUtils.htmlUnescape(body(r).replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " "));
    }
}

@OnH2
class CasePagesH2Test extends CasePagesScenario {
}

@OnPostgres
class CasePagesPostgresTest extends CasePagesScenario {
}
