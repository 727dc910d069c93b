package org.medvigil.core.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.medvigil.core.advisory.PackageSelector.ByPackage;
import org.medvigil.core.testdata.SharedData;
import org.medvigil.core.version.OsvEventRange;

/**
 * The OSV project's converters as a cross-check: the GitHub advisory (GHSA API form) and Red
 * Hat CSAF documents beside the OSV records converted from them. Where the formats overlap
 * (package, fixed versions, ids, withdrawal) our reading of both sides must agree; where the
 * converters approximate, the difference is asserted and documented in advisory-sources.md.
 */
class ConversionPairsTest {
    private static final String GHSA = "osv/osv-schema/tools/ghsa/testdata";
    private static final String REDHAT = "osv/osv-schema/tools/redhat/testdata";
    /** GitHub's ecosystem names in its API. */
    private static final Map<String, String> GHSA_ECOSYSTEMS = Map.of("MAVEN", "Maven", "NPM", "npm", "PIP", "PyPI",
            "RUBYGEMS", "RubyGems", "NUGET", "NuGet", "COMPOSER", "Packagist", "GO", "Go", "RUST", "crates.io");

    private final AdvisoryReaders readers = AdvisoryReaders.standard();
    private final ObjectMapper json = new ObjectMapper();
    private final OsvEcosystems ecosystems = OsvEcosystems.standard();

    /** PEP 503: PyPI compares names with runs of "-", "_" and "." folded to "-". */
    private static String pep503(String key) {
        return key.startsWith("pypi/") ? "pypi/" + key.substring(5).toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-") : key;
    }

    @Test
    void ghsaAndItsOsvConversionAgreeOnPackagesFixedVersionsIdsAndWithdrawal() throws IOException {
        List<Path> pairs;
        try (Stream<Path> s = Files.list(SharedData.path(GHSA))) {
            pairs = s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".osv.json")).sorted().toList();
        }
        assertThat(pairs).hasSize(11);
        List<String> differences = new ArrayList<>();
        for (Path ghsaFile : pairs) {
            String name = ghsaFile.getFileName().toString().replace(".json", "");
            JsonNode ghsa = json.readTree(ghsaFile.toFile());
            Advisory osv = readers.read(Files.readAllBytes(ghsaFile.resolveSibling(name + ".osv.json")), name).get(0);

            assertThat(osv.id()).as(name).isEqualTo(ghsa.path("ghsaId").asText());
            List<String> otherIds = new ArrayList<>();
            ghsa.path("identifiers").forEach(i -> otherIds.add(i.path("value").asText()));
            otherIds.remove(osv.id());
            assertThat(osv.aliases()).as(name).containsExactlyElementsOf(otherIds);
            assertThat(osv.withdrawn()).as(name).isEqualTo(ghsa.path("withdrawnAt").isNull() ? null
                    : Instant.parse(ghsa.path("withdrawnAt").asText()));

            Set<String> ghsaFixes = new TreeSet<>();
            Set<String> ghsaKeys = new TreeSet<>();
            for (JsonNode v : ghsa.path("vulnerabilities").path("nodes")) {
                String ecosystem = GHSA_ECOSYSTEMS.get(v.path("package").path("ecosystem").asText());
                String key = pep503(ecosystems.packageKey(ecosystem, v.path("package").path("name").asText(), null));
                ghsaKeys.add(key);
                if (!v.path("firstPatchedVersion").isNull()) {
                    ghsaFixes.add(key + " " + v.path("firstPatchedVersion").path("identifier").asText());
                }
                lowerBound(v.path("vulnerableVersionRange").asText()).ifPresent(lower -> {
                    boolean introduced = osv.affected().stream().flatMap(p -> p.ranges().stream())
                            .filter(r -> r instanceof OsvEventRange).flatMap(r -> ((OsvEventRange) r).events().stream())
                            .anyMatch(e -> e.kind() == OsvEventRange.Kind.INTRODUCED && e.version().equals(lower));
                    if (!introduced) {
                        differences.add(name + ": GHSA range \"" + v.path("vulnerableVersionRange").asText()
                                + "\" has no introduced=" + lower + " in the OSV record");
                    }
                });
            }
            Set<String> osvFixes = new TreeSet<>();
            Set<String> osvKeys = new TreeSet<>();
            for (AffectedPackage p : osv.affected()) {
                String key = pep503(((ByPackage) p.selector()).packageKey());
                osvKeys.add(key);
                p.fixedVersions().forEach(f -> osvFixes.add(key + " " + f));
            }
            assertThat(osvKeys).as(name).isEqualTo(ghsaKeys);
            assertThat(osvFixes).as(name).isEqualTo(ghsaFixes);
        }
        // The converter writes "> X" as the next version (it has no exclusive lower bound) and
        // "<= X" without a patch as introduced=0 alone, so only these lower bounds differ:
        assertThat(differences).containsExactly(
                "maven_greater_than: GHSA range \"> 11.6, < 11.10.13\" has no introduced=11.6 in the OSV record",
                "npm_greater_than: GHSA range \"> 2.1.0, < 3.0.0\" has no introduced=2.1.0 in the OSV record");
    }

    /** The ">= X" or "> X" bound of a GitHub vulnerable range. */
    private static java.util.Optional<String> lowerBound(String range) {
        for (String part : range.split(",")) {
            String p = part.strip();
            if (p.startsWith(">=")) {
                return java.util.Optional.of(p.substring(2).strip());
            }
            if (p.startsWith(">")) {
                return java.util.Optional.of(p.substring(1).strip());
            }
        }
        return java.util.Optional.empty();
    }

    @Test
    void redHatCsafAndItsOsvConversionNameTheSameFixedPackages() throws IOException {
        for (String n : List.of("2024_4546", "2024_6220")) {
            Advisory osv = readers.read(Files.readAllBytes(SharedData.path(REDHAT + "/OSV/RHSA-" + n + ".json")), n).get(0);
            List<Advisory> csaf = readers.read(Files.readAllBytes(SharedData.path(REDHAT + "/CSAF/rhsa-" + n + ".json")), n);

            // OSV keeps the CVE as "upstream"; the CSAF reader makes the CVE the id, with the RHSA as document.
            assertThat(csaf).extracting(Advisory::id).containsExactlyElementsOf(osv.upstream());
            assertThat(csaf).allSatisfy(a -> assertThat(a.provenance().document()).isEqualTo(osv.id()));

            Set<String> fromOsv = new TreeSet<>();
            osv.affected().forEach(p -> p.fixedVersions().forEach(v ->
                    fromOsv.add(((ByPackage) p.selector()).packageKey() + " " + v.replaceFirst("^0:", ""))));
            Set<String> fromCsaf = new TreeSet<>();
            csaf.forEach(a -> a.affected().forEach(p -> p.fixedVersions().forEach(v ->
                    fromCsaf.add(((ByPackage) p.selector()).packageKey() + " " + v))));
            // The converter leaves out module streams (purl type rpmmod), which are not RPM packages.
            fromCsaf.removeIf(k -> k.startsWith("rpmmod/"));
            assertThat(fromCsaf).as(n).isEqualTo(fromOsv).isNotEmpty();
        }
    }

    @Test
    void everyRedHatCsafDocumentReads() throws IOException {
        AdvisoryLoad load = readers.load(List.of(SharedData.path(REDHAT + "/CSAF")));
        assertThat(load.problems()).isEmpty();
        assertThat(load.filesRead()).isEqualTo(5);
        assertThat(load.advisories()).isNotEmpty().allSatisfy(a -> assertThat(a.id()).startsWith("CVE-"));
    }
}
