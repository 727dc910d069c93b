package org.medvigil.core.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.medvigil.core.advisory.PackageSelector.ByPackage;
import org.medvigil.core.purl.Purl;
import org.medvigil.core.testdata.SharedData;
import org.medvigil.core.version.ExactVersions;
import org.medvigil.core.version.OsvEventRange;
import org.medvigil.core.version.VersionRange;

class OsvReaderTest {
    private final AdvisoryReaders readers = AdvisoryReaders.standard();

    private static long records(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml")).count();
        }
    }

    private Map<String, Advisory> load(String folder, int expectedRecords) throws IOException {
        Path dir = SharedData.path(folder);
        AdvisoryLoad load = readers.load(List.of(dir));
        assertThat(load.problems()).as("problems (first 20): %s", load.problems().stream().limit(20)
                .map(LoadProblem::oneLine).toList()).isEmpty();
        assertThat(records(dir)).isEqualTo(expectedRecords);
        assertThat(load.advisories()).hasSize(expectedRecords);
        assertThat(load.filesRead()).isEqualTo(expectedRecords);
        return load.advisories().stream().collect(Collectors.toMap(Advisory::id, Function.identity(), (a, b) -> a));
    }

    private static List<String> rangeTexts(AffectedPackage p) {
        return p.ranges().stream().map(RangeText::of).toList();
    }

    @Test
    void loadsEveryGoVulndbRecordWithoutProblems() throws IOException {
        Map<String, Advisory> go = load("osv/golang-vulndb", 4291);
        assertThat(go.values().stream().filter(Advisory::isWithdrawn)).hasSize(17);

        Advisory gin = go.get("GO-2020-0001");
        assertThat(gin.aliases()).containsExactly("CVE-2020-36567", "GHSA-6vm3-jj99-7229");
        assertThat(gin.summary()).isEqualTo("Arbitrary log line injection in github.com/gin-gonic/gin");
        assertThat(gin.published()).isEqualTo(Instant.parse("2021-04-14T20:04:52Z"));
        assertThat(gin.provenance()).isEqualTo(new Provenance("osv", "GO-2020-0001",
                SharedData.path("osv/golang-vulndb/data/osv/GO-2020-0001.json").toString()));
        assertThat(gin.affected()).hasSize(1);
        AffectedPackage p = gin.affected().get(0);
        assertThat(p.selector()).isEqualTo(new ByPackage("golang/github.com/gin-gonic/gin", "Go"));
        assertThat(rangeTexts(p)).containsExactly("SEMVER introduced=0,fixed=1.6.0");
        assertThat(p.fixedVersions()).containsExactly("1.6.0");
        assertThat(gin.references()).containsExactly("https://github.com/gin-gonic/gin/pull/2237",
                "https://github.com/gin-gonic/gin/commit/a71af9c144f9579f6dbe945341c1df37aaf09c0d");

        Advisory withdrawn = go.get("GO-2024-2730");
        assertThat(withdrawn.withdrawn()).isEqualTo(Instant.parse("2024-04-17T18:06:23Z"));
    }

    @Test
    void loadsEveryPypaYamlRecordWithoutProblems() throws IOException {
        Map<String, Advisory> pypa = load("osv/pypa-advisory-database", 2661);
        assertThat(pypa.values().stream().filter(Advisory::isWithdrawn)).hasSize(10);

        Advisory urllib3 = pypa.get("PYSEC-2023-192");
        assertThat(urllib3.aliases()).containsExactly("CVE-2023-43804", "GHSA-v845-jxx5-vc9f");
        assertThat(urllib3.severities()).containsExactly(new Severity("CVSS_V3",
                "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:N"));
        AffectedPackage p = urllib3.affected().get(0);
        assertThat(p.selector()).isEqualTo(new ByPackage("pypi/urllib3", "PyPI"));
        // The GIT range is skipped: commits are not versions. The ECOSYSTEM range and the list remain.
        assertThat(p.ranges()).hasSize(2);
        assertThat(RangeText.of(p.ranges().get(0))).isEqualTo("ECOSYSTEM introduced=2.0.0,fixed=2.0.6,introduced=0,fixed=1.26.17");
        ExactVersions listed = (ExactVersions) p.ranges().get(1);
        assertThat(listed.versions()).hasSize(85).contains("1.10", "1.26.16").doesNotContain("1.26.17", "2.0.6");
        assertThat(p.fixedVersions()).containsExactly("2.0.6", "1.26.17");
    }

    @Test
    void anEntryWithNeitherRangesNorVersionsAffectsNoVersionAsTheSchemaSays() throws IOException {
        Advisory loguru = readers.read(Files.readAllBytes(
                SharedData.path("osv/pypa-advisory-database/vulns/loguru/PYSEC-2022-15.yaml")), "loguru").get(0);
        assertThat(loguru.isWithdrawn()).isTrue();
        assertThat(loguru.affected()).singleElement().satisfies(p -> {
            assertThat(p.selector()).isEqualTo(new ByPackage("pypi/loguru", "PyPI"));
            assertThat(p.ranges()).isEmpty();
        });
    }

    @Test
    void loadsTheGhsaSampleWithPackageKeysEventsSeveritiesAndCwes() throws IOException {
        Map<String, Advisory> ghsa = load("osv/ghsa-selected", 142);

        Advisory log4shell = ghsa.get("GHSA-jfh8-c2jp-5v3q");
        assertThat(log4shell.aliases()).containsExactly("CVE-2021-44228");
        assertThat(log4shell.cwes()).containsExactly("CWE-20", "CWE-400", "CWE-502", "CWE-917");
        assertThat(log4shell.severities()).containsExactly(
                new Severity("CVSS_V3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"), new Severity("GHSA", "CRITICAL"));
        assertThat(log4shell.affected()).hasSize(3).allSatisfy(p -> assertThat(p.selector())
                .isEqualTo(new ByPackage("maven/org.apache.logging.log4j/log4j-core", "Maven")));
        assertThat(log4shell.affected().stream().flatMap(p -> p.fixedVersions().stream()))
                .containsExactly("2.15.0", "2.3.1", "2.12.2");

        Advisory babel = ghsa.get("GHSA-67hx-6x53-jw92");
        assertThat(babel.affected()).extracting(AffectedPackage::selector).containsExactly(
                new ByPackage(Purl.of("npm", "@babel", "traverse", null, null, null).packageKey(), "npm"),
                new ByPackage(Purl.of("npm", "@babel", "traverse", null, null, null).packageKey(), "npm"),
                new ByPackage("npm/babel-traverse", "npm"));
        assertThat(rangeTexts(babel.affected().get(1))).containsExactly("ECOSYSTEM introduced=8.0.0-alpha.0,fixed=8.0.0-alpha.4");

        // GitHub wrote "fixed": "" for "no patched version": the empty event names no version and is dropped.
        Advisory hutool = ghsa.get("GHSA-3vqj-43w4-2q58");
        assertThat(rangeTexts(hutool.affected().get(0))).containsExactly("ECOSYSTEM introduced=0");
    }

    @Test
    void loadsTheLinterRecordsIncludingTheDeliberatelyBrokenOnes() throws IOException {
        // The nointroduced-, nondistinct- and nopackage- variants repeat ids of the real records.
        Map<String, Advisory> linter = load("osv/osv-schema/tools/osv-linter/testdata", 12);
        assertThat(linter).hasSize(9).containsKeys("RHSA-2022:0216", "SUSE-FU-2022:0444-1", "MAL-2024-10238", "CVE-2018-5407");
    }

    @Test
    void keepsUpstreamIdsApartFromAliases() throws IOException {
        Advisory rhsa = readers.read(Files.readAllBytes(
                SharedData.path("osv/osv-schema/tools/redhat/testdata/OSV/RHSA-2024_6220.json")), "rhsa").get(0);
        assertThat(rhsa.id()).isEqualTo("RHSA-2024:6220");
        assertThat(rhsa.aliases()).isEmpty();
        assertThat(rhsa.upstream()).containsExactly("CVE-2024-6345");
        assertThat(rhsa.affected()).allSatisfy(p -> assertThat(((ByPackage) p.selector()).ecosystem())
                .startsWith("Red Hat:"));
        assertThat(rhsa.affected().get(0).selector()).isEqualTo(new ByPackage("rpm/redhat/PyYAML",
                "Red Hat:rhel_aus:8.6::appstream"));
    }

    @Test
    void readsAYamlRecordWithUnquotedVersionsAsWritten() {
        String yaml = """
                id: TEST-2024-1
                modified: 2024-01-01T00:00:00Z
                affected:
                - package:
                    ecosystem: PyPI
                    name: Example_Package
                  ranges:
                  - type: ECOSYSTEM
                    events:
                    - introduced: 1.10
                    - last_affected: 2.0
                  versions:
                  - 1.10
                  - 1.20
                database_specific:
                  cwe_ids: [CWE-79]
                """;
        Advisory a = readers.read(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml").get(0);
        AffectedPackage p = a.affected().get(0);
        assertThat(p.selector()).isEqualTo(new ByPackage(Purl.of("pypi", null, "Example_Package", null, null, null)
                .packageKey(), "PyPI"));
        assertThat(rangeTexts(p)).containsExactly("ECOSYSTEM introduced=1.10,last_affected=2.0", "exact 1.10 | 1.20");
        assertThat(a.cwes()).containsExactly("CWE-79");
        assertThat(a.modified()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void anUnknownRangeTypeCannotBeEvaluatedButIsKept() {
        String json = """
                {"id":"X-1","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"npm","name":"x"},
                 "ranges":[{"type":"GIT","repo":"r","events":[{"introduced":"0"}]},{"type":"CALVER","events":[{"introduced":"2020.1"}]}]}]}
                """;
        List<VersionRange> ranges = readers.read(json.getBytes(StandardCharsets.UTF_8), "x.json").get(0).affected().get(0).ranges();
        assertThat(ranges).singleElement().satisfies(r -> assertThat(RangeText.of(r)).startsWith("unevaluable: OSV range type CALVER"));
    }

    @Test
    void semverRangesAndEcosystemRangesAreTypedApart() {
        String json = """
                {"id":"X-2","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"Go","name":"golang.org/x/net"},
                 "ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"0.17.0"}]}]}]}
                """;
        AffectedPackage p = readers.read(json.getBytes(StandardCharsets.UTF_8), "x.json").get(0).affected().get(0);
        assertThat(p.selector()).isEqualTo(new ByPackage("golang/golang.org/x/net", "Go"));
        assertThat(((OsvEventRange) p.ranges().get(0)).type()).isEqualTo("SEMVER");
    }
}
