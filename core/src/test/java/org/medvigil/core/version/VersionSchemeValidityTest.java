package org.medvigil.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which strings each scheme reads as versions, and how it says no. */
class VersionSchemeValidityTest {
    private final VersionSchemes schemes = VersionSchemes.standard();

    private VersionScheme scheme(String name) {
        return schemes.byName(name).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
        "npm, 1.2.3", "npm, v1.2.3", "npm, ' 1.2.3 '", "npm, 1.2.3-0.a-b.C+build.01",
        "golang, v1", "golang, v1.2", "golang, 1.2.3", "golang, v0.0.0-20191109021931-daa7c04131f5",
        "golang, v2.0.0+incompatible", "cargo, 1.0.0-alpha.1+001", "hex, 0.10.0-rc.0",
        "nuget, 1", "nuget, 1.0.0.0", "nuget, 01.2.3-Beta.01", "pub, 1.0.0+build.1", "pub, v1.2.3",
        "semver, 1", "semver, v1.2", "semver, 1.2.3.4", "semver, 01.02.03",
        "gem, 1.0.a10", "gem, 1.0-pre.2", "gem, ' 1.2 '", "gem, 1beta",
        "composer, v1.0.0", "composer, dev-main", "composer, 1.0.0-beta2.1",
        "maven, 1.0-SNAPSHOT", "maven, 2.0.0.RELEASE", "maven, 1.2.31_noneautotype",
        "semver, 999999999999999999999999999991"})
    void readsTheVersionsItsEcosystemWrites(String scheme, String version) {
        assertThat(scheme(scheme).isValid(version)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "npm, 1.0", "npm, 01.0.0", "npm, 1.0.0-01", "npm, =1.0.0", "npm, 1.0.0-", "npm, 1.0.0+", "npm, 1.0.0-a..b",
        "golang, v1-pre", "golang, v01.0.0", "golang, 1.0.0.0", "cargo, v1.0.0", "cargo, 1.0", "cargo, ' 1.0.0'",
        "hex, 1.01.0", "hex, 1.0.0-01", "nuget, 1.0.0.0.0", "nuget, v1.0.0", "pub, 1.0", "pub, 1.1.3.4.5",
        "semver, abc", "semver, v", "semver, 1.0.0_beta", "gem, a1", "gem, 1..2", "gem, 1.0-", "gem, 1_0",
        "composer, v", "composer, 1.0 beta", "maven, 1.0 beta", "maven, ''"})
    void rejectsWhatItsEcosystemRejects(String scheme, String version) {
        assertThat(scheme(scheme).isValid(version)).isFalse();
        assertThatThrownBy(() -> scheme(scheme).compare(version, "1.0.0"))
                .isInstanceOf(InvalidVersionException.class)
                .satisfies(e -> assertThat(((InvalidVersionException) e).oneLine()).contains(scheme).doesNotContain("\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"maven", "npm", "golang", "nuget", "cargo", "gem", "composer", "hex", "pub", "semver"})
    void refusesNullAndOverlongInputWithOneLine(String name) {
        VersionScheme s = scheme(name);
        assertThatThrownBy(() -> s.compare(null, "1.0.0")).isInstanceOf(InvalidVersionException.class);
        String huge = "1." + "0".repeat(100_000);
        assertThatThrownBy(() -> s.compare(huge, "1.0.0")).isInstanceOf(InvalidVersionException.class)
                .hasMessageContaining("longer than");
        assertThat(s.isValid("1.\n0.0")).isFalse();
    }

    @Test
    void schemesAreFoundByPurlTypeAndByOsvEcosystem() {
        assertThat(schemes.names()).containsExactly("apk", "cargo", "composer", "deb", "gem", "generic", "golang", "hex",
                "maven", "npm", "nuget", "pub", "pypi", "rpm", "semver");
        assertThat(schemes.byName("Maven")).containsSame(scheme("maven"));
        assertThat(schemes.forOsvEcosystem("Maven:https://maven.google.com")).containsSame(scheme("maven"));
        assertThat(schemes.forOsvEcosystem("crates.io")).containsSame(scheme("cargo"));
        assertThat(schemes.forOsvEcosystem("Packagist:https://packages.drupal.org/8")).containsSame(scheme("composer"));
        assertThat(schemes.forOsvEcosystem("Go")).containsSame(scheme("golang"));
        assertThat(schemes.byName("nosuchscheme")).isEmpty();
    }
}
