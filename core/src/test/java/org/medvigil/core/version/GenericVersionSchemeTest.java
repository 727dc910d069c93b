package org.medvigil.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GenericVersionSchemeTest {
    private final GenericVersionScheme generic = new GenericVersionScheme();

    @ParameterizedTest
    @CsvSource({
        "2.3.6, 2.3.10", "v1.9, v1.10", "1.10, v1.11", "1.4.2.0, 1.4.2.0-9d9eff4", "1.4.2.0-9d9eff4, 1.4.2.1",
        "R2.1, R2.2", "R2.1, R10", "10.0.3, 10.0.3 SP1", "10.0.3 SP1, 10.0.3 SP2", "10.0.3 SP2, 10.0.4",
        "1.0-rc1, 1.0", "1.0rc1, 1.0rc2", "1.0-alpha, 1.0-beta", "1.0-beta2, 1.0-rc1", "1.0.dev1, 1.0-alpha1",
        "1.0b2, 1.0", "1.0, 1.0a", "2.3, 2.3a", "2.3a, 2.3b", "1.0-SNAPSHOT, 1.0", "1.0-milestone1, 1.0-pre1",
        "1.0-preview, 1.0-RC1", "1.0 SP2, 1.0.1", "9, 10", "2019-05-12, 2019-06-01",
        "1.99999999999999999999999, 1.100000000000000000000000", "V5.2 Build 1020, V5.2 Build 1100"})
    void ordersFirmwareStyleVersions(String older, String newer) {
        assertThat(generic.compare(older, newer)).as(older + " < " + newer).isNegative();
        assertThat(generic.compare(newer, older)).as(newer + " > " + older).isPositive();
    }

    @ParameterizedTest
    @CsvSource({
        "1.0, 1.0.0", "1, 1.0.0.0", "v1.10, 1.10", "V2.0, 2.0", "1.0-final, 1.0", "1.0.GA, 1", "1-2, 1.2",
        "1_2, 1.2", "1.0-rc1, 1-rc1", "1.0-RC1, 1.0rc1", "10.0.3 SP2, 10.0.3-sp2", "Release 2.1, 2.1",
        "1.01, 1.1", "1.0-rc0, 1.0-rc"})
    void treatsSpellingVariantsAsEqual(String a, String b) {
        assertThat(generic.compare(a, b)).as(a + " = " + b).isZero();
    }

    @Test
    void isAConsistentTotalOrder() {
        List<String> versions = new ArrayList<>(List.of("1", "1.0", "1.0.0", "1.0.1", "1.0-rc1", "1.0rc1", "1.0a", "1.0a1",
                "1.0-alpha", "1.0b", "1.0 SP1", "1.0-final", "v1", "R1", "r1.0", "1.0.0.0-0", "0", "0.0", "a", "b",
                "1.0-dev", "1.0-x", "1.0.x", "1.0..1", "1..0", "2", "10", "1.0-sp", "x1", "1x", "1.0-rc", "1-0-1"));
        Random random = new Random(20250101);
        String alphabet = "0129.-_ avrcbSPxf";
        for (int i = 0; i < 150; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = 1 + random.nextInt(7); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (!s.toString().isBlank()) {
                versions.add(s.toString());
            }
        }
        for (String a : versions) {
            for (String b : versions) {
                int ab = Integer.signum(generic.compare(a, b));
                assertThat(Integer.signum(generic.compare(b, a))).as("antisymmetric: " + a + " vs " + b).isEqualTo(-ab);
                for (String c : versions) {
                    int bc = Integer.signum(generic.compare(b, c));
                    if (ab <= 0 && bc <= 0) {
                        assertThat(generic.compare(a, c)).as("transitive: " + a + " <= " + b + " <= " + c)
                                .isLessThanOrEqualTo(0);
                        if (ab == 0 && bc == 0) {
                            assertThat(generic.compare(a, c)).as("equality transitive: " + a + ", " + b + ", " + c).isZero();
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"latest", "n/a", "-", "*", "unknown", "ALL"})
    void ordersButFlagsVersionsWithoutDigits(String noDigits) {
        assertThat(generic.isValid(noDigits)).isFalse();
        assertThat(generic.compare(noDigits, noDigits)).isZero();
    }

    @Test
    void versionsWithADigitAreComparable() {
        assertThat(generic.isValid("R2.1")).isTrue();
        assertThat(generic.isValid("10.0.3 SP2")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void rejectsBlankInput(String blank) {
        assertThat(generic.isValid(blank)).isFalse();
        assertThatThrownBy(() -> generic.compare(blank, "1.0")).isInstanceOf(InvalidVersionException.class);
    }

    @Test
    void isRegisteredAsGeneric() {
        assertThat(VersionSchemes.standard().byName("generic")).containsInstanceOf(GenericVersionScheme.class);
    }
}
