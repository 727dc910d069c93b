package org.medvigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersCommandTest {

    @ParameterizedTest
    @CsvSource({
        "vers:npm/>=1.0.0|<2.0.0, 1.5.0, true",
        "vers:npm/>=1.0.0|<2.0.0, 2.0.0, false",
        "vers:maven/>=1.0|!=1.5|<2.0, 1.5.0, false",
        "vers:npm/*, 1.0.0, true",
        "vers:nosuchscheme/>=1.0|<2.0, 1.5, unknown"})
    void containsPrintsTrueFalseOrUnknown(String vers, String version, String expected) {
        CliRun run = CliRun.of("vers", "contains", vers, version);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(expected + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void nonCanonicalVersIsBadInputUnlessLenient() {
        CliRun strict = CliRun.of("vers", "contains", "vers:npm/<2.0.0|>=1.0.0", "1.5.0");
        assertThat(strict.exit()).isEqualTo(2);
        assertThat(strict.err()).contains("not sorted");
        assertThat(strict.err().lines()).hasSize(1);
        CliRun lenient = CliRun.of("vers", "contains", "--lenient", "vers:npm/ <2.0.0 | >=1.0.0", "1.5.0");
        assertThat(lenient.exit()).isZero();
        assertThat(lenient.out()).startsWith("true");
    }

    @Test
    void invalidVersionForAKnownSchemeIsBadInput() {
        CliRun run = CliRun.of("vers", "contains", "vers:npm/>=1.0.0", "1.0");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("\"1.0\"");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void dashReadsTabSeparatedLinesAndReportsBadOnesByNumber() {
        String stdin = "vers:npm/>=1.0.0|<2.0.0\t1.5.0\n"
                + "vers:npm/>=1.0.0|<2.0.0\t2.5.0\n"
                + "vers:npm/>=2.0.0|<1.0.0\t1.5.0\n"
                + "vers:foo/1.0\t1.0\n";
        CliRun run = CliRun.withStdin(stdin, "vers", "contains", "-");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEqualTo("true\nfalse\nunknown\n");
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err().lines().toList().get(0)).startsWith("medvigil: line 3: ").contains("not sorted");
    }
}
