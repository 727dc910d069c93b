package org.medvigil.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medvigil.core.InvalidInputException;

class RiskAcceptanceMatrixTest {

    @Test
    void jsonFormIsStableAndRoundTrips_PM03() {
        RiskAcceptanceMatrix m = RiskAcceptanceMatrix.fdaDefault()
                .with(ExploitabilityLevel.LOW, HarmSeverity.CRITICAL, RiskStatus.UNCONTROLLED).named("Infusion pump X2");
        String json = m.toJson();

        assertThat(json).contains("\"format\" : \"medvigil-risk-matrix/1\"", "\"name\" : \"Infusion pump X2\"",
                "\"epssThreshold\" : 0.1");
        assertThat(json.indexOf("very-high")).isLessThan(json.indexOf("very-low"));
        assertThat(RiskAcceptanceMatrix.fromJson(json)).isEqualTo(m);
        assertThat(RiskAcceptanceMatrix.fromJson(json).status(ExploitabilityLevel.LOW, HarmSeverity.CRITICAL))
                .isEqualTo(RiskStatus.UNCONTROLLED);
    }

    private static String valid() {
        return RiskAcceptanceMatrix.fdaDefault().toJson();
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("", "empty document"),
                Arguments.of("[1]", "must be a JSON object"),
                Arguments.of("{\"format\":", "not valid JSON"),
                Arguments.of(valid().replace("medvigil-risk-matrix/1", "other/2"), "\"format\" must be"),
                Arguments.of(valid().replace("\"name\"", "\"title\""), "unknown field 'title'"),
                Arguments.of(valid().replace("\"very-low\"", "\"high\""), "Duplicate field 'high'"),
                Arguments.of(valid().replace("\"very-low\"", "\"extreme\""), "exploitability level 'extreme'"),
                Arguments.of(valid().replace("\"rows\" : {", "\"rows\" : { \"x\": 1, ").replace("\"x\": 1, ", ""), "ok"),
                Arguments.of(valid().replace("\"negligible\", \"minor\"", "\"minor\", \"negligible\""), "\"harm\" must list"),
                Arguments.of(valid().replace("\"epssThreshold\" : 0.1", "\"epssThreshold\" : 1.5"), "EPSS threshold 1.5"),
                Arguments.of(valid().replace("\"epssThreshold\" : 0.1", "\"epssThreshold\" : \"high\""), "must be a number"),
                Arguments.of(valid().replaceFirst("\"controlled\", ", ""), "must list 5 statuses"),
                Arguments.of(valid().replaceFirst("\"controlled\"", "\"maybe\""), "'maybe' is neither controlled nor uncontrolled"),
                Arguments.of(valid().replaceAll(",\\s*\"very-low\" : \\[[^]]*]", ""), "no complete row for exploitability very-low"),
                Arguments.of(valid().replace("\"name\" : \"MedVigil default\",", ""), "needs a name"),
                Arguments.of("{" + " ".repeat(RiskAcceptanceMatrix.MAX_JSON) + "}", "at most 16384"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedMatrixIsRejectedWithOneLine(String json, String message) {
        if (message.equals("ok")) {
            assertThat(RiskAcceptanceMatrix.fromJson(json)).isEqualTo(RiskAcceptanceMatrix.fdaDefault());
            return;
        }
        assertThatThrownBy(() -> RiskAcceptanceMatrix.fromJson(json))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).oneLine()).contains(message).doesNotContain("\n"));
    }
}
