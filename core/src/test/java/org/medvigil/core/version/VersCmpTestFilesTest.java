package org.medvigil.core.version;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medvigil.core.testdata.SharedData;

/** The vers-spec {@code *_version_cmp_test.json} comparison and equality tests for our schemes. */
class VersCmpTestFilesTest {
    private final VersionSchemes schemes = VersionSchemes.standard();

    private List<String> failures(String file) throws IOException {
        JsonNode tests = new ObjectMapper().readTree(SharedData.path("vers-spec/tests/" + file).toFile()).get("tests");
        assertThat(tests.size()).as(file).isPositive();
        List<String> failures = new ArrayList<>();
        for (JsonNode t : tests) {
            JsonNode in = t.get("input");
            VersionScheme s = schemes.byName(in.get("input_scheme").asText()).orElseThrow();
            String a = in.get("versions").get(0).asText();
            String b = in.get("versions").get(1).asText();
            try {
                switch (t.get("test_type").asText()) {
                    case "equality" -> {
                        boolean expected = t.get("expected_output").asBoolean();
                        if ((s.compare(a, b) == 0) != expected || (s.compare(b, a) == 0) != expected) {
                            failures.add(file + ": " + a + " == " + b + " expected " + expected);
                        }
                    }
                    case "comparison" -> {
                        String[] sorted = {a, b};
                        Arrays.sort(sorted, s::compare);
                        String e0 = t.get("expected_output").get(0).asText();
                        String e1 = t.get("expected_output").get(1).asText();
                        // Expected outputs may be written in another case (nuget), so match by scheme equality.
                        if (s.compare(sorted[0], e0) != 0 || s.compare(sorted[1], e1) != 0 || s.compare(e0, e1) >= 0) {
                            failures.add(file + ": sorted " + a + ", " + b + " as " + List.of(sorted)
                                    + " expected " + List.of(e0, e1));
                        }
                    }
                    default -> failures.add(file + ": unexpected test type " + t.get("test_type"));
                }
            } catch (InvalidVersionException e) {
                failures.add(file + ": " + a + " / " + b + " rejected: " + e.getMessage());
            }
        }
        return failures;
    }

    private static void assertNone(List<String> failures) {
        assertThat(failures).as("%d failures, first 20:%n%s", failures.size(),
                String.join("\n", failures.subList(0, Math.min(20, failures.size())))).isEmpty();
    }

    @Test
    void mavenPassesEveryVersSpecComparisonAndEqualityTest() throws IOException {
        assertNone(failures("maven_version_cmp_test.json"));
    }

    @Test
    void nugetPassesEveryVersSpecComparisonAndEqualityTest() throws IOException {
        assertNone(failures("nuget_version_cmp_test.json"));
    }
}
