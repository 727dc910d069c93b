package org.medvigil.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.advisory.AffectedPackage;
import org.medvigil.core.advisory.PackageSelector;
import org.medvigil.core.advisory.Provenance;
import org.medvigil.core.purl.Cpe;
import org.medvigil.core.purl.Purl;
import org.medvigil.core.sbom.Component;
import org.medvigil.core.version.AllVersions;
import org.medvigil.core.version.ExactVersions;
import org.medvigil.core.version.UnevaluableRange;
import org.junit.jupiter.api.Test;

class MatcherTest {

    @Test
    void packageAdvisoryMatchesComponentWithAffectedVersionAndNamesTheFix() {
        Advisory ghsa = advisory("GHSA-aaaa", List.of("CVE-2024-0001"), "osv",
                byPackage("pkg:pypi/django", "PyPI", Set.of("4.2.0", "4.2.1"), List.of("4.2.2")));
        Matcher matcher = new Matcher(AdvisoryIndex.of(List.of(ghsa)));

        List<Finding> findings = matcher.match(component("pkg:pypi/Django@4.2.1"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.vulnerabilityId()).isEqualTo("GHSA-aaaa");
            assertThat(f.aliases()).containsExactly("CVE-2024-0001");
            assertThat(f.evidence().certain()).isTrue();
            assertThat(f.evidence().rule()).isEqualTo(MatchRule.PACKAGE);
            assertThat(f.evidence().fixedVersions()).containsExactly("4.2.2");
            assertThat(f.evidence().reason()).contains("GHSA-aaaa").contains("4.2.1");
        });
    }

    @Test
    void versionOutsideTheRangeGivesNoFinding() {
        Advisory ghsa = advisory("GHSA-aaaa", List.of(), "osv",
                byPackage("pkg:pypi/django", "PyPI", Set.of("4.2.0"), List.of("4.2.2")));
        assertThat(new Matcher(AdvisoryIndex.of(List.of(ghsa))).match(component("pkg:pypi/django@4.2.2"))).isEmpty();
    }

    @Test
    void recordsOfOneVulnerabilityUnderDifferentIdsGiveOneFinding() {
        Advisory ghsa = advisory("GHSA-aaaa", List.of("CVE-2024-0001"), "osv",
                byPackage("pkg:pypi/django", "PyPI", Set.of("4.2.1"), List.of("4.2.2")));
        Advisory pysec = advisory("PYSEC-2024-1", List.of("CVE-2024-0001"), "osv",
                byPackage("pkg:pypi/django", "PyPI", Set.of("4.2.1"), List.of("4.2.3")));
        Matcher matcher = new Matcher(AdvisoryIndex.of(List.of(ghsa, pysec)));

        List<Finding> findings = matcher.match(component("pkg:pypi/django@4.2.1"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.vulnerabilityId()).isEqualTo("GHSA-aaaa");
            assertThat(f.aliases()).containsExactly("CVE-2024-0001", "PYSEC-2024-1");
            assertThat(f.evidence().fixedVersions()).containsExactly("4.2.2", "4.2.3");
        });
    }

    @Test
    void withdrawnAdvisoriesNeverMatch() {
        Advisory withdrawn = new Advisory("GHSA-gone", List.of(), "s", null, null, null, Instant.parse("2024-01-01T00:00:00Z"),
                List.of(byPackage("pkg:pypi/django", "PyPI", Set.of("4.2.1"), List.of())), List.of(), List.of(), List.of(),
                new Provenance("osv", "GHSA-gone", "x.json"));
        AdvisoryIndex index = AdvisoryIndex.of(List.of(withdrawn));
        assertThat(new Matcher(index).match(component("pkg:pypi/django@4.2.1"))).isEmpty();
        assertThat(index.withdrawnCount()).isEqualTo(1);
    }

    @Test
    void distributionAdvisoryForAnotherReleaseDoesNotApply() {
        Advisory deb = advisory("DSA-1", List.of(), "osv",
                byPackage("pkg:deb/debian/openssl", "Debian:12", Set.of("3.0.11-1"), List.of()));
        Matcher matcher = new Matcher(AdvisoryIndex.of(List.of(deb)));
        assertThat(matcher.match(component("pkg:deb/debian/openssl@3.0.11-1?distro=debian-11"))).isEmpty();
        assertThat(matcher.match(component("pkg:deb/debian/openssl@3.0.11-1?distro=debian-12"))).hasSize(1);
        assertThat(matcher.match(component("pkg:deb/debian/openssl@3.0.11-1"))).hasSize(1);
    }

    @Test
    void binaryDistributionPackageMatchesAdvisoriesOfItsSourcePackage() {
        Advisory deb = advisory("DSA-2", List.of(), "osv",
                byPackage("pkg:deb/debian/openssl", "Debian", Set.of("3.0.11-1"), List.of()));
        Matcher matcher = new Matcher(AdvisoryIndex.of(List.of(deb)));
        assertThat(matcher.match(component("pkg:deb/debian/libssl3@3.0.11-1?upstream=openssl")))
                .singleElement().satisfies(f -> assertThat(f.vulnerabilityId()).isEqualTo("DSA-2"));
    }

    @Test
    void deviceNamedByVendorAndProductMatchesAnAdvisoryThatNamesOnlyThose() {
        Advisory icsma = advisory("CVE-2020-12040", List.of(), "csaf",
                new AffectedPackage(new PackageSelector.ByProductName("Baxter", "Sigma Spectrum Infusion System"),
                        List.of(new ExactVersions(null, Set.of("8.00.01"))), List.of()));
        Matcher matcher = new Matcher(AdvisoryIndex.of(List.of(icsma)));

        Component pump = device("Baxter International Inc.", "Sigma Spectrum Infusion System", "8.00.01");
        Component similar = device("Baxter", "Sigma Spectrum", "8.00.01");
        Component otherVendor = device("Medtronic", "Sigma Spectrum Infusion System", "8.00.01");

        assertThat(matcher.match(pump)).singleElement().satisfies(f -> {
            assertThat(f.evidence().certain()).isTrue();
            assertThat(f.evidence().rule()).isEqualTo(MatchRule.PRODUCT_NAME);
        });
        assertThat(matcher.match(similar)).singleElement()
                .satisfies(f -> assertThat(f.evidence().certain()).isFalse());
        assertThat(matcher.match(otherVendor)).isEmpty();
    }

    @Test
    void versionStatementThatCannotBeEvaluatedGivesAnUncertainFindingNeverNone() {
        Advisory icsma = advisory("CVE-2018-0001", List.of(), "csaf",
                new AffectedPackage(new PackageSelector.ByProductName("Acme Medical", "Infusion Pump"),
                        List.of(new UnevaluableRange("distributed < april 1, 2018", "a date, not a version")), List.of()));
        List<Finding> findings = new Matcher(AdvisoryIndex.of(List.of(icsma)))
                .match(device("Acme Medical", "Infusion Pump", "5.1"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence().certain()).isFalse();
            assertThat(f.evidence().reason()).contains("needs review");
        });
    }

    @Test
    void cpeCriteriaMatchComponentCpe() {
        Advisory nvd = advisory("CVE-2014-0160", List.of(), "nvd",
                new AffectedPackage(new PackageSelector.ByCpe(Cpe.parse("cpe:2.3:a:openssl:openssl:*:*:*:*:*:*:*:*")),
                        List.of(new ExactVersions(null, Set.of("1.0.1f"))), List.of()));
        Component c = new Component("c1", "library", null, null, null, "openssl", "1.0.1f", null,
                List.of(Cpe.parse("cpe:2.3:a:openssl:openssl:1.0.1f:*:*:*:*:*:*:*")), Map.of(), List.of(), null, null, Map.of());
        assertThat(new Matcher(AdvisoryIndex.of(List.of(nvd))).match(c)).singleElement().satisfies(f -> {
            assertThat(f.evidence().rule()).isEqualTo(MatchRule.CPE);
            assertThat(f.evidence().certain()).isTrue();
        });
    }

    @Test
    void everyVersionAffectedWhenAdvisoryStatesNoRange() {
        Advisory a = advisory("GO-1", List.of(), "osv",
                new AffectedPackage(new PackageSelector.ByPackage("golang/example.com/mod", "Go"),
                        List.of(new AllVersions(null)), List.of()));
        assertThat(new Matcher(AdvisoryIndex.of(List.of(a))).match(component("pkg:golang/example.com/mod@v1.2.3"))).hasSize(1);
    }

    static Advisory advisory(String id, List<String> aliases, String source, AffectedPackage affected) {
        return new Advisory(id, aliases, "summary of " + id, null, null, null, null, List.of(affected),
                List.of(), List.of(), List.of(), new Provenance(source, id, id + ".json"));
    }

    static AffectedPackage byPackage(String purl, String ecosystem, Set<String> versions, List<String> fixed) {
        return new AffectedPackage(new PackageSelector.ByPackage(Purl.parse(purl).packageKey(), ecosystem),
                List.of(new ExactVersions(null, versions)), fixed);
    }

    static Component component(String purl) {
        Purl p = Purl.parse(purl);
        return new Component(purl, "library", null, null, p.namespace(), p.name(), p.version(), p, List.of(),
                Map.of(), List.of(), null, null, Map.of());
    }

    static Component device(String manufacturer, String name, String version) {
        return new Component(name, "device", null, manufacturer, null, name, version, null, List.of(), Map.of(),
                List.of(), null, null, Map.of());
    }
}
