package org.medvigil.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Pep440SpecifiersTest {

    /** The canonical vers string of a range (rendered here while {@code Vers} has no formatter). */
    private static String vers(Vers v) {
        return "vers:" + v.scheme() + "/" + v.constraints().stream().map(c -> switch (c.comparator()) {
            case EQ -> c.version();
            case ANY -> "*";
            case NE -> "!=" + c.version();
            case LT -> "<" + c.version();
            case LE -> "<=" + c.version();
            case GT -> ">" + c.version();
            case GE -> ">=" + c.version();
        }).collect(Collectors.joining("|"));
    }

    @Test
    void convertsEveryVersSpecPypiFromNativeCase() {
        assertConvertsAll("vers-spec/tests/pypi_range_from_native_test.json", 3);
    }

    @Test
    void convertsEveryUniversGitlabPypiRange() {
        assertConvertsAll("version-comparison/univers/gitlab-native-ranges/pypi_gitlab_range_from_native.json", 60);
    }

    private static void assertConvertsAll(String file, int atLeast) {
        JsonNode root = OrderingVectors.read(file);
        JsonNode tests = root.isArray() ? root : root.get("tests");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            JsonNode t = tests.get(i);
            String nativeRange = t.get("input").get("native_range").asText();
            String expected = t.get("expected_output").asText();
            try {
                String got = vers(Pep440Specifiers.toVers(nativeRange));
                if (!got.equals(expected)) {
                    failures.add("[" + i + "] " + nativeRange + " -> " + expected + " but got " + got);
                }
            } catch (RuntimeException e) {
                failures.add("[" + i + "] " + nativeRange + " -> " + expected + " but threw " + e);
            }
        }
        assertThat(tests.size()).isGreaterThanOrEqualTo(atLeast);
        assertThat(failures).as(OrderingVectors.describe(failures)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        ">=1.0,<2.0; vers:pypi/>=1.0|<2.0",
        "<2.0, >=1.0 ,!=1.5; vers:pypi/>=1.0|!=1.5|<2.0",
        "~=1.4.5; vers:pypi/>=1.4.5|<1.5.dev0",
        "~=2.2; vers:pypi/>=2.2|<3.dev0",
        "~=1!2.2.0; vers:pypi/>=1!2.2.0|<1!2.3.dev0",
        "==1.*; vers:pypi/>=1.dev0|<2.dev0",
        "==1.4.*; vers:pypi/>=1.4.dev0|<1.5.dev0",
        "!=1.4.*; vers:pypi/<1.4.dev0|>=1.5.dev0",
        "==1.0; vers:pypi/1.0",
        "===1.0; vers:pypi/1.0",
        "!=5; vers:pypi/!=5",
        ">=1.0,>=1.2,<3,<=2.5; vers:pypi/>=1.2|<=2.5",
        ">=1.0-ALPHA1; vers:pypi/>=1.0a1",
        ">=2,<1; vers:pypi/",
        ">=1,<=1; vers:pypi/1",
        "<1||>=1; vers:pypi/*",
        "<1||>1; vers:pypi/!=1",
        "==1.0||==1.0; vers:pypi/1.0",
        ">=1.0,<2.0||>=1.5,<3.0; vers:pypi/>=1.0|<3.0"})
    void convertsSpecifiers(String specifiers, String expected) {
        assertThat(vers(Pep440Specifiers.toVers(specifiers))).isEqualTo(expected);
    }

    @Test
    void resultIsBoundToThePypiScheme() {
        assertThat(Pep440Specifiers.toVers(">=1.0").versionScheme()).isInstanceOf(PypiVersionScheme.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ">=", "=>1.0", "~=1", ">=1.*", "==1.0a1.*", ">=foo", "1.0", "===foo", ">= 1.0 2.0"})
    void rejectsMalformedSpecifiers(String bad) {
        assertThatThrownBy(() -> Pep440Specifiers.toVers(bad)).isInstanceOf(InvalidVersionException.class)
                .hasMessageNotContaining("\n");
    }
}
