package org.medvigil.core.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medvigil.core.InvalidInputException;

/** Hostile and malformed vectors are rejected with one clear line that says what is wrong. */
class CvssMalformedVectorTest {
    private static final String V31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private static final String V40 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
    private static final String V2 = "AV:N/AC:L/Au:N/C:P/I:P/A:P";

    static Stream<Arguments> malformed() {
        return Stream.of(
                // shape
                Arguments.of("", "empty"),
                Arguments.of(" " + V31, "whitespace at position 1"),
                Arguments.of(V31 + " ", "whitespace at position"),
                Arguments.of(V31 + "\n", "whitespace"),
                Arguments.of("CVSS:3.1/AV:N\t/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "whitespace at position 14"),
                Arguments.of(V31 + "/A:H junk", "whitespace"),
                Arguments.of("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:\u00c9", "U+00C9"),
                Arguments.of("CVSS:3.1/AV:N\u0000/AC:L", "U+0000"),
                Arguments.of(V31 + "/".repeat(600), "characters long"),
                Arguments.of("hello world", "whitespace"),
                Arguments.of("not-a-vector", "not a CVSS vector"),
                // prefix
                Arguments.of("cvss:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "upper case"),
                Arguments.of("CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "unsupported CVSS version prefix 'CVSS:3.2'"),
                Arguments.of("CVSS:5.0/AV:N", "unsupported CVSS version prefix"),
                Arguments.of("CVSS:2.0/" + V2, "v2 vectors have no prefix"),
                Arguments.of("CVSS:3.1", "no metrics after 'CVSS:3.1'"),
                Arguments.of("CVSS:3.1/", "no metrics after the prefix"),
                Arguments.of("CVSS:/AV:N", "unsupported CVSS version prefix 'CVSS:'"),
                Arguments.of("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "needs its prefix 'CVSS:3.0/' or 'CVSS:3.1/'"),
                Arguments.of("AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "needs its prefix 'CVSS:4.0/'"),
                Arguments.of("CVSS:3.1/AV:N/AC:L/Au:N/C:P/I:P/A:P", "unknown metric 'Au'"),
                // separators and fields
                Arguments.of(V31 + "/", "trailing '/'"),
                Arguments.of("CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "two '/' in a row"),
                Arguments.of("CVSS:3.1/AVN/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "'AVN' at position 10 is not NAME:VALUE"),
                Arguments.of("CVSS:3.1/AV:/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "is not NAME:VALUE"),
                Arguments.of("CVSS:3.1/:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "is not NAME:VALUE"),
                Arguments.of("CVSS:3.1/AV:N:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "is not NAME:VALUE"),
                // unknown metrics and values
                Arguments.of(V31 + "/XX:Y", "unknown metric 'XX'"),
                Arguments.of("CVSS:3.1/av:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "did you mean 'AV'"),
                Arguments.of("CVSS:3.1/AV:NETWORK/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "invalid value 'NETWORK' for metric AV"),
                Arguments.of("CVSS:3.1/AV:n/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "invalid value 'n' for metric AV"),
                Arguments.of("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "invalid value 'X' for metric AV"),
                Arguments.of(V31 + "/MAV:Q", "invalid value 'Q' for metric MAV"),
                Arguments.of(V31 + "/CR:ZZ", "invalid value 'ZZ' for metric CR"),
                Arguments.of(V31 + "/E:POC", "invalid value 'POC' for metric E"),
                Arguments.of(V2 + "/CDP:ZZ", "invalid value 'ZZ' for metric CDP"),
                Arguments.of("AV:N/AC:L/Au:N/C:Partial/I:P/A:P", "invalid value 'Partial' for metric C"),
                Arguments.of(V2 + "/E:P", "invalid value 'P' for metric E"),
                Arguments.of(V40 + "/MSC:S", "invalid value 'S' for metric MSC"),
                Arguments.of(V40 + "/U:clear", "invalid value 'clear' for metric U"),
                Arguments.of("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:R/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "invalid value 'R' for metric UI"),
                // duplicates
                Arguments.of(V31 + "/AV:P", "duplicate metric 'AV'"),
                Arguments.of(V31 + "/E:X/E:X", "duplicate metric 'E'"),
                Arguments.of("AV:N/AV:P/AC:L/Au:N/C:P/I:P/A:P", "duplicate metric 'AV'"),
                Arguments.of(V40 + "/E:A/E:A", "duplicate metric 'E'"),
                // missing mandatory metrics
                Arguments.of("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H", "missing mandatory metric S"),
                Arguments.of("CVSS:3.1/AV:N", "missing mandatory metrics AC, PR, UI, S, C, I, A"),
                Arguments.of("CVSS:3.0/E:H/RL:O", "missing mandatory metrics AV, AC"),
                Arguments.of("AV:N/AC:L/Au:N/C:P/I:P", "missing mandatory metric A"),
                Arguments.of("AV:N", "missing mandatory metrics AC, Au, C, I, A"),
                Arguments.of("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N", "missing mandatory metric SA"),
                Arguments.of("CVSS:4.0/AV:N/AC:L/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "missing mandatory metric AT"),
                // order, where the specification fixes one
                Arguments.of("AV:N/Au:N/AC:L/C:P/I:P/A:P", "metric 'AC' at position 11 must come before 'Au'"),
                Arguments.of("AV:N/AC:L/Au:N/C:P/I:P/A:P/RL:OF/E:F", "metric 'E' at position 34 must come before 'RL'"),
                Arguments.of("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/SC:N/VI:H/SI:N/VA:H/SA:N", "must come before 'SC'"),
                Arguments.of("CVSS:4.0/AC:L/AV:N/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "metric 'AV' at position 15 must come before 'AC'"),
                Arguments.of(V40 + "/S:P/E:A", "metric 'E' at position"),
                // v3 metrics in a v4 vector and the like
                Arguments.of("CVSS:4.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "invalid value 'U' for metric S"),
                Arguments.of("CVSS:3.1/AV:N/AC:L/AT:N/PR:N/UI:N/S:U/C:H/I:H/A:H", "unknown metric 'AT'"),
                Arguments.of("(AV:N/AC:L/Au:N/C:P/I:P/A:P)", "not a CVSS vector"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("malformed")
    void malformedVectorIsRejectedWithOneClearLine(String vector, String expectedProblem) {
        InvalidCvssVectorException e = catchThrowableOfType(() -> Cvss.score(vector), InvalidCvssVectorException.class);

        assertThat(e).as("rejected: " + vector).isNotNull();
        assertThat(e).isInstanceOf(InvalidInputException.class);
        assertThat(e.problem()).contains(expectedProblem);
        assertThat(e.oneLine()).doesNotContain("\n", "\r", "\t").startsWith("invalid CVSS vector ");
        assertThat(e.oneLine().length()).isLessThan(400);
    }

    @Test
    void tableHasAtLeastFortyHostileCases() {
        assertThat(malformed().count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void nullVectorIsRejected() {
        InvalidCvssVectorException e = catchThrowableOfType(() -> Cvss.score(null), InvalidCvssVectorException.class);
        assertThat(e.problem()).isEqualTo("no vector given");
    }

    @Test
    void v3MetricsInAnyOrderAreAcceptedAsTheSpecificationRequires() {
        CvssScore s = Cvss.score("CVSS:3.1/A:H/I:H/C:H/S:U/UI:N/PR:N/AC:L/AV:N");
        assertThat(s.score()).isEqualTo(9.8);
        assertThat(s.vector()).isEqualTo(V31);
    }
}
