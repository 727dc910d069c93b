package org.medvigil.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RpmVersionSchemeTest {
    private final RpmVersionScheme rpm = new RpmVersionScheme();

    @Test
    void ordersEveryOsvScalibrRedHatComparison() {
        List<OrderingVectors.Case> cases = OrderingVectors.lines("version-comparison/osv-scalibr-semantic/redhat-versions.txt");

        List<String> failures = OrderingVectors.failures(rpm, cases, Set.of());

        assertThat(cases).hasSizeGreaterThan(100);
        assertThat(failures).as(OrderingVectors.describe(failures)).isEmpty();
    }

    @Test
    void ordersEveryUniversRpmvercmpCaseIncludingTheInactiveOnes() {
        List<OrderingVectors.Case> cases = OrderingVectors.rpmvercmp("version-comparison/univers/rpmvercmp.json");

        List<String> failures = OrderingVectors.failures(rpm, cases, Set.of());

        assertThat(cases).anyMatch(c -> c.where().contains("inactive"));
        assertThat(failures).as(OrderingVectors.describe(failures)).isEmpty();
    }

    @Test
    void missingReleaseSortsBeforeAnyReleaseUnlikeVersatileCore() {
        assertThat(rpm.compare("1", "1-0")).isNegative();
        assertThat(rpm.compare("1", "1-")).isNegative();
        assertThat(rpm.compare("1-", "1-")).isZero();
        assertThat(rpm.compare("+2-", "+1-")).isPositive();
    }

    @Test
    void tildeSortsBeforeAndCaretAfterTheBaseVersion() {
        assertThat(rpm.compare("1.0~rc1", "1.0")).isNegative();
        assertThat(rpm.compare("1.0^git1", "1.0")).isPositive();
        assertThat(rpm.compare("1.0^git1", "1.0.1")).isNegative();
        assertThat(rpm.compare("1.0~rc1^git1", "1.0~rc1")).isPositive();
    }

    @Test
    void epochIsNumericAndDefaultsToZero() {
        assertThat(rpm.compare("0:1.0-1", "1.0-1")).isZero();
        assertThat(rpm.compare(":1.0-1", "1.0-1")).isZero();
        assertThat(rpm.compare("1:1.0", "2.0")).isPositive();
        assertThat(rpm.compare("10:1", "9:2")).isPositive();
    }

    @Test
    void releaseStartsAtTheLastHyphen() {
        assertThat(rpm.compare("1.0-2-3", "1.0-2-10")).isNegative();
        assertThat(rpm.compare("1.0-2-3", "1.0-2")).isPositive();
    }

    @Test
    void comparesNumbersBeyondSixtyFourBits() {
        assertThat(rpm.compare("1.99999999999999999999999", "1.100000000000000000000000")).isNegative();
        assertThat(rpm.compare("1.0000000000000000000000000000001", "1.1")).isZero();
        assertThat(rpm.compare("99999999999999999999999:1", "2:1")).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1.0 1", "1.0\t", "1\u0000"})
    void rejectsBlankAndWhitespace(String bad) {
        assertThat(rpm.isValid(bad)).isFalse();
        assertThatThrownBy(() -> rpm.compare("1.0", bad)).isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("Not an RPM version").hasMessageNotContaining("\n");
    }

    @Test
    void isRegisteredForRpmAndTheRpmDistributions() {
        VersionSchemes schemes = VersionSchemes.standard();
        assertThat(schemes.byName("rpm")).containsInstanceOf(RpmVersionScheme.class);
        for (String ecosystem : List.of("Red Hat:rhel_aus:8.4::appstream", "Rocky Linux:9", "AlmaLinux:8", "openSUSE:Tumbleweed",
                "SUSE:Linux Enterprise Server 15 SP5")) {
            assertThat(schemes.forOsvEcosystem(ecosystem)).as(ecosystem).containsInstanceOf(RpmVersionScheme.class);
        }
    }
}
