package org.medvigil.core.risk.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RubricAnswersTest {

    @Test
    void textFormKeepsRationalesAndRoundTrips_R02() {
        RubricAnswers a = RubricAnswers.parse("XAVN=no   # USB service port only\r\nXAVP = Y, XAVPA=u  # keypad\n\n");

        assertThat(a.codes()).isEqualTo("XAVN=no,XAVP=yes,XAVPA=unknown");
        assertThat(a.get(RubricQuestion.XAVN).orElseThrow().rationale()).isEqualTo("USB service port only");
        assertThat(a.get(RubricQuestion.XAVPA).orElseThrow().rationale()).isEqualTo("keypad");
        assertThat(a.toText()).isEqualTo("XAVN=no # USB service port only\nXAVP=yes # keypad\nXAVPA=unknown # keypad\n");
        assertThat(RubricAnswers.parse(a.toText())).isEqualTo(a);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("XAVN=yes,XAVQ=no", "unknown question code 'XAVQ' on line 1"),
                Arguments.of("xavn=yes", "unknown question code 'xavn' on line 1"),
                Arguments.of("XAVN=maybe", "XAVN on line 1: 'maybe' is not yes, no or unknown"),
                Arguments.of("XAVN", "'XAVN' on line 1 is not CODE=ANSWER"),
                Arguments.of("XAVN=yes\nXAVT=no\nXAVN=no", "XAVN is answered twice (line 1 and line 3)"),
                Arguments.of("   ", "no answers given"),
                Arguments.of("# only a comment", "no answers given"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedAnswersAreRejectedWithTheLine(String text, String message) {
        assertThatThrownBy(() -> RubricAnswers.parse(text))
                .isInstanceOf(InvalidRubricAnswersException.class)
                .hasMessage("rubric answers: " + message);
    }

    @Test
    void oversizeTextIsRejected() {
        assertThatThrownBy(() -> RubricAnswers.parse("XAVN=yes #" + "x".repeat(RubricAnswers.MAX_TEXT)))
                .isInstanceOf(InvalidRubricAnswersException.class)
                .hasMessageContaining("at most 65536");
    }
}
