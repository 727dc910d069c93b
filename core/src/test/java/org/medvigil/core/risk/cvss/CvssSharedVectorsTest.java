package org.medvigil.core.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medvigil.core.testdata.SharedData;

/**
 * Every vector of the shared Red Hat cvss test files scores exactly as expected: base, temporal
 * and environmental for v2 and v3.x wherever the file gives a number, the single score for v4.0.
 */
class CvssSharedVectorsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vectors_simple2", "vectors_cvsslib2", "vectors_calculator2"})
    void v2VectorsScoreExactlyIncludingTemporalAndEnvironmental(String file) throws IOException {
        List<String> failures = new ArrayList<>();
        List<Case> cases = read(file);
        for (Case c : cases) {
            try {
                CvssV2Result r = (CvssV2Result) Cvss.evaluate(c.vector());
                check(failures, c, 0, r.baseScore());
                check(failures, c, 1, r.temporalScore());
                check(failures, c, 2, r.environmentalScore());
                assertThat(r.version()).isEqualTo("2.0");
            } catch (RuntimeException e) {
                failures.add(c.vector() + " -> " + e.getMessage());
            }
        }
        report(file, cases, failures);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vectors_simple3", "vectors_cvsslib3", "vectors_calculator3", "vectors_simple31"})
    void v3VectorsScoreExactlyWithTheirVersionsRoundup(String file) throws IOException {
        List<String> failures = new ArrayList<>();
        List<Case> cases = read(file);
        for (Case c : cases) {
            try {
                CvssV3Result r = (CvssV3Result) Cvss.evaluate(c.vector());
                check(failures, c, 0, r.baseScore());
                check(failures, c, 1, r.temporalScore());
                check(failures, c, 2, r.environmentalScore());
                assertThat(r.version()).isEqualTo(c.vector().substring(5, 8));
            } catch (RuntimeException e) {
                failures.add(c.vector() + " -> " + e.getMessage());
            }
        }
        report(file, cases, failures);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vectors_simple4", "vectors_supplemental4", "vectors_security4", "vectors_threat4"})
    void v4VectorsScoreExactlyLikeTheFirstCalculator(String file) throws IOException {
        List<String> failures = new ArrayList<>();
        List<Case> cases = read(file);
        for (Case c : cases) {
            try {
                CvssV4Result r = (CvssV4Result) Cvss.evaluate(c.vector());
                check(failures, c, 0, r.score());
            } catch (RuntimeException e) {
                failures.add(c.vector() + " -> " + e.getMessage());
            }
        }
        report(file, cases, failures);
    }

    private record Case(String vector, List<String> expected) {
    }

    private static List<Case> read(String file) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(SharedData.path("cvss-vectors/" + file), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            int sep = line.lastIndexOf(" - ");
            String expected = line.substring(sep + 3).trim().replace("(", "").replace(")", "");
            List<String> values = new ArrayList<>();
            for (String v : expected.split(",")) {
                if (!v.isBlank()) {
                    values.add(v.trim());
                }
            }
            cases.add(new Case(line.substring(0, sep), values));
        }
        return cases;
    }

    private static void check(List<String> failures, Case c, int i, double actual) {
        check(failures, c, i, OptionalDouble.of(actual));
    }

    private static void check(List<String> failures, Case c, int i, OptionalDouble actual) {
        String expected = c.expected().get(i);
        String[] names = {"base", "temporal", "environmental"};
        if (expected.equals("None")) {
            if (actual.isPresent()) {
                failures.add(c.vector() + " " + names[i] + ": expected none, got " + actual.getAsDouble());
            }
            return;
        }
        double want = Double.parseDouble(expected);
        if (actual.isEmpty() || Math.abs(actual.getAsDouble() - want) > 1e-9) {
            failures.add(c.vector() + " " + names[i] + ": expected " + want + ", got "
                    + (actual.isPresent() ? actual.getAsDouble() : "none"));
        }
    }

    private static void report(String file, List<Case> cases, List<String> failures) {
        assertThat(cases).as(file + " has cases").isNotEmpty();
        assertThat(failures)
                .as(file + ": " + failures.size() + " of " + cases.size() + " cases fail; first 20:\n"
                        + String.join("\n", failures.subList(0, Math.min(20, failures.size()))))
                .isEmpty();
    }
}
