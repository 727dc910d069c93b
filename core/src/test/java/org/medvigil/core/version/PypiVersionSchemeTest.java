package org.medvigil.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PypiVersionSchemeTest {
    private final PypiVersionScheme pypi = new PypiVersionScheme();
    private final PypiVersionScheme osv = PypiVersionScheme.withLegacyVersions();

    private static List<OrderingVectors.Case> scalibrCases() {
        List<OrderingVectors.Case> cases = new ArrayList<>();
        cases.addAll(OrderingVectors.lines("version-comparison/osv-scalibr-semantic/pypi-versions.txt"));
        cases.addAll(OrderingVectors.lines("version-comparison/osv-scalibr-semantic/pypi-versions-generated.txt"));
        return cases;
    }

    @Test
    void ordersEveryOsvScalibrPypiComparisonWithOsvsLegacyOrdering() {
        List<OrderingVectors.Case> cases = scalibrCases();

        List<String> failures = OrderingVectors.failures(osv, cases, Set.of());

        assertThat(cases).hasSizeGreaterThan(9_000);
        assertThat(failures).as(OrderingVectors.describe(failures)).isEmpty();
    }

    @Test
    void standardSchemeOrdersEveryPep440ComparisonAndRejectsOnlyTheLegacyOnes() {
        List<OrderingVectors.Case> cases = scalibrCases();
        List<OrderingVectors.Case> pep440 = cases.stream().filter(c -> pypi.isValid(c.a()) && pypi.isValid(c.b())).toList();
        List<OrderingVectors.Case> legacy = cases.stream().filter(c -> !pypi.isValid(c.a()) || !pypi.isValid(c.b())).toList();

        List<String> failures = OrderingVectors.failures(pypi, pep440, Set.of());

        assertThat(failures).as(OrderingVectors.describe(failures)).isEmpty();
        // 62 lines (e.g. 0.1-bulbasaur, 0.3m1, 2013-01-21T20:33:09+0100, 4.11-final) use legacy versions.
        assertThat(legacy).hasSize(62).anyMatch(c -> c.a().equals("0.1-bulbasaur"));
        assertThat(pep440.size() + legacy.size()).isEqualTo(cases.size());
        assertThat(legacy).allSatisfy(c -> assertThatThrownBy(() -> pypi.compare(c.a(), c.b()))
                .isInstanceOf(InvalidVersionException.class).hasMessageStartingWith("Not a PEP 440 version"));
    }

    @Test
    void sortsVersConstraintsInTheOrderTheVersTestsExpect() {
        List<String[]> ranges = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode t : OrderingVectors.read("version-comparison/univers/pypi_range_roundtrip.json")) {
            ranges.add(new String[] {t.get("input").get("vers").asText(), t.get("expected_output").asText()});
        }
        for (com.fasterxml.jackson.databind.JsonNode t : OrderingVectors.read("vers-spec/tests/pypi_range_validate_test.json").get("tests")) {
            ranges.add(new String[] {t.get("input").asText(), t.get("expected_output").asText()});
        }
        List<String> failures = new ArrayList<>();
        for (String[] range : ranges) {
            List<String> constraints = new ArrayList<>(List.of(range[0].substring("vers:pypi/".length()).split("\\|")));
            constraints.sort((x, y) -> x.equals("*") || y.equals("*") ? 0 : pypi.compare(x.replaceAll("^[<>=!]+", ""), y.replaceAll("^[<>=!]+", "")));
            String sorted = "vers:pypi/" + String.join("|", constraints);
            if (!sorted.equals(range[1])) {
                failures.add(range[0] + " sorted to " + sorted + ", expected " + range[1]);
            }
        }
        assertThat(ranges).hasSizeGreaterThan(20);
        assertThat(failures).as(OrderingVectors.describe(failures)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "1.0-alpha1, 1.0a1", "1.0.ALPHA.1, 1.0a1", "1.0-beta_2, 1.0b2", "1.0c1, 1.0rc1", "1.0.pre1, 1.0rc1",
        "1.0preview-1, 1.0rc1", "1.0-1, 1.0.post1", "1.0.post1, 1.0.post1", "1.0-r1, 1.0.post1", "1.0rev, 1.0.post0",
        "v1.0, 1.0", "V1.0, 1.0", "' 1.0 ', 1.0", "1.0.dev, 1.0.dev0", "1.0-dev-3, 1.0.dev3", "1.0a, 1.0a0",
        "0!1.0, 1.0", "01.002, 1.2", "1.0+Ubuntu-1, 1.0+ubuntu.1", "1.0a-, 1.0a0", "1.0a..post1, 1.0a0.post1"})
    void normalisesSpellingVariantsAsPep440Prescribes(String spelled, String normal) {
        assertThat(pypi.normalize(spelled)).isEqualTo(normal);
        assertThat(pypi.compare(spelled, normal)).isZero();
    }

    @Test
    void ordersThePep440Phases() {
        List<String> ascending = List.of("1.0.dev0", "1.0a1.dev1", "1.0a1", "1.0a1.post1", "1.0b1", "1.0rc1", "1.0",
                "1.0+local", "1.0.post1.dev1", "1.0.post1", "1.1.dev1", "1.1", "1!0.1");
        for (int i = 0; i + 1 < ascending.size(); i++) {
            assertThat(pypi.compare(ascending.get(i), ascending.get(i + 1)))
                    .as(ascending.get(i) + " < " + ascending.get(i + 1)).isNegative();
        }
    }

    @Test
    void trailingZerosAndLeadingZerosDoNotMatter() {
        assertThat(pypi.compare("1.0", "1.0.0.0")).isZero();
        assertThat(pypi.compare("1.01", "1.1")).isZero();
        assertThat(pypi.compare("1.0.1", "1.0")).isPositive();
    }

    @Test
    void localLabelsCompareNumbersAboveWords() {
        assertThat(pypi.compare("1.0+abc.5", "1.0+abc.10")).isNegative();
        assertThat(pypi.compare("1.0+abc", "1.0+5")).isNegative();
        assertThat(pypi.compare("1.0+ABC", "1.0+abc")).isZero();
        assertThat(pypi.compare("1.0+abc", "1.0+abc.1")).isNegative();
    }

    @Test
    void comparesNumbersBeyondSixtyFourBits() {
        assertThat(pypi.compare("1.99999999999999999999999", "1.100000000000000000000000")).isNegative();
        assertThat(pypi.compare("99999999999999999999!1.0", "2!1.0")).isPositive();
        assertThat(pypi.compare("1.0.post18446744073709551616", "1.0.post18446744073709551615")).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0-bulbasaur", "1..0", "1.0+", "1.0+a..b", "1.0.", "1.0-", "1.0 1", "a1.0", "1.0a1b1",
        "1.0.post1.post2", "latest", "1.0_", "1.0+a+b", "vv1.0"})
    void rejectsWhatIsNotPep440(String bad) {
        assertThat(pypi.isValid(bad)).isFalse();
        assertThatThrownBy(() -> pypi.compare(bad, "1.0")).isInstanceOf(InvalidVersionException.class)
                .hasMessageNotContaining("\n");
    }

    @Test
    void osvOrderingPutsLegacyVersionsBeforeAllPep440Versions() {
        assertThat(osv.compare("foo-bar", "0.0.0.dev0")).isNegative();
        assertThat(osv.compare("1.0-bulbasaur", "0.1")).isNegative();
        assertThat(osv.compare("2004y", "2004x")).isPositive();
        assertThat(osv.compare("2004d", "2004c")).as("2004c is PEP 440 (2004rc0)").isNegative();
        assertThat(osv.isValid("foo-bar")).isFalse();
        assertThatThrownBy(() -> osv.compare(" ", "1.0")).isInstanceOf(InvalidVersionException.class);
    }

    @Test
    void isRegisteredForPypi() {
        VersionSchemes schemes = VersionSchemes.standard();
        assertThat(schemes.byName("pypi")).containsInstanceOf(PypiVersionScheme.class);
        assertThat(schemes.forOsvEcosystem("PyPI")).containsInstanceOf(PypiVersionScheme.class);
    }
}
