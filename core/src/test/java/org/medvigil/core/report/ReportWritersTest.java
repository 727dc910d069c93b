package org.medvigil.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.advisory.AffectedPackage;
import org.medvigil.core.advisory.PackageSelector;
import org.medvigil.core.advisory.Provenance;
import org.medvigil.core.advisory.Severity;
import org.medvigil.core.match.AdvisoryIndex;
import org.medvigil.core.match.Matcher;
import org.medvigil.core.purl.Purl;
import org.medvigil.core.sbom.Component;
import org.medvigil.core.sbom.DocumentInfo;
import org.medvigil.core.sbom.Inventory;
import org.medvigil.core.version.ExactVersions;

class ReportWritersTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static ScanReport report() {
        Advisory high = new Advisory("GHSA-35jh-r3h4-6jhm", List.of("CVE-2021-23337"), "Command Injection in lodash",
                "details", null, null, null,
                List.of(new AffectedPackage(new PackageSelector.ByPackage("npm/lodash", "npm"),
                        List.of(new ExactVersions(null, Set.of("4.17.20"))), List.of("4.17.21"))),
                List.of(new Severity("ECOSYSTEM", "HIGH"), new Severity("CVSS_V3", "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H")), List.of("https://nvd.nist.gov/vuln/detail/CVE-2021-23337"),
                List.of("CWE-77"), new Provenance("osv", "GHSA-35jh-r3h4-6jhm", "GHSA-35jh-r3h4-6jhm.json"));
        Advisory low = new Advisory("GHSA-low", List.of(), "Minor issue in lodash", null, null, null, null,
                List.of(new AffectedPackage(new PackageSelector.ByPackage("npm/lodash", "npm"),
                        List.of(new ExactVersions(null, Set.of("4.17.20"))), List.of())),
                List.of(new Severity("ECOSYSTEM", "LOW")), List.of(), List.of(), new Provenance("osv", "GHSA-low", "x.json"));
        Purl purl = Purl.parse("pkg:npm/lodash@4.17.20");
        Component lodash = new Component("lodash", "library", null, null, null, "lodash", "4.17.20", purl, List.of(),
                Map.of("SHA-256", "892a0875b9872acd04a9fde79b1f943075d5ea162415de3047c327df33fbaee5", "SHA-1", "not-hex"), List.of("MIT"), null, null, Map.of());
        Component other = new Component("express", "library", null, null, null, "express", "4.21.2",
                Purl.parse("pkg:npm/express@4.21.2"), List.of(), Map.of(), List.of(), null, null, Map.of());
        Inventory inv = new Inventory("console.cdx.json", "CycloneDX 1.6", new DocumentInfo(null, "console", null, null, null, null),
                List.of(other, lodash), null, null);
        return ScanReport.create("1.2.3", List.of(new ScannedSbom("console.cdx.json", inv)),
                new Matcher(AdvisoryIndex.of(List.of(low, high))), 2, List.of("bad.json: malformed JSON"));
    }

    static String write(String format, ScanReport report) throws Exception {
        StringWriter out = new StringWriter();
        ReportWriters.standard().forFormat(format).orElseThrow().write(report, out);
        return out.toString();
    }

    @Test
    void findingsAreOrderedMostSevereFirst() {
        assertThat(report().findings()).extracting(f -> f.finding().vulnerabilityId())
                .containsExactly("GHSA-35jh-r3h4-6jhm", "GHSA-low");
    }

    @Test
    void jsonReportHasTheContractedShape() throws Exception {
        JsonNode root = JSON.readTree(write("json", report()));
        assertThat(root.at("/tool/name").asText()).isEqualTo("medvigil");
        assertThat(root.at("/tool/version").asText()).isEqualTo("1.2.3");
        assertThat(root.at("/sboms/0/file").asText()).isEqualTo("console.cdx.json");
        assertThat(root.at("/sboms/0/format").asText()).isEqualTo("CycloneDX 1.6");
        assertThat(root.at("/sboms/0/components").asInt()).isEqualTo(2);
        assertThat(root.at("/advisories/loaded").asInt()).isEqualTo(2);
        JsonNode f = root.at("/findings/0");
        assertThat(f.at("/component/purl").asText()).isEqualTo("pkg:npm/lodash@4.17.20");
        assertThat(f.at("/component/name").asText()).isEqualTo("lodash");
        assertThat(f.at("/component/version").asText()).isEqualTo("4.17.20");
        assertThat(f.at("/component/bomRef").asText()).isEqualTo("lodash");
        assertThat(f.at("/vulnerability/id").asText()).isEqualTo("GHSA-35jh-r3h4-6jhm");
        assertThat(f.at("/vulnerability/aliases/0").asText()).isEqualTo("CVE-2021-23337");
        assertThat(f.at("/vulnerability/summary").asText()).isEqualTo("Command Injection in lodash");
        assertThat(f.at("/match/source").asText()).isEqualTo("osv");
        assertThat(f.at("/match/reason").asText()).isNotBlank();
        assertThat(f.at("/match/certain").asBoolean()).isTrue();
        assertThat(f.at("/match/fixedVersions/0").asText()).isEqualTo("4.17.21");
        assertThat(f.at("/severity/rating").asText()).isEqualTo("high");
        assertThat(f.at("/severity/cvss/0/version").asText()).isEqualTo("3.1");
        assertThat(f.at("/severity/cvss/0/vector").asText()).isEqualTo("CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H");
        assertThat(f.at("/severity/cvss/0/score").asDouble()).isEqualTo(7.2);
    }

    @Test
    void tableShowsOneLinePerFindingThenASummary() throws Exception {
        String table = write("table", report());
        List<String> lines = table.lines().toList();
        assertThat(lines.get(0)).startsWith("SEVERITY").contains("VULNERABILITY", "COMPONENT", "FIXED IN");
        assertThat(lines.get(1)).startsWith("high").contains("GHSA-35jh-r3h4-6jhm", "lodash", "4.17.20", "4.17.21");
        assertThat(lines.get(2)).startsWith("low").contains("GHSA-low");
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("2 findings (1 high, 1 low) in 1 SBOM with 2 components, against 2 advisories; 1 input could not be read.");
    }

    @Test
    void sarifReportIsSarif210WithOneRulePerVulnerability() throws Exception {
        JsonNode root = JSON.readTree(write("sarif", report()));
        assertThat(root.at("/version").asText()).isEqualTo("2.1.0");
        assertThat(root.at("/runs/0/tool/driver/rules")).hasSize(2);
        assertThat(root.at("/runs/0/results")).hasSize(2);
        assertThat(root.at("/runs/0/results/0/ruleId").asText()).isEqualTo("GHSA-35jh-r3h4-6jhm");
        assertThat(root.at("/runs/0/results/0/level").asText()).isEqualTo("error");
        assertThat(root.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("console.cdx.json");
    }

    @Test
    void cycloneDxReportIsAValidCycloneDx16Vdr() throws Exception {
        String vdr = write("cyclonedx", report());
        assertThat(new JsonParser().validate(vdr.getBytes(StandardCharsets.UTF_8), Version.VERSION_16)).isEmpty();
        JsonNode root = JSON.readTree(vdr);
        assertThat(root.at("/specVersion").asText()).isEqualTo("1.6");
        assertThat(root.at("/components")).hasSize(2);
        assertThat(root.at("/vulnerabilities/0/id").asText()).isEqualTo("GHSA-35jh-r3h4-6jhm");
        assertThat(root.at("/vulnerabilities/0/affects/0/ref").asText()).isEqualTo("lodash");
        assertThat(root.at("/vulnerabilities/0/recommendation").asText()).contains("4.17.21");
        assertThat(root.at("/components/1/hashes")).hasSize(1);
    }

    @Test
    void failOnThresholdCountsFindingsAtOrAboveIt() {
        ScanReport r = report();
        assertThat(r.fails(Rating.CRITICAL)).isFalse();
        assertThat(r.fails(Rating.HIGH)).isTrue();
        assertThat(r.fails(Rating.NONE)).isFalse();
        assertThat(Rating.UNKNOWN.reaches(Rating.LOW)).isTrue();
        assertThat(Rating.UNKNOWN.reaches(Rating.MEDIUM)).isFalse();
    }
}
