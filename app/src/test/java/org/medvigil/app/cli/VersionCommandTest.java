package org.medvigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionCommandTest {

    @ParameterizedTest
    @CsvSource({
        "maven, 1.0-SNAPSHOT, 1.0, <",
        "maven, 1.0.0, 1, =",
        "npm, 1.2.3-R2, 1.2.3-r100, <",
        "golang, v1.2.4-0.20191109021931-daa7c04131f5, v1.2.3, >",
        "nuget, 1.0.0-BETA, 1.0.0-beta, =",
        "gem, 1.0.b1, 1.0, <",
        "composer, 1.0rc1, 1.0pl1, <",
        "semver, 999999999999999999999999999991, 999999999999999999999999999999, <"})
    void comparePrintsTheOrderOfTwoVersions(String type, String a, String b, String expected) {
        CliRun run = CliRun.of("version", "compare", type, a, b);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(expected + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void unknownTypeIsBadInputNamingTheType() {
        CliRun run = CliRun.of("version", "compare", "nosuch", "1", "2");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("unknown version type \"nosuch\"").contains("maven");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void invalidVersionIsBadInputNamingTheVersion() {
        CliRun run = CliRun.of("version", "compare", "npm", "1.0", "1.0.0");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("\"1.0\"").contains("npm");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void missingSecondVersionIsAUsageError() {
        assertThat(CliRun.of("version", "compare", "npm", "1.0.0").exit()).isEqualTo(2);
        assertThat(CliRun.of("version", "compare").exit()).isEqualTo(2);
    }

    @Test
    void dashReadsTabSeparatedPairsAndAnswersEachLine() {
        CliRun run = CliRun.withStdin("1.0\t1.0.0\n1.0-alpha-1\t1.0\r\n2.0\t1.10\n", "version", "compare", "maven", "-");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("=\n<\n>\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void dashReportsBadLinesWithTheirNumberAndGoesOn() {
        CliRun run = CliRun.withStdin("1.0.0\t2.0.0\nnot-a-version\t1.0.0\nno tab here\n2.0.0\t1.0.0\n",
                "version", "compare", "npm", "-");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEqualTo("<\n>\n");
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err().lines().toList().get(0)).startsWith("medvigil: line 2: ").contains("not-a-version");
        assertThat(run.err().lines().toList().get(1)).startsWith("medvigil: line 3: ").contains("A<TAB>B");
    }

    @Test
    void dashWithAnUnknownTypeFailsBeforeReading() {
        CliRun run = CliRun.withStdin("1\t2\n", "version", "compare", "nosuch", "-");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
    }
}
