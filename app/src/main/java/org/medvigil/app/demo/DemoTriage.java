package org.medvigil.app.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.medvigil.app.cases.CaseService;
import org.medvigil.app.cases.CaseSummary;
import org.medvigil.app.cases.CommunicationView;
import org.medvigil.app.cases.EvidenceForms;
import org.medvigil.app.cases.EvidenceService;
import org.medvigil.app.cases.IsaoMembershipForm;
import org.medvigil.app.cases.IsaoMembershipService;
import org.medvigil.app.findings.AnalysisState;
import org.medvigil.app.findings.AssessmentForm;
import org.medvigil.app.findings.AssessmentService;
import org.medvigil.app.findings.FindingFilter;
import org.medvigil.app.findings.FindingService;
import org.medvigil.app.findings.VexResponse;
import org.medvigil.app.web.Paging;

/**
 * The demo's triage and regulatory work: three risks controlled (routine updates), three
 * uncontrolled ones whose cases stand at different points — the pump's finished (fix distributed,
 * no 806 report needed), the insulin-pump controller's half-way (30-day steps done, fix due), the
 * monitor's behind (an incomplete notice, no remediation plan: it escalates). Everything goes
 * through the services, as the demo users, so findings, cases and audit entries are real.
 */
final class DemoTriage {
    private final DemoSession session;
    private final FindingService findings;
    private final AssessmentService assessments;
    private final CaseService cases;
    private final EvidenceService evidence;
    private final IsaoMembershipService isao;
    private final Map<String, Long> products;
    private final Map<String, Long> releases;
    private final LocalDate today;
    private int assessed;

    DemoTriage(DemoSession session, FindingService findings, AssessmentService assessments, CaseService cases,
               EvidenceService evidence, IsaoMembershipService isao, Map<String, Long> products,
               Map<String, Long> releases, LocalDate today) {
        this.session = session;
        this.findings = findings;
        this.assessments = assessments;
        this.cases = cases;
        this.evidence = evidence;
        this.isao = isao;
        this.products = products;
        this.releases = releases;
        this.today = today;
    }

    /** @return how many assessments were recorded */
    int load() {
        session.run("regulatory", () -> isao.replace(new IsaoMembershipForm("Health-ISAC", LocalDate.of(2023, 4, 1),
                claim("Membership agreement HI-2023-118 (signed 2023-03-20), renewed annually"),
                claim("Health-ISAC operating rules, TLP policy and privacy notice on file (QMS doc EXT-ISAC-01)"),
                claim("SOP-PSIRT-04 section 6: every customer notice and advisory is shared with Health-ISAC"),
                claim("SOP-PSIRT-02: Health-ISAC alerts are triaged within 2 working days and traced to the risk file"))));
        controlledRisks();
        session.run("analyst", () -> {
            assess(DemoDevices.VOLARA, "3.1.0", "EXAMPLAR-2026-0001", uncontrolled("critical",
                    "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                    "Anyone on the pump VLAN can log in to the service interface with the fixed password and change "
                            + "infusion parameters: over-infusion of a high-alert drug is possible."));
            assess(DemoDevices.GLYRA, "2.0.4", "NORDLYS-2026-0007", uncontrolled("catastrophic",
                    "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                    "An attacker in radio range during pairing can bond with the controller and command a bolus: "
                            + "a fatal insulin overdose cannot be excluded."));
            assess(DemoDevices.CORVIDA, "5.0.1", "EXAMPLAR-2026-0004", uncontrolled("critical",
                    "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H",
                    "A forged HL7 ACK silences forwarded alarms: a deterioration could go unnoticed at the central station."));
        });
        pumpCase();
        insulinPumpCase();
        monitorCase();
        return assessed;
    }

    private void controlledRisks() {
        session.run("analyst", () -> {
            assess(DemoDevices.VOLARA, "3.1.0", "GHSA-35jh-r3h4-6jhm", controlled("negligible",
                    "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H",
                    "lodash.template only renders templates from the signed drug library, never user input, and the "
                            + "console cannot change an infusion in progress. At worst the console fails: negligible harm. "
                            + "Routine update: lodash 4.17.21 in 3.2.2."));
            assess(DemoDevices.CORVIDA, "5.0.1", "GHSA-gxr4-xjj5-5px2", controlled("minor",
                    "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N",
                    "The central-station web UI is read-only and behind the clinical VLAN; script injection could "
                            + "mislead a viewer about trends but not alarms, which the monitors sound locally. Routine update: "
                            + "jQuery 3.7.1 in 5.1.0."));
            assess(DemoDevices.GLYRA, "2.0.4", "CVE-2021-44732", controlled("minor",
                    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                    "The controller never restores TLS sessions (mbedtls_ssl_set_session is not called) and only talks "
                            + "TLS to the clinic sync service; a crash reboots into the safe state with the basal program kept. "
                            + "Routine update: Mbed TLS 2.28.8 in 2.1.0."));
        });
    }

    /** The infusion pump: every step on time, the fix distributed: 806 reporting not required. */
    private void pumpCase() {
        long id = caseOf(DemoDevices.VOLARA, "EXAMPLAR-2026-0001");
        LocalDate t0 = today.minusDays(70);
        session.run("regulatory", () -> cases.setLearnedOn(id, new EvidenceForms.LearnedOnForm(t0,
                "Found by the internal penetration test PT-2026-08 on this day, before the advisory was published")));
        session.run("analyst", () -> {
            evidence.compensatingControls(id, new EvidenceForms.CompensatingControlsForm(t0.plusDays(2),
                    "Block TCP 8443 to the pumps from every segment but the biomed workstation VLAN; rotate nothing (fixed "
                            + "password cannot be changed)", "Firewall rules keep infusion fully functional", "CAPA-2026-031"));
            evidence.remediationPlan(id, new EvidenceForms.RemediationPlanForm(t0.plusDays(6),
                    "Per-unit service credentials provisioned at manufacture in firmware 3.2.2; field update by biomed staff",
                    t0.plusDays(45), "CAPA-2026-031", "Plan RP-2026-031 rev B"));
        });
        session.run("regulatory", () -> {
            CommunicationView notice = evidence.communicate(id, new EvidenceForms.CommunicationForm(t0.plusDays(8), "letter and e-mail",
                    new EvidenceForms.Notice(
                            "Volara Pump Firmware 3.2.1 and earlier accepts a fixed password on its Wi-Fi service interface.",
                            "Someone on the same network segment could change infusion parameters; no such case is known.",
                            "Examplar Medical is addressing the risk of patient harm as quickly as possible.",
                            "Block TCP port 8443 to the pumps from all segments except the biomed workstation VLAN.",
                            "Firmware 3.2.2 with per-unit credentials is in validation; we will tell you when it is available."),
                    "Customer letter CL-2026-014"));
            evidence.isaoShare(id, new EvidenceForms.IsaoShareForm(t0.plusDays(9), "Health-ISAC",
                    "Customer letter CL-2026-014 and the firewall guidance", List.of(notice.id()), "Health-ISAC portal post 88213"));
            evidence.fixDistributed(id, new EvidenceForms.FixDistributedForm(t0.plusDays(45), releases.get(DemoDevices.VOLARA + " 3.2.2"),
                    "Firmware 3.2.2 released to all customers through the service portal",
                    "Verification and validation report VR-322 (820.30(g)), regression and penetration retest passed",
                    "Release notice RN-322"));
            cases.setRecord(id, new EvidenceForms.CaseRecordForm("not_needed",
                    "No 510(k): the change adds no new intended use or technology (letter-to-file LTF-2026-07); no 806 "
                            + "report: all four section VII.B conditions met", null,
                    "https://psirt.examplar-medical.example/csaf/2026/examplar-2026-001.json"));
        });
    }

    /** The insulin-pump controller: the 30-day steps done, the fix due in about three weeks. */
    private void insulinPumpCase() {
        long id = caseOf(DemoDevices.GLYRA, "NORDLYS-2026-0007");
        LocalDate t0 = today.minusDays(38);
        session.run("regulatory", () -> cases.setLearnedOn(id, new EvidenceForms.LearnedOnForm(t0,
                "Supplier notification NSN-2026-07 from Nordlys PSIRT under embargo, received by e-mail on this day")));
        session.run("analyst", () -> evidence.compensatingControls(id, new EvidenceForms.CompensatingControlsForm(t0.plusDays(2),
                "Pair new pump patches only in the clinic; controllers refuse new bonds outside pairing mode (setting "
                        + "pushed through Clinic Sync); users told to decline unexpected pairing prompts",
                "Pairing at home remains possible by calling support: no therapy interruption", "CAPA-2026-044")));
        session.run("regulatory", () -> {
            CommunicationView notice = evidence.communicate(id, new EvidenceForms.CommunicationForm(t0.plusDays(9), "e-mail and clinic portal",
                    new EvidenceForms.Notice(
                            "The Bluetooth stack of the Glyra controller (2.1.0 and earlier) can be paired by an attacker nearby.",
                            "During pairing an attacker within radio range could bond with the controller and request insulin doses.",
                            "Examplar Medical is addressing the risk of patient harm as quickly as possible.",
                            "Pair pump patches only at the clinic; decline any pairing prompt you did not start.",
                            "Firmware 2.1.1 with the corrected Bluetooth stack is in development; we will tell you when it is available."),
                    "Field safety notice FSN-2026-044"));
            evidence.isaoShare(id, new EvidenceForms.IsaoShareForm(t0.plusDays(10), "Health-ISAC",
                    "FSN-2026-044 and indicators for unexpected pairing requests", List.of(notice.id()), "Health-ISAC portal post 90117"));
            cases.setRecord(id, new EvidenceForms.CaseRecordForm("needed",
                    "PMA supplement planned for the BLE stack update (P250017/S004)", null,
                    "https://psirt.nordlys.example/csaf/2026/nordlys-sa-2026-0007.json"));
        });
        session.run("analyst", () -> evidence.remediationPlan(id, new EvidenceForms.RemediationPlanForm(t0.plusDays(12),
                "Integrate Nordlys BLE Stack 4.3.2 in firmware 2.1.1; validate pairing and dosing paths; OTA update through "
                        + "Clinic Sync with clinic confirmation", t0.plusDays(55), "CAPA-2026-044", "Plan RP-2026-044")));
    }

    /** The patient monitor: a notice without the PM-17 fix statement and no remediation plan, T0+30 near: it escalates. */
    private void monitorCase() {
        long id = caseOf(DemoDevices.CORVIDA, "EXAMPLAR-2026-0004");
        LocalDate t0 = today.minusDays(24);
        session.run("regulatory", () -> cases.setLearnedOn(id, new EvidenceForms.LearnedOnForm(t0,
                "Reported by St. Aurelia's biomedical engineering team on this day (PSIRT ticket PSIRT-2026-031)")));
        session.run("analyst", () -> evidence.compensatingControls(id, new EvidenceForms.CompensatingControlsForm(t0.plusDays(1),
                "Allow TCP 2575 on the monitors only from the central station; keep local alarm audio at default volume",
                "Local alarms are unaffected", "PSIRT-2026-031")));
        session.run("regulatory", () -> evidence.communicate(id, new EvidenceForms.CommunicationForm(t0.plusDays(3), "e-mail",
                new EvidenceForms.Notice(
                        "Corvida Monitor Firmware 5.1.0 and earlier accepts unauthenticated alarm acknowledgements.",
                        "A forged acknowledgement could keep a forwarded alarm from reaching the central station; local alarms still sound.",
                        "Examplar Medical is addressing the risk of patient harm as quickly as possible.",
                        "Allow TCP 2575 on the monitors only from the central station's address.",
                        null),
                "E-mail to biomed contacts, 2026 series #12")));
    }

    private void assess(String product, String version, String vulnerability, AssessmentForm form) {
        long release = releases.get(product + " " + version);
        long finding = findings.list(new FindingFilter(products.get(product), release, null, vulnerability, false),
                Paging.of(0, 1)).items().get(0).id();
        assessments.assess(finding, form);
        assessed++;
    }

    private long caseOf(String product, String vulnerability) {
        return session.as("auditor", () -> cases.list(null, products.get(product), Paging.of(0, 50)).items().stream()
                .filter(c -> c.vulnerabilityId().equals(vulnerability) || c.vulnerabilityIds().contains(vulnerability))
                .map(CaseSummary::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo expected a case for " + vulnerability + " on " + product)));
    }

    private static AssessmentForm uncontrolled(String harm, String vector, String rationale) {
        return new AssessmentForm(AnalysisState.EXPLOITABLE, null, List.of(VexResponse.WORKAROUND_AVAILABLE, VexResponse.UPDATE),
                null, null, List.of(vector), null, harm, false, null, null, rationale, null);
    }

    private static AssessmentForm controlled(String harm, String vector, String rationale) {
        return new AssessmentForm(AnalysisState.EXPLOITABLE, null, List.of(VexResponse.UPDATE), null, null, List.of(vector),
                null, harm, false, null, null, rationale, null);
    }

    private static IsaoMembershipForm.Claim claim(String evidence) {
        return new IsaoMembershipForm.Claim(true, evidence);
    }
}
