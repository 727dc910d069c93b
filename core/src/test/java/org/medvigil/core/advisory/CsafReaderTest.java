package org.medvigil.core.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.advisory.PackageSelector.ByCpe;
import org.medvigil.core.advisory.PackageSelector.ByPackage;
import org.medvigil.core.advisory.PackageSelector.ByProductName;
import org.medvigil.core.purl.Cpe;
import org.medvigil.core.testdata.SharedData;

class CsafReaderTest {
    private final AdvisoryReaders readers = AdvisoryReaders.standard();
    private final ObjectMapper json = new ObjectMapper();

    private List<Advisory> read(String path) throws IOException {
        return readers.read(Files.readAllBytes(SharedData.path(path)), path);
    }

    private static Map<String, Advisory> byId(List<Advisory> advisories) {
        return advisories.stream().collect(Collectors.toMap(Advisory::id, Function.identity()));
    }

    /** Vulnerabilities in the CSAF documents below a folder, counted independently of the reader. */
    private long vulnerabilities(String folder) throws IOException {
        long n = 0;
        try (Stream<Path> s = Files.walk(SharedData.path(folder))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                var root = json.readTree(f.toFile());
                if (root.has("document") && root.path("document").has("csaf_version")) {
                    n += root.path("vulnerabilities").size();
                }
            }
        }
        return n;
    }

    @Test
    void readsEveryCisaAdvisoryWithoutProblems() throws IOException {
        AdvisoryLoad load = readers.load(List.of(SharedData.path("cisa-csaf")));
        assertThat(load.problems()).as("%s", load.problems().stream().limit(20).map(LoadProblem::oneLine).toList()).isEmpty();
        // 144 ICSMA + 200 ICSA + 4 IT documents; signatures, hashes, ROLIE feeds, index.txt, changes.csv skipped.
        assertThat(load.filesRead()).isEqualTo(348);
        assertThat((long) load.advisories().size()).isEqualTo(vulnerabilities("cisa-csaf")).isEqualTo(1060);
        assertThat(load.advisories()).allSatisfy(a -> {
            assertThat(a.aliases()).doesNotContain(a.provenance().document());
            assertThat(a.provenance().source()).isEqualTo("csaf");
        });
        assertThat(load.advisories()).filteredOn(a -> a.provenance().document().startsWith("ICSMA-")).hasSize(433);
        // Every CISA vulnerability names at least one product.
        assertThat(load.advisories()).allSatisfy(a -> assertThat(a.affected()).isNotEmpty());
    }

    @Test
    void readsEveryOasisExampleAdvisoryAndSkipsTheFeedsAndMetadata() throws IOException {
        AdvisoryLoad load = readers.load(List.of(SharedData.path("oasis-csaf/csaf_2.0/examples")));
        assertThat(load.problems()).isEmpty();
        assertThat(load.filesRead()).isEqualTo(19); // the 19 CSAF documents; ROLIE, aggregator, provider metadata skipped
        assertThat((long) load.advisories().size()).isEqualTo(vulnerabilities("oasis-csaf/csaf_2.0/examples/csaf")).isEqualTo(59);
    }

    @Test
    void readsAnIcsmaAdvisoryIntoCveVendorProductAndExactVersion_PM01() throws IOException {
        Advisory orthanc = read("cisa-csaf/icsma/2024/icsma-24-023-01.json").get(0);
        assertThat(orthanc.id()).isEqualTo("CVE-2023-7238");
        assertThat(orthanc.aliases()).isEmpty();
        assertThat(orthanc.provenance().document()).isEqualTo("ICSMA-24-023-01");
        assertThat(orthanc.cwes()).containsExactly("CWE-79");
        assertThat(orthanc.severities()).contains(new Severity("CVSS_V3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:L"));
        assertThat(orthanc.details()).contains("Orthanc version 24.1.2 or greater");
        assertThat(orthanc.affected()).singleElement().satisfies(p -> {
            assertThat(p.selector()).isEqualTo(new ByProductName("Orthanc", "Osimis WebViewer"));
            assertThat(p.ranges()).extracting(RangeText::of).containsExactly("exact 1.4.2.0-9d9eff4");
            assertThat(p.condition()).isNull();
        });
    }

    @Test
    void mixedProductEntriesGiveOneSelectorPerProductAndOneRangePerStatement() throws IOException {
        Map<String, Advisory> ge = byId(read("cisa-csaf/icsma/2020/icsma-20-023-01.json"));
        assertThat(ge).hasSize(6).containsKey("CVE-2020-6961");
        Map<String, AffectedPackage> products = ge.get("CVE-2020-6961").affected().stream()
                .collect(Collectors.toMap(p -> ((ByProductName) p.selector()).product(), Function.identity()));
        assertThat(products.keySet()).containsExactlyInAnyOrder("B450", "B850", "B650", "CARESCAPE Central Station (CSCS)",
                "ApexPro Telemetry Server", "CARESCAPE Telemetry Server", "Clinical Information Center (CIC)");
        assertThat(products.get("B850").ranges()).extracting(RangeText::of)
                .containsExactly("vers:generic/>=2|<3", "vers:generic/>=1|<2");
        assertThat(products.get("CARESCAPE Telemetry Server").ranges()).extracting(RangeText::of)
                .containsExactly("exact 4.3", "vers:generic/<=4.2");
        assertThat(products.get("Clinical Information Center (CIC)").ranges()).extracting(RangeText::of)
                .containsExactly("vers:generic/>=4|<6");
        assertThat(((ByProductName) products.get("B450").selector()).vendor()).isEqualTo("General Electric (GE)");
    }

    @Test
    void versionWordingThatCannotBeOrderedStaysForReview() throws IOException {
        Advisory alaris = read("cisa-csaf/icsma/2019/icsma-19-164-01.json").get(0);
        assertThat(alaris.id()).isEqualTo("CVE-2019-10962");
        AffectedPackage gs = alaris.affected().stream()
                .filter(p -> ((ByProductName) p.selector()).product().equals("Alaris Gateway Workstation Alaris GS"))
                .findFirst().orElseThrow();
        assertThat(gs.ranges()).extracting(RangeText::of).containsExactly("vers:generic/<=2.3.6");
        AffectedPackage workstation = alaris.affected().stream()
                .filter(p -> ((ByProductName) p.selector()).product().equals("Alaris Gateway Workstation"))
                .findFirst().orElseThrow();
        assertThat(workstation.ranges()).extracting(RangeText::of).containsExactly(
                "exact 1.0.13 | 1.1.5 | 1.1.6",
                "unevaluable: several words where one version is expected",
                "unevaluable: several words where one version is expected",
                "unevaluable: several words where one version is expected",
                "unevaluable: several words where one version is expected");
    }

    @Test
    void relationshipsKeepTheComponentAndNameThePlatformsAsTheCondition() throws IOException {
        Advisory mobotix = read("cisa-csaf/icsa_sample/2024/icsa-24-235-03.json").get(0);
        assertThat(mobotix.affected()).hasSize(2);
        AffectedPackage p3 = mobotix.affected().get(0);
        assertThat(p3.selector()).isEqualTo(new ByProductName("Mobotix", "P3 Firmware"));
        assertThat(p3.ranges()).hasSize(1).extracting(RangeText::of).first().asString()
                .startsWith("exact MX-V4.1.10.28 | ").contains("MX-V4.4.2.73.r2");
        assertThat(p3.fixed()).contains("MX-V4.7.2.18", "MX-V4.7.3.11-r6");
        assertThat(p3.condition()).startsWith("installed on Mobotix P3 ").contains(" more");
    }

    @Test
    void cpeHelpersBecomeCpeSelectorsAndFixedProductsFixedVersions() {
        String doc = """
                {"document":{"category":"csaf_security_advisory","csaf_version":"2.0","title":"T",
                  "publisher":{"category":"vendor","name":"V","namespace":"https://v.example"},
                  "tracking":{"id":"V-2024-1","initial_release_date":"2024-01-01T00:00:00Z","current_release_date":"2024-02-01T00:00:00Z",
                              "status":"final","version":"1","revision_history":[]}},
                 "product_tree":{"branches":[{"category":"vendor","name":"Acme","branches":[{"category":"product_name","name":"Pump OS",
                   "branches":[{"category":"product_version","name":"2.0","product":{"name":"Acme Pump OS 2.0","product_id":"P1",
                                  "product_identification_helper":{"cpe":"cpe:2.3:o:acme:pump_os:2.0:*:*:*:*:*:*:*"}}},
                               {"category":"product_version","name":"2.1","product":{"name":"Acme Pump OS 2.1","product_id":"P2",
                                  "product_identification_helper":{"cpe":"cpe:2.3:o:acme:pump_os:2.0:*:*:*:*:*:*:*"}}},
                               {"category":"product_version","name":"1.4","product":{"name":"Acme Pump OS 1.4","product_id":"P3"}}]}]}]},
                 "vulnerabilities":[
                   {"ids":[{"system_name":"Acme","text":"ACME-SA-7"}],"product_status":{"known_affected":["P1"],"first_affected":["P3"],"fixed":["P2"]},
                    "remediations":[{"category":"vendor_fix","details":"Update to 2.1","product_ids":["P1","P2"]}],
                    "threats":[{"category":"impact","details":"Loss of therapy"}]},
                   {"product_status":{"known_not_affected":["P1"]}}]}
                """;
        List<Advisory> read = readers.read(doc.getBytes(StandardCharsets.UTF_8), "doc.json");
        assertThat(read).extracting(Advisory::id).containsExactly("ACME-SA-7", "V-2024-1#2");
        Advisory first = read.get(0);
        assertThat(first.aliases()).isEmpty();
        assertThat(first.details()).contains("Impact: Loss of therapy").contains("Remediation (vendor_fix): Update to 2.1");
        assertThat(first.published()).isEqualTo(java.time.Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(first.affected()).hasSize(2);
        assertThat(first.affected().get(0).selector()).isEqualTo(new ByCpe(Cpe.parse("cpe:2.3:o:acme:pump_os:2.0:*:*:*:*:*:*:*")));
        assertThat(first.affected().get(0).ranges()).extracting(RangeText::of).containsExactly("exact 2.0");
        assertThat(first.affected().get(0).fixed()).containsExactly("2.1");
        assertThat(first.affected().get(1).selector()).isEqualTo(new ByProductName("Acme", "Pump OS"));
        assertThat(first.affected().get(1).ranges()).extracting(RangeText::of).containsExactly("vers:generic/>=1.4");
        assertThat(read.get(1).affected()).isEmpty(); // known_not_affected only
    }

    @Test
    void redHatFixedOnlyPackagesAreAffectedBeforeTheFix() throws IOException {
        Advisory rhsa = read("osv/osv-schema/tools/redhat/testdata/CSAF/rhsa-2024_4546.json").get(0);
        assertThat(rhsa.id()).isEqualTo("CVE-2023-45288");
        assertThat(rhsa.aliases()).containsExactly("2268273");
        assertThat(rhsa.provenance().document()).isEqualTo("RHSA-2024:4546");
        assertThat(rhsa.severities()).contains(new Severity("CSAF_AGGREGATE", "Important"));
        assertThat(rhsa.affected()).hasSize(3);
        AffectedPackage gitLfs = rhsa.affected().get(0);
        assertThat(gitLfs.selector()).isEqualTo(new ByPackage("rpm/redhat/git-lfs", null));
        assertThat(gitLfs.ranges()).extracting(RangeText::of).containsExactly("vers:rpm/<2.13.3-3.el8_6.1");
        assertThat(gitLfs.fixedVersions()).containsExactly("2.13.3-3.el8_6.1");
        assertThat(gitLfs.condition()).isEqualTo("as a component of Red Hat Enterprise Linux AppStream AUS (v.8.6); "
                + "as a component of Red Hat Enterprise Linux AppStream E4S (v.8.6); "
                + "as a component of Red Hat Enterprise Linux AppStream TUS (v.8.6)");
    }

    @Test
    void vexUnderInvestigationIsListedForReviewAndNotAffectedIsNot() throws IOException {
        Advisory ui = read("oasis-csaf/csaf_2.0/examples/csaf/csaf_vex/2022-evd-uc-01-ui-001.json").get(0);
        assertThat(ui.affected()).singleElement().satisfies(p -> assertThat(RangeText.of(p.ranges().get(0)))
                .isEqualTo("unevaluable: the vendor is still investigating (CSAF under_investigation)"));
        Advisory na = read("oasis-csaf/csaf_2.0/examples/csaf/csaf_vex/2022-evd-uc-01-na-001.json").get(0);
        assertThat(na.affected()).isEmpty();
        Advisory xyz = read("oasis-csaf/csaf_2.0/examples/csaf/csaf_vex/2022-evd-uc-05-001.json").get(0);
        assertThat(xyz.affected()).singleElement().satisfies(p -> {
            assertThat(p.selector()).isEqualTo(new ByProductName("Example Company", "XYZ"));
            assertThat(p.ranges()).extracting(RangeText::of)
                    .containsExactly("unevaluable: the vendor is still investigating (CSAF under_investigation)");
        });
        Advisory affected = read("oasis-csaf/csaf_2.0/examples/csaf/csaf_vex/2022-evd-uc-01-a-001.json").get(0);
        assertThat(affected.affected()).singleElement().satisfies(p -> {
            assertThat(p.selector()).isEqualTo(new ByProductName("Example Company", "DEF"));
            assertThat(p.ranges()).extracting(RangeText::of).containsExactly("exact 1.0");
        });
    }

    @Test
    void rejectsOtherCsafVersionsAndDocumentsWithoutTrackingId() {
        String v12 = """
                {"document":{"csaf_version":"1.2","tracking":{"id":"X"}},"vulnerabilities":[]}""";
        assertThatThrownBy(() -> readers.read(v12.getBytes(StandardCharsets.UTF_8), "old.json"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).oneLine())
                .isEqualTo("old.json: csaf_version \"1.2\" is not supported (expected 2.0 or 2.1)");
        String noId = """
                {"document":{"csaf_version":"2.0","tracking":{}},"vulnerabilities":[]}""";
        assertThatThrownBy(() -> readers.read(noId.getBytes(StandardCharsets.UTF_8), "x.json"))
                .hasMessage("CSAF document without /document/tracking/id");
    }
}
