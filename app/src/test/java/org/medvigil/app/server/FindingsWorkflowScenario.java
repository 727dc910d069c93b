package org.medvigil.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medvigil.app.security.Role;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The core workflow on one synthetic package no other test uses, so every count is exact:
 * SBOM upload, advisory import, findings with evidence and first-detected time (T0 candidate),
 * assessments inherited by every release carrying the same component version (and overridden
 * per release), the affected-customers query, SBOM revisions, alias merging and withdrawal.
 */
abstract class FindingsWorkflowScenario extends ServerTestSupport {
    private static final String CRITICAL = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";

    @Test
    void findingsFollowTheComponentVersionAcrossReleasesAndRevisions_PM09() {
        String u = unique().replace('-', 'x');
        String lib = "mv-lib-" + u;
        String analyst = key(Role.SECURITY_ANALYST);
        String auditor = key(Role.AUDITOR);
        long product = createProduct("Workflow pump " + u);
        long r1 = createRelease(product, "1.0");
        long customer = createCustomer("Workflow hospital " + u);
        long site = createSite(customer, "ICU");
        deploy(site, r1, "SN-" + u);

        // SBOM first: nothing known about the library yet.
        byte[] sbom = Documents.cycloneDx(UUID.randomUUID().toString(), lib + "@1.0.0", "other-" + u + "@2.0.0");
        JsonNode upload = uploadOk(analyst, "/api/v1/releases/" + r1 + "/sboms?fileName=pump.cdx.json", sbom, "application/vnd.cyclonedx+json");
        assertThat(upload.get("sbom").get("revision").asInt()).isEqualTo(1);
        assertThat(upload.get("sbom").get("componentCount").asInt()).isEqualTo(2);
        assertThat(upload.get("findings").get("created")).isEmpty();

        // Then the advisory: the finding is detected now, on import.
        clock.advance(Duration.ofHours(1));
        Instant detected = clock.instant();
        String vuln = "MVTEST-" + u + "-1";
        JsonNode imported = uploadOk(analyst, "/api/v1/advisories?fileName=" + vuln + ".json",
                Documents.osv(vuln, List.of("CVE-2099-" + u), lib, "1.0.1", CRITICAL, false), "application/json");
        assertThat(imported.get("findings").get("created")).hasSize(1);
        long f1 = imported.get("findings").get("created").get(0).asLong();
        JsonNode finding = getJson(auditor, "/api/v1/findings/{id}", f1);
        assertThat(finding.get("releaseId").asLong()).isEqualTo(r1);
        assertThat(finding.get("component").get("purl").asString()).isEqualTo("pkg:npm/" + lib + "@1.0.0");
        assertThat(finding.get("component").get("identity").asString()).isEqualTo("pkg:npm/" + lib + "@1.0.0");
        assertThat(finding.get("vulnerability").get("id").asString()).isEqualTo(vuln);
        assertThat(finding.get("vulnerability").get("aliases")).extracting(JsonNode::asString).containsExactly("CVE-2099-" + u);
        assertThat(finding.get("match").get("rule").asString()).isEqualTo("package");
        assertThat(finding.get("match").get("certain").asBoolean()).isTrue();
        assertThat(finding.get("match").get("fixedVersions")).extracting(JsonNode::asString).containsExactly("1.0.1");
        assertThat(finding.get("severity").get("rating").asString()).isEqualTo("critical");
        assertThat(finding.get("severity").get("cvss").get(0).get("score").asDouble()).isEqualTo(9.8);
        assertThat(Instant.parse(finding.get("firstDetectedAt").asString())).isEqualTo(detected);
        assertThat(finding.get("state").asString()).isEqualTo("in_triage");

        // Which customers and units: one query from the finding.
        JsonNode affected = getJson(auditor, "/api/v1/findings/{id}/affected", f1);
        assertThat(affected.get("customers").asLong()).isEqualTo(1);
        assertThat(affected.get("deployments").get(0).get("serialNumber").asString()).isEqualTo("SN-" + u);
        assertThat(affected.get("deployments").get(0).get("customerName").asString()).isEqualTo("Workflow hospital " + u);

        // A second release with the same component version: a finding of its own, detected now.
        clock.advance(Duration.ofHours(1));
        long r2 = createRelease(product, "1.1");
        uploadOk(analyst, "/api/v1/releases/" + r2 + "/sboms", sbom, "application/json");
        long f2 = onlyFinding(r2, vuln).get("id").asLong();
        assertThat(Instant.parse(getJson(auditor, "/api/v1/findings/{id}", f2).get("firstDetectedAt").asString()))
                .isEqualTo(clock.instant());

        // One assessment applies to every release carrying the component version...
        JsonNode assessment = postJson(analyst, Map.of("state", "not_affected", "justification", "code_not_reachable",
                "rationale", "The template function is never called with user input"), "/api/v1/findings/{id}/assessments", f1);
        assertThat(assessment.get("releaseId")).isNull();
        assertThat(assessment.get("assessor").asString()).startsWith("api-key:test-SECURITY_ANALYST-");
        JsonNode inherited = getJson(auditor, "/api/v1/findings/{id}", f2);
        assertThat(inherited.get("state").asString()).isEqualTo("not_affected");
        assertThat(inherited.get("justification").asString()).isEqualTo("code_not_reachable");
        assertThat(inherited.get("assessment").get("inherited").asBoolean()).isTrue();
        assertThat(inherited.get("assessment").get("madeOnFindingId").asLong()).isEqualTo(f1);

        // ... including releases that come later (Dependency-Track #2183).
        long r3 = createRelease(product, "1.2");
        uploadOk(analyst, "/api/v1/products/" + product + "/sboms?version=1.2", sbom, "application/json");
        assertThat(onlyFinding(r3, vuln).get("state").asString()).isEqualTo("not_affected");

        // An override for one release changes that release only; the matrix decides controlled/uncontrolled.
        JsonNode override = postJson(analyst, Map.of("state", "exploitable", "harmSeverity", "serious",
                "cvssVectors", List.of(CRITICAL), "scope", "this_release",
                "rationale", "Release 1.1 exposes the template endpoint on the clinician network"),
                "/api/v1/findings/{id}/assessments", f2);
        assertThat(override.get("releaseId").asLong()).isEqualTo(r2);
        assertThat(override.get("exploitability").asString()).isEqualTo("very-high");
        assertThat(override.get("determination").asString()).isEqualTo("uncontrolled");
        assertThat(override.get("overridden").asBoolean()).isFalse();
        assertThat(getJson(auditor, "/api/v1/findings/{id}", f2).get("state").asString()).isEqualTo("exploitable");
        assertThat(getJson(auditor, "/api/v1/findings/{id}", f1).get("state").asString()).isEqualTo("not_affected");
        assertThat(onlyFinding(r3, vuln).get("state").asString()).isEqualTo("not_affected");
        assertThat(getJson(auditor, "/api/v1/findings/{id}/assessments", f2)).hasSize(2);

        // A new SBOM revision keeps the finding, its T0 candidate and its assessment; revision 1 is kept verbatim.
        clock.advance(Duration.ofDays(1));
        JsonNode revision2 = uploadOk(analyst, "/api/v1/releases/" + r1 + "/sboms", sbom, "application/json");
        assertThat(revision2.get("sbom").get("revision").asInt()).isEqualTo(2);
        assertThat(revision2.get("findings").get("matched").asInt()).isEqualTo(1);
        JsonNode kept = getJson(auditor, "/api/v1/findings/{id}", f1);
        assertThat(Instant.parse(kept.get("firstDetectedAt").asString())).isEqualTo(detected);
        assertThat(kept.get("state").asString()).isEqualTo("not_affected");
        assertThat(getJson(auditor, "/api/v1/releases/{id}/sboms", r1)).hasSize(2);
        MvcResult original = perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/releases/{id}/sboms/1/content", r1).header("Authorization", bearer(auditor)));
        assertThat(original.getResponse().getContentAsByteArray()).isEqualTo(sbom);

        // Another record of the same vulnerability merges into the same finding (aliases), T0 unchanged.
        String ghsa = "GHSA-" + u;
        uploadOk(analyst, "/api/v1/advisories", Documents.osv(ghsa, List.of(vuln), lib, "1.0.1", CRITICAL, false), "application/json");
        JsonNode merged = onlyFinding(r1, vuln);
        assertThat(merged.get("id").asLong()).isEqualTo(f1);
        assertThat(merged.get("vulnerability").get("id").asString()).isEqualTo(ghsa);
        assertThat(merged.get("vulnerability").get("aliases")).extracting(JsonNode::asString)
                .contains(vuln, "CVE-2099-" + u);
        assertThat(Instant.parse(merged.get("firstDetectedAt").asString())).isEqualTo(detected);

        // Withdrawn everywhere: the finding no longer matches, and is kept as history.
        uploadOk(analyst, "/api/v1/advisories", Documents.zip(Map.of(
                "a.json", Documents.osv(vuln, List.of("CVE-2099-" + u), lib, "1.0.1", CRITICAL, true),
                "b.json", Documents.osv(ghsa, List.of(vuln), lib, "1.0.1", CRITICAL, true))), "application/zip");
        assertThat(getJson(auditor, "/api/v1/findings?releaseId={id}", r1).get("total").asLong()).isZero();
        JsonNode gone = getJson(auditor, "/api/v1/findings?releaseId={id}&includeGone=true", r1).get("items");
        assertThat(gone).singleElement().satisfies(g -> assertThat(g.get("present").asBoolean()).isFalse());

        // Every step is in the audit log.
        JsonNode audit = getJson(key(Role.AUDITOR), "/api/v1/audit?entityType=finding&entityId={id}", f1).get("items");
        assertThat(audit).extracting(a -> a.get("action").asString()).contains("assess");
    }

    private JsonNode uploadOk(String key, String url, byte[] content, String type) {
        MvcResult r = upload(key, url, content, type);
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(201);
        return bodyJson(r);
    }

    private JsonNode onlyFinding(long release, String vulnerability) {
        JsonNode items = getJson(key(Role.AUDITOR), "/api/v1/findings?releaseId={r}&vulnerability={v}", release, vulnerability)
                .get("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}

@OnH2
class FindingsWorkflowH2Test extends FindingsWorkflowScenario {
}

@OnPostgres
class FindingsWorkflowPostgresTest extends FindingsWorkflowScenario {
}
