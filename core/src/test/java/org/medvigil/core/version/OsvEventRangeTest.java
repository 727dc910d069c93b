package org.medvigil.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medvigil.core.version.OsvEventRange.Event;

class OsvEventRangeTest {
    private final VersionSchemes schemes = VersionSchemes.standard();

    /** Events written "introduced:0 fixed:1.0.2". */
    private static List<Event> events(String spec) {
        List<Event> out = new ArrayList<>();
        for (String e : spec.trim().split("\\s+")) {
            int colon = e.indexOf(':');
            out.add(Event.of(e.substring(0, colon), e.substring(colon + 1)));
        }
        return out;
    }

    private OsvEventRange range(String type, String scheme, String spec) {
        return new OsvEventRange(type, scheme == null ? null : schemes.byName(scheme).orElseThrow(), events(spec));
    }

    @ParameterizedTest
    @CsvSource({
        // the OSV schema's examples
        "SEMVER, , introduced:0, 0.0.1, INSIDE",
        "SEMVER, , introduced:0, 99.0.0, INSIDE",
        "SEMVER, , introduced:0 fixed:1.0.2, 1.0.1, INSIDE",
        "SEMVER, , introduced:0 fixed:1.0.2, 1.0.2-rc.1, INSIDE",
        "SEMVER, , introduced:0 fixed:1.0.2, 1.0.2, OUTSIDE",
        "SEMVER, , introduced:1.0.0 fixed:1.0.2 introduced:3.0.0 fixed:3.2.5, 0.9.0, OUTSIDE",
        "SEMVER, , introduced:1.0.0 fixed:1.0.2 introduced:3.0.0 fixed:3.2.5, 1.0.0, INSIDE",
        "SEMVER, , introduced:1.0.0 fixed:1.0.2 introduced:3.0.0 fixed:3.2.5, 2.0.0, OUTSIDE",
        "SEMVER, , introduced:1.0.0 fixed:1.0.2 introduced:3.0.0 fixed:3.2.5, 3.2.4, INSIDE",
        "SEMVER, , introduced:1.0.0 fixed:1.0.2 introduced:3.0.0 fixed:3.2.5, 3.2.5, OUTSIDE",
        "ECOSYSTEM, maven, introduced:0 last_affected:2.1.214, 2.1.214, INSIDE",
        "ECOSYSTEM, maven, introduced:0 last_affected:2.1.214, 2.1.215, OUTSIDE",
        // events out of order are sorted first
        "SEMVER, , fixed:3.2.5 introduced:3.0.0 fixed:1.0.2 introduced:1.0.0, 1.0.1, INSIDE",
        "SEMVER, , fixed:3.2.5 introduced:3.0.0 fixed:1.0.2 introduced:1.0.0, 2.0.0, OUTSIDE",
        "SEMVER, , fixed:3.2.5 introduced:3.0.0 fixed:1.0.2 introduced:1.0.0, 3.0.0, INSIDE",
        // limits: affected only below some limit; * is infinity
        "ECOSYSTEM, npm, introduced:1.0.0 limit:2.0.0, 1.5.0, INSIDE",
        "ECOSYSTEM, npm, introduced:1.0.0 limit:2.0.0, 2.0.0, OUTSIDE",
        "ECOSYSTEM, npm, introduced:1.0.0 limit:*, 9.0.0, INSIDE",
        "ECOSYSTEM, npm, introduced:1.0.0 limit:1.2.0 limit:2.0.0, 1.9.0, INSIDE",
        // SEMVER ranges ignore the ecosystem's order and tolerate a leading v
        "SEMVER, maven, introduced:0 fixed:1.0.0, 1.0.0-rc1, INSIDE",
        "SEMVER, golang, introduced:1.2.0 fixed:1.4.1, v1.3.0, INSIDE",
        "SEMVER, , introduced:0 fixed:0.0.0-20220315160706-3147a52a75dd, 0.0.0-20211202192323-5770296d904e, INSIDE",
        "ECOSYSTEM, golang, introduced:0 fixed:1.20.0, v1.19.0+incompatible, INSIDE",
        "ECOSYSTEM, maven, introduced:1.0 fixed:1.2.3.RELEASE, 1.2.3-rc1, INSIDE",
        "ECOSYSTEM, maven, introduced:1.0 fixed:1.2.3.RELEASE, 1.2.3, OUTSIDE",
        "ECOSYSTEM, nuget, introduced:0 fixed:4.7.2, 4.7.2-Preview1, INSIDE",
        // equal versions keep their given order
        "SEMVER, , introduced:1.0.0 fixed:1.0.0, 1.0.0, OUTSIDE",
        // what cannot be evaluated
        "GIT, , introduced:0 fixed:abc123, 1.0.0, UNKNOWN",
        "ECOSYSTEM, , introduced:0 fixed:1.0, 0.5, UNKNOWN",
        "ECOSYSTEM, npm, introduced:0 fixed:2.0.0, not-a-version, UNKNOWN",
        "ECOSYSTEM, npm, introduced:1.0 fixed:3.1.1, 2.0.0, UNKNOWN",
        "SEMVER, , fixed:1.0.0, 0.5.0, UNKNOWN",
        "WHATEVER, npm, introduced:0, 1.0.0, UNKNOWN"})
    void evaluatesAsTheOsvSchemaAlgorithm(String type, String scheme, String spec, String version, Containment expected) {
        assertThat(range(type, scheme, spec).contains(version)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "introduced:1.2.0 fixed:1.4.1 => >=1.2.0, <1.4.1",
        "fixed:1.4.1 introduced:1.2.0 => >=1.2.0, <1.4.1",
        "introduced:0 fixed:1.4.1 => <1.4.1",
        "introduced:0 => all versions",
        "introduced:1.0.0 fixed:1.0.2 introduced:3.0.0 => >=1.0.0, <1.0.2; >=3.0.0",
        "introduced:0 last_affected:2.3.0 => introduced 0, last_affected 2.3.0",
        "introduced:1.0.0 limit:2.0.0 => introduced 1.0.0, limit 2.0.0"})
    void describesRangesReadably(String spec, String expected) {
        assertThat(range("SEMVER", null, spec).describe()).isEqualTo(expected);
    }

    @Test
    void fixedVersionsAreTheFixedEvents() {
        assertThat(range("SEMVER", null, "introduced:0 fixed:1.0.2 introduced:3.0.0 fixed:3.2.5").fixedVersions())
                .containsExactly("1.0.2", "3.2.5");
    }

    @Test
    void unknownEventKeysAndEmptyVersionsAreRejected() {
        assertThatThrownBy(() -> Event.of("patched", "1.0")).isInstanceOf(InvalidVersionException.class)
                .hasMessageContaining("patched");
        assertThatThrownBy(() -> Event.of("fixed", "")).isInstanceOf(InvalidVersionException.class);
    }

    @Test
    void affectedEntriesBecomeRangesOfTheEcosystemsScheme() {
        var semver = new OsvAffectedRanges.Entry("SEMVER", events("introduced:0 fixed:1.0.2"));
        var eco = new OsvAffectedRanges.Entry("ECOSYSTEM", events("introduced:0 fixed:2.0"));
        var git = new OsvAffectedRanges.Entry("GIT", events("introduced:0 fixed:abc"));

        List<VersionRange> maven = OsvAffectedRanges.of("Maven", List.of(eco), List.of("2.5"), schemes);
        assertThat(maven).hasSize(2);
        assertThat(maven.get(0)).isInstanceOf(OsvEventRange.class);
        assertThat(maven.get(0).contains("1.9")).isEqualTo(Containment.INSIDE);
        assertThat(maven.get(1).contains("2.5.0")).isEqualTo(Containment.INSIDE);

        assertThat(OsvAffectedRanges.of("Go", List.of(semver), List.of(), schemes).get(0).contains("v1.0.1"))
                .isEqualTo(Containment.INSIDE);
        assertThat(OsvAffectedRanges.of("Unknown:1", List.of(eco), List.of(), schemes).get(0))
                .isInstanceOf(UnevaluableRange.class);
        assertThat(OsvAffectedRanges.of("npm", List.of(git), List.of(), schemes).get(0))
                .isInstanceOf(UnevaluableRange.class);
        assertThat(OsvAffectedRanges.of("npm", List.of(git), List.of("1.0.0"), schemes))
                .singleElement().isInstanceOf(ExactVersions.class);
        assertThat(OsvAffectedRanges.of("npm", List.of(), List.of(), schemes))
                .singleElement().isInstanceOf(AllVersions.class);
    }

    @Test
    void listedVersionsMatchBySchemeEqualityAndSkipUnreadableEntries() {
        var npm = schemes.byName("npm").orElseThrow();
        var listed = new ExactVersions(npm, java.util.Set.of("1.0", "1.0.0", "2.0.0-RC1"));
        assertThat(listed.contains("v1.0.0")).isEqualTo(Containment.INSIDE);
        assertThat(listed.contains("1.0")).isEqualTo(Containment.INSIDE);
        assertThat(listed.contains("2.0.0-rc1")).isEqualTo(Containment.OUTSIDE);
        assertThat(listed.contains("garbage")).isEqualTo(Containment.OUTSIDE);
        assertThat(new ExactVersions(schemes.byName("maven").orElseThrow(), java.util.Set.of("1.0")).contains("1.0.0.RELEASE"))
                .isEqualTo(Containment.INSIDE);
    }
}
