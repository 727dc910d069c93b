package org.medvigil.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DebianVersionSchemeTest {
    private final DebianVersionScheme deb = new DebianVersionScheme();

    @Test
    void ordersEveryOsvScalibrDebianComparison() {
        List<OrderingVectors.Case> cases = new ArrayList<>();
        cases.addAll(OrderingVectors.lines("version-comparison/osv-scalibr-semantic/debian-versions.txt"));
        cases.addAll(OrderingVectors.lines("version-comparison/osv-scalibr-semantic/debian-versions-generated.txt"));

        List<String> failures = OrderingVectors.failures(deb, cases, Set.of());

        assertThat(cases).hasSizeGreaterThan(10_000);
        assertThat(failures).as(OrderingVectors.describe(failures)).isEmpty();
    }

    @Test
    void ordersEveryUniversDebianComparison() {
        List<OrderingVectors.Case> cases =
                OrderingVectors.versTests("version-comparison/univers/deb_version_python_pkg_test.json");

        List<String> failures = OrderingVectors.failures(deb, cases, Set.of());

        assertThat(cases).isNotEmpty();
        assertThat(failures).as(OrderingVectors.describe(failures)).isEmpty();
    }

    @Test
    void tildeSortsBeforeEverythingEvenTheEnd() {
        assertThat(deb.compare("1.0~rc1", "1.0")).isNegative();
        assertThat(deb.compare("1.0~~", "1.0~")).isNegative();
        assertThat(deb.compare("1.0~", "1.0")).isNegative();
        assertThat(deb.compare("1.0~rc1~git1", "1.0~rc1")).isNegative();
    }

    @Test
    void lettersSortBeforeNonLetters() {
        assertThat(deb.compare("1.0a", "1.0+")).isNegative();
        assertThat(deb.compare("1.0z", "1.0.")).isNegative();
        assertThat(deb.compare("1.0", "1.0a")).isNegative();
        assertThat(deb.compare("1.0+b1", "1.0.1")).isNegative();
    }

    @Test
    void epochWinsOverEverythingElse() {
        assertThat(deb.compare("1:0.1", "9.9")).isPositive();
        assertThat(deb.compare("0:1.0", "1.0")).isZero();
        assertThat(deb.compare("2:1.0-1", "10:0.1")).isNegative();
    }

    @Test
    void missingRevisionEqualsRevisionZero() {
        assertThat(deb.compare("1.0", "1.0-0")).isZero();
        assertThat(deb.compare("1.0", "1.0-1")).isNegative();
        assertThat(deb.compare("1.0-1-2", "1.0-1-10")).isNegative();
    }

    @Test
    void comparesNumbersBeyondSixtyFourBits() {
        assertThat(deb.compare("1.99999999999999999999999", "1.100000000000000000000000")).isNegative();
        assertThat(deb.compare("1.000000000000000000000000000001", "1.1")).isZero();
        assertThat(deb.compare("18446744073709551616", "18446744073709551615")).isPositive();
    }

    @Test
    void surroundingBlanksAreIgnored() {
        assertThat(deb.compare("  1.0-1 ", "1.0-1")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "1.0 1", ":1.0", "a:1.0", "1:", "-1", "1.0-", "1:-1",
        "99999999999:1.0", "1.2.3-not-a-debian:version!@#$", "1.0_1", "1.0-1:2"})
    void rejectsWhatDpkgRejects(String bad) {
        assertThat(deb.isValid(bad)).isFalse();
        assertThatThrownBy(() -> deb.compare(bad, "1.0")).isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("Not a Debian version").hasMessageNotContaining("\n");
    }

    @Test
    void acceptsUpstreamNotStartingWithADigitAsDpkgDoes() {
        assertThat(deb.isValid("git20200101-1")).isTrue();
        assertThat(deb.compare("git20200101-1", "1.0")).isPositive();
    }

    @Test
    void isRegisteredForDebAndTheDpkgDistributions() {
        VersionSchemes schemes = VersionSchemes.standard();
        assertThat(schemes.byName("deb")).containsInstanceOf(DebianVersionScheme.class);
        assertThat(schemes.forOsvEcosystem("Debian:12")).containsInstanceOf(DebianVersionScheme.class);
        assertThat(schemes.forOsvEcosystem("Ubuntu:22.04:LTS")).containsInstanceOf(DebianVersionScheme.class);
    }
}
