package org.medvigil.core.version;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.medvigil.core.testdata.SharedData;

/** The vers-spec parse, validate and containment tests, and univers' early vers test suite. */
class VersSpecTestFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final VersionSchemes schemes = VersionSchemes.standard();

    /**
     * Rules of the {@code datetime} type (uppercase T and Z, unencoded time colons); no datetime
     * scheme is registered, so a datetime vers is only checked against the generic rules.
     */
    private static final List<String> NEEDS_DATETIME_SCHEME = List.of(
            "vers:datetime/2024-01-01t00:00:00z",
            "vers:datetime/2024-01-01T00%3A00%3A00Z");

    private static List<JsonNode> tests(String glob) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedData.path("vers-spec/tests"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches(glob)).sorted().toList()) {
                JSON.readTree(f.toFile()).get("tests").forEach(out::add);
            }
        }
        return out;
    }

    private static void assertNone(List<String> failures) {
        assertThat(failures).as("%d failures, first 20:%n%s", failures.size(),
                String.join("\n", failures.subList(0, Math.min(20, failures.size())))).isEmpty();
    }

    private boolean registered(String vers) {
        int colon = vers.indexOf(':');
        int slash = vers.indexOf('/');
        return colon > 0 && slash > colon && schemes.byName(vers.substring(colon + 1, slash)).isPresent();
    }

    @Test
    void canonicalParseTestsPassWithStrictParsing() throws IOException {
        List<String> failures = new ArrayList<>();
        int run = 0;
        for (JsonNode t : tests("vers_canonical_parse_test\\.json")) {
            if (!t.get("test_type").asText().equals("parse")) {
                continue;
            }
            String input = t.get("input").asText();
            if (NEEDS_DATETIME_SCHEME.contains(input) && schemes.byName("datetime").isEmpty()) {
                continue;
            }
            run++;
            boolean mustFail = t.path("expected_failure").asBoolean(false);
            try {
                Vers v = Vers.parse(input, schemes);
                if (mustFail) {
                    failures.add(input + ": parsed, expected failure " + t.path("expected_message").asText());
                    continue;
                }
                JsonNode exp = t.get("expected_output");
                String type = exp.has("type") ? exp.get("type").asText() : exp.get("scheme").asText();
                JsonNode constraints = exp.has("constraints") ? exp.get("constraints") : exp.get("version_constraints");
                List<List<String>> expected = new ArrayList<>();
                constraints.forEach(c -> expected.add(List.of(c.get(0).asText(), c.get(1).asText())));
                List<List<String>> got = v.constraints().stream()
                        .map(c -> List.of(c.comparator() == Vers.Comparator.EQ ? "=" : c.comparator().symbol(), c.version()))
                        .toList();
                if (!v.scheme().equals(type) || !got.equals(expected)) {
                    failures.add(input + ": got " + v.scheme() + " " + got + ", expected " + type + " " + expected);
                }
            } catch (InvalidVersionException e) {
                if (!mustFail) {
                    failures.add(input + ": rejected: " + e.getMessage());
                }
            }
        }
        assertThat(run).isGreaterThanOrEqualTo(7);
        assertNone(failures);
    }

    @Test
    void containmentTestsPassForEveryRegisteredScheme() throws IOException {
        List<String> failures = new ArrayList<>();
        int run = 0;
        for (JsonNode t : tests(".*containment.*\\.json")) {
            String vers = t.get("input").get("vers").asText();
            if (!registered(vers)) {
                continue;
            }
            run++;
            String version = t.get("input").get("version").asText();
            Containment expected = Containment.of(t.get("expected_output").asBoolean());
            Containment got = Vers.parseLenient(vers, schemes).contains(version);
            if (got != expected) {
                failures.add(vers + " contains " + version + ": got " + got + ", expected " + expected);
            }
        }
        assertThat(run).isPositive();
        assertNone(failures);
    }

    @Test
    void validateTestsGiveTheCanonicalFormForEveryRegisteredScheme() throws IOException {
        List<String> failures = new ArrayList<>();
        for (JsonNode t : tests(".*\\.json")) {
            if (!t.get("test_type").asText().equals("validate") || !registered(t.get("input").asText())) {
                continue;
            }
            String input = t.get("input").asText();
            String got = Vers.parseLenient(input, schemes).toString();
            if (!got.equals(t.get("expected_output").asText())) {
                failures.add(input + ": got " + got + ", expected " + t.get("expected_output").asText());
            }
        }
        assertNone(failures);
    }

    /**
     * univers' early vers test suite. Its "debian" entry uses the withdrawn first-draft syntax
     * ({@code ,} and {@code &} between constraints, spaces inside comparators) and a type that
     * is not registered; only entries of registered types are run.
     */
    @Test
    void universVersTestSuiteEntriesOfRegisteredSchemesNormaliseToTheirCanonicalForm() throws IOException {
        JsonNode entries = JSON.readTree(SharedData.path("version-comparison/univers/vers-test-suite-data.json").toFile());
        List<String> failures = new ArrayList<>();
        int run = 0;
        for (JsonNode e : entries) {
            if (schemes.byName(e.get("scheme").asText()).isEmpty() || e.get("vers").asText().contains("&")) {
                continue;
            }
            run++;
            Vers v = Vers.parseLenient(e.get("vers").asText(), schemes);
            List<String> expected = new ArrayList<>();
            e.get("constraints").forEach(group -> group.forEach(c ->
                    expected.add(c.get("comparator").asText() + c.get("version").asText())));
            List<String> got = v.constraints().stream()
                    .map(c -> (c.comparator() == Vers.Comparator.EQ ? "=" : c.comparator().symbol()) + c.version())
                    .toList();
            if (!v.toString().equals(e.get("canonical_vers").asText()) || !got.equals(expected)) {
                failures.add(e.get("vers").asText() + ": got " + v + " " + got);
            }
        }
        assertThat(run).isPositive();
        assertNone(failures);
    }
}
