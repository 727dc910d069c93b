package org.medvigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvigil.core.testdata.SharedData;

/**
 * {@code medvigil scan} end to end: real SBOMs from the shared data against real advisories,
 * every output format, and the exit-code contract.
 */
class ScanCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static Path project() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("examples/infusion-pump-sbom.cdx.json"))) {
                return dir;
            }
        }
        throw new IllegalStateException("project root with examples/ not found");
    }

    static String example(String relative) {
        return project().resolve("examples").resolve(relative).toString();
    }

    static String shared(String relative) {
        return SharedData.path(relative).toString();
    }

    static JsonNode json(CliRun run) throws IOException {
        assertThat(run.err()).doesNotContain("Exception");
        return JSON.readTree(run.out());
    }

    static JsonNode finding(JsonNode report, String componentName, String version, String vulnerability) {
        for (JsonNode f : report.get("findings")) {
            if (f.at("/component/name").asText().equals(componentName) && f.at("/component/version").asText().equals(version)
                    && f.at("/vulnerability/id").asText().equals(vulnerability)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + vulnerability + " on " + componentName + " " + version);
    }

    @Test
    void bundledExampleFindsPackageCpeAndProductNameMatches() throws IOException {
        CliRun run = CliRun.of("scan", "--sbom", example("infusion-pump-sbom.cdx.json"),
                "--advisories", example("advisories"), "--format", "json");
        assertThat(run.exit()).isZero();
        JsonNode report = json(run);
        assertThat(report.at("/sboms/0/format").asText()).isEqualTo("CycloneDX 1.6");
        assertThat(report.at("/sboms/0/components").asInt()).isEqualTo(14);
        assertThat(report.at("/advisories/loaded").asInt()).isEqualTo(10);
        assertThat(report.get("findings")).hasSize(10);

        JsonNode lodash = finding(report, "lodash", "4.17.20", "GHSA-35jh-r3h4-6jhm");
        assertThat(lodash.at("/vulnerability/aliases/0").asText()).isEqualTo("CVE-2021-23337");
        assertThat(lodash.at("/match/fixedVersions/0").asText()).isEqualTo("4.17.21");
        assertThat(lodash.at("/severity/cvss/0/score").asDouble()).isEqualTo(7.2);

        JsonNode openssl = finding(report, "openssl", "1.1.1k", "CVE-2022-0778");
        assertThat(openssl.at("/match/source").asText()).isEqualTo("nvd");
        assertThat(openssl.at("/match/rule").asText()).isEqualTo("cpe");
        assertThat(openssl.at("/match/fixedVersions/0").asText()).isEqualTo("1.1.1n");

        JsonNode firmware = finding(report, "Volara Pump Firmware", "3.2.0", "EXAMPLAR-2026-0001");
        assertThat(firmware.at("/match/rule").asText()).isEqualTo("product-name");
        assertThat(firmware.at("/match/certain").asBoolean()).isTrue();
        assertThat(firmware.at("/vulnerability/document").asText()).isEqualTo("EXAMPLAR-2026-001");

        assertThat(report.get("findings").get(0).at("/severity/rating").asText()).isEqualTo("critical");
    }

    @Test
    void failOnExitsOneWhenAFindingReachesTheThreshold() {
        String[] base = {"scan", "--sbom", example("infusion-pump-sbom.cdx.json"), "--advisories", example("advisories")};
        assertThat(CliRun.of(concat(base, "--fail-on", "critical")).exit()).isEqualTo(1);
        assertThat(CliRun.of(concat(base, "--fail-on", "none")).exit()).isZero();
        CliRun bad = CliRun.of(concat(base, "--fail-on", "severe"));
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--fail-on").contains("severe");
    }

    @Test
    void realJavaSbomMatchesRealGithubAdvisories() throws IOException {
        JsonNode report = json(CliRun.of("scan", "--sbom", shared("cyclonedx-bom-examples/SBOM/keycloak-10.0.2/bom.json"),
                "--advisories", shared("osv/ghsa-selected"), "--format", "json"));
        JsonNode pg = finding(report, "postgresql", "42.2.8", "GHSA-24rp-q3w6-vc56");
        assertThat(pg.at("/component/purl").asText()).isEqualTo("pkg:maven/org.postgresql/postgresql@42.2.8?type=jar");
        assertThat(pg.at("/match/fixedVersions/0").asText()).isEqualTo("42.2.28");
        assertThat(pg.at("/match/certain").asBoolean()).isTrue();
        JsonNode h2 = finding(report, "h2", "1.4.197", "GHSA-h376-j262-vhq6");
        assertThat(h2.at("/match/fixedVersions/0").asText()).isEqualTo("2.0.206");
    }

    @Test
    void realGoSbomMatchesTheGoVulnerabilityDatabase() throws IOException {
        JsonNode report = json(CliRun.of("scan", "--sbom",
                shared("sbom-samples/bom-shelter-in-the-wild/cyclonedx/harp-darwin-amd64.sbom.json"),
                "--advisories", shared("osv/golang-vulndb"), "--format", "json"));
        JsonNode containerd = finding(report, "github.com/containerd/containerd", "v1.6.0", "GO-2022-0344");
        assertThat(containerd.at("/match/fixedVersions/0").asText()).isEqualTo("1.6.1");
        assertThat(containerd.at("/vulnerability/aliases").toString()).contains("CVE-2022-23648");
    }

    @Test
    void hospitalDeviceInventoryMatchesCisaMedicalAdvisoriesByVendorAndProduct() throws IOException {
        Path inventory = tmp.resolve("hospital.cdx.json");
        Files.writeString(inventory, """
                {"bomFormat":"CycloneDX","specVersion":"1.6","version":1,"components":[
                  {"type":"device","bom-ref":"d1","manufacturer":{"name":"Koninklijke Philips N.V."},"name":"e-Alert","version":"2.5"},
                  {"type":"device","bom-ref":"d2","manufacturer":{"name":"Philips"},"name":"Engage Software","version":"6.3"},
                  {"type":"device","bom-ref":"d3","manufacturer":{"name":"BD"},"name":"Pyxis MedStation ES","version":"1.7"},
                  {"type":"device","bom-ref":"d4","supplier":{"name":"OFFIS e.V."},"name":"DCMTK","version":"3.6.6"}
                ]}""");
        JsonNode report = json(CliRun.of("scan", "--sbom", inventory.toString(),
                "--advisories", shared("cisa-csaf/icsma"), "--format", "json"));
        JsonNode eAlert = finding(report, "e-Alert", "2.5", "CVE-2022-0922");
        assertThat(eAlert.at("/vulnerability/document").asText()).isEqualTo("ICSMA-22-088-01");
        assertThat(eAlert.at("/match/rule").asText()).isEqualTo("product-name");
        assertThat(eAlert.at("/match/certain").asBoolean()).isTrue();
        assertThat(report.get("findings").findValuesAsText("name")).doesNotContain("Engage Software");
        assertThat(finding(report, "Pyxis MedStation ES", "1.7", "CVE-2022-22766").at("/vulnerability/document").asText())
                .isEqualTo("ICSMA-22-062-01");
        assertThat(finding(report, "DCMTK", "3.6.6", "CVE-2022-2119").at("/match/certain").asBoolean()).isTrue();
    }

    @Test
    void everyOutputFormatIsWrittenAtomicallyToTheOutputFile() throws Exception {
        for (String format : List.of("table", "json", "sarif", "cyclonedx")) {
            Path out = tmp.resolve("report." + format);
            CliRun run = CliRun.of("scan", "--sbom", example("infusion-pump-sbom.cdx.json"),
                    "--advisories", example("advisories"), "--format", format, "--output", out.toString());
            assertThat(run.exit()).as(format).isZero();
            assertThat(run.out()).as(format).isEmpty();
            String text = Files.readString(out);
            switch (format) {
                case "table" -> assertThat(text).contains("CVE-2023-38545").endsWith("against 10 advisories.\n");
                case "json" -> assertThat(JSON.readTree(text).get("findings")).hasSize(10);
                case "sarif" -> assertThat(JSON.readTree(text).at("/runs/0/results")).hasSize(10);
                default -> assertThat(new JsonParser().validate(text.getBytes(StandardCharsets.UTF_8), Version.VERSION_16)).isEmpty();
            }
        }
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void malformedSbomStopsTheScanWithOneLineNamingTheFile() throws IOException {
        Path bad = tmp.resolve("truncated.cdx.json");
        Files.writeString(bad, "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{\"name\":");
        CliRun run = CliRun.of("scan", "--sbom", bad.toString(), "--advisories", example("advisories"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().startsWith("medvigil: ").contains("truncated.cdx.json");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void hostileSbomsAreRejectedWithOneLineAndExitTwo() throws IOException {
        Path xxe = tmp.resolve("xxe.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?><!DOCTYPE bom [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"><components><component type=\"library\">"
                + "<name>&x;</name></component></components></bom>");
        Path deep = tmp.resolve("deep.json");
        Files.writeString(deep, "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":"
                + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        Path unknown = tmp.resolve("notes.txt");
        Files.writeString(unknown, "just some text\n");
        Path huge = tmp.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(1L << 30); // a sparse 1 GiB file: rejected by size, never read
        }
        for (Path p : List.of(xxe, deep, unknown, huge)) {
            CliRun run = CliRun.of("scan", "--sbom", p.toString(), "--advisories", example("advisories"));
            assertThat(run.exit()).as(p.toString()).isEqualTo(2);
            assertThat(run.err().lines()).as(p.toString()).singleElement().asString()
                    .contains(p.getFileName().toString()).doesNotContain("Exception");
        }
    }

    @Test
    void oneBadAdvisoryFileIsReportedAndTheRestAreUsed() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("advisories"));
        for (Path p : Files.list(Path.of(example("advisories/osv"))).toList()) {
            Files.copy(p, folder.resolve(p.getFileName()));
        }
        Files.writeString(folder.resolve("broken.json"), "{\"id\": \"GHSA-broken\", \"affected\": [");
        CliRun run = CliRun.of("scan", "--sbom", example("infusion-pump-sbom.cdx.json"), "--advisories", folder.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("broken.json");
        assertThat(run.out()).contains("GHSA-35jh-r3h4-6jhm").contains("1 input could not be read");
    }

    @Test
    void missingAdvisoryPathIsBadUsage() {
        CliRun run = CliRun.of("scan", "--sbom", example("infusion-pump-sbom.cdx.json"), "--advisories", "no/such/folder");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no/such/folder").contains("no such file");
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }
}
