package org.medvigil.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersTest {
    private final VersionSchemes schemes = VersionSchemes.standard();

    private Vers parse(String s) {
        return Vers.parse(s, schemes);
    }

    @Test
    void canonicalVersRoundTripsAndBindsItsScheme() {
        Vers v = parse("vers:npm/>=1.0.0|<2.0.0");
        assertThat(v.scheme()).isEqualTo("npm");
        assertThat(v.versionScheme().name()).isEqualTo("npm");
        assertThat(v.constraints()).containsExactly(
                new Vers.Constraint(Vers.Comparator.GE, "1.0.0"), new Vers.Constraint(Vers.Comparator.LT, "2.0.0"));
        assertThat(v).hasToString("vers:npm/>=1.0.0|<2.0.0");
        assertThat(v.describe()).isEqualTo("vers:npm/>=1.0.0|<2.0.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "vers:npm/>=1.0.0| <2.0.0", "vers:npm/>=1.0.0|<2.0.0\n", "vers:npm/=1.0.0", "vers:npm/>=2.0.0|<1.0.0",
        "vers:npm/1.0.0|>=1.0.0", "vers:npm/*|>=1.0.0", "vers:npm/", "vers:NPM/1.0.0", "VERS:npm/1.0.0",
        "vers:npm/|1.0.0", "vers:npm/1.0.0|", "vers:npm/1.0.0||2.0.0", "vers:invalid/1", "vers:npm/1.0%",
        "vers:npm/1.0%2G0", "vers:npm/1.0%2f0", "vers:npm/>=1.0.0>2", "vers:npm/>=", "npm/1.0.0", "vers:npm",
        "vers:1npm/1.0.0", "vers:np_m/1.0.0", "vers:npm/1.0.0|1.0.0", "vers:foo/1|1", "vers:maven/1.0|1",
        "vers:npm/1.0.0é"})
    void strictParsingRejectsWhatTheSpecificationForbids(String vers) {
        assertThatThrownBy(() -> parse(vers)).isInstanceOf(InvalidVersionException.class)
                .satisfies(e -> assertThat(((InvalidVersionException) e).oneLine()).doesNotContain("\n"));
    }

    @Test
    void overlongVersIsRejectedBeforeItIsRead() {
        String huge = "vers:npm/" + "1".repeat(VersParser.MAX_LENGTH);
        assertThatThrownBy(() -> parse(huge)).isInstanceOf(InvalidVersionException.class).hasMessageContaining("longer");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "vers:semver/=1.3.4; vers:semver/1.3.4",
        "VERS:NPM/ <2.0.0 | >=1.0.0 ; vers:npm/>=1.0.0|<2.0.0",
        "vers:npm/>=1.0.0|>=1.0.0|<2.0.0|; vers:npm/>=1.0.0|<2.0.0",
        "vers:maven/2.0|1.0|<0.5; vers:maven/<0.5|1.0|2.0",
        "vers:foo/1%7c2; vers:foo/1%7C2",
        "vers:lexicographic/1 2; vers:lexicographic/1%202"})
    void lenientParsingNormalisesToTheCanonicalForm(String input, String canonical) {
        assertThat(Vers.parseLenient(input, schemes)).hasToString(canonical);
    }

    @Test
    void lenientParsingStillRejectsAVersionGivenTwiceWithDifferentComparators() {
        assertThatThrownBy(() -> Vers.parseLenient("vers:npm/>=1.0.0|<=1.0.0", schemes))
                .isInstanceOf(InvalidVersionException.class).hasMessageContaining("twice");
    }

    @Test
    void percentEncodingIsDecodedOnceAndReEncodedCanonically() {
        Vers v = parse("vers:npm/1.0%252F0");
        assertThat(v.constraints().get(0).version()).isEqualTo("1.0%2F0");
        assertThat(v).hasToString("vers:npm/1.0%252F0");
        assertThat(parse("vers:foo/a%20b%7C%C3%A9").constraints().get(0).version()).isEqualTo("a b|é");
        assertThat(parse("vers:foo/a%20b%7C%C3%A9")).hasToString("vers:foo/a%20b%7C%C3%A9");
    }

    @Test
    void unknownTypeIsKeptUnboundAndNeverEvaluated() {
        Vers v = parse("vers:nosuchscheme/>=1.0|<2.0");
        assertThat(v.versionScheme()).isNull();
        assertThat(v.contains("1.5")).isEqualTo(Containment.UNKNOWN);
        assertThat(parse("vers:test/*").contains("anything")).isEqualTo(Containment.INSIDE);
    }

    @ParameterizedTest
    @CsvSource({
        "vers:maven/>=1.0|<2.0, 1.5, INSIDE",
        "vers:maven/>=1.0|<2.0, 1.0, INSIDE",
        "vers:maven/>=1.0|<2.0, 1.0.0, INSIDE",
        "vers:maven/>=1.0|<2.0, 2.0, OUTSIDE",
        "vers:maven/>=1.0|<2.0, 2.0-rc1, INSIDE",
        "vers:maven/>=1.0|<2.0, 0.9, OUTSIDE",
        "vers:npm/<1.0.0|>=2.0.0|!=2.1.0, 0.5.0, INSIDE",
        "vers:npm/<1.0.0|>=2.0.0|!=2.1.0, 1.5.0, OUTSIDE",
        "vers:npm/<1.0.0|>=2.0.0|!=2.1.0, 2.1.0, OUTSIDE",
        "vers:npm/<1.0.0|>=2.0.0|!=2.1.0, 3.0.0, INSIDE",
        "vers:npm/1.0.0|2.0.0, 1.0.0, INSIDE",
        "vers:npm/1.0.0|2.0.0, 1.5.0, OUTSIDE",
        "vers:npm/<=1.0.0, 1.0.0, INSIDE",
        "vers:npm/<=1.0.0, 1.0.1, OUTSIDE",
        "vers:npm/>1.0.0, 1.0.0, OUTSIDE",
        "vers:npm/>1.0.0, 1.0.1, INSIDE",
        "vers:npm/!=1.0.0, 1.0.0, OUTSIDE",
        "vers:npm/!=1.0.0, 1.0.1, OUTSIDE",
        "vers:npm/>=1.0.0|<1.2.0|>=2.0.0|<2.0.5, 1.9.0, OUTSIDE",
        "vers:npm/>=1.0.0|<1.2.0|>=2.0.0|<2.0.5, 2.0.4, INSIDE",
        "vers:npm/>=1.0.0|<1.2.0|>=2.0.0|<2.0.5, 2.0.5, OUTSIDE",
        "vers:npm/>=1.0.0|<2.0.0, not-a-version, UNKNOWN",
        "vers:npm/*, not-a-version, INSIDE",
        "vers:golang/>=1.2.0|<1.4.1, v1.3.0+incompatible, INSIDE",
        "vers:semver/>=1.0.0|<1.0.1, 999999999999999999999999999991, OUTSIDE"})
    void containmentFollowsTheSpecificationAlgorithm(String vers, String version, Containment expected) {
        assertThat(parse(vers).contains(version)).isEqualTo(expected);
    }

    @Test
    void fixedVersionsAreTheStrictUpperBounds() {
        assertThat(parse("vers:npm/>=1.0.0|<1.2.3|>=2.0.0|<2.0.5").fixedVersions()).containsExactly("1.2.3", "2.0.5");
        assertThat(parse("vers:npm/<=1.2.3").fixedVersions()).isEmpty();
        assertThat(parse("vers:npm/*").fixedVersions()).isEmpty();
    }

    @Test
    void ofSortsConstraintsForReadersThatTranslateNativeRanges() {
        Vers v = Vers.of("gem", List.of(new Vers.Constraint(Vers.Comparator.LT, "2.1"),
                new Vers.Constraint(Vers.Comparator.GE, "2.0.8")), schemes);
        assertThat(v).hasToString("vers:gem/>=2.0.8|<2.1");
    }
}
