package org.medvigil.core.version;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.medvigil.core.testdata.SharedData;
import org.medvigil.core.version.OsvEventRange.Event;
import org.medvigil.core.version.OsvEventRange.Kind;

/**
 * The ranges of real OSV records (Go vulndb, GitHub-reviewed Maven/npm/NuGet sample) evaluated
 * at their own bounds: every introduced version is affected and every fixed version is not
 * (unless another interval starts there), so every bound must be readable by its scheme.
 */
class OsvRecordRangesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final VersionSchemes schemes = VersionSchemes.standard();

    /**
     * Records whose ranges hold a bound that is not a version of their ecosystem; their ranges
     * must answer UNKNOWN (a person reviews such a match), never a guess.
     */
    private static final Map<String, String> UNREADABLE_BOUNDS = Map.of(
            "GHSA-3vqj-43w4-2q58", "Maven range with an empty fixed version",
            "GHSA-r683-j2x4-v87g", "npm range introduced at \"1.0\", not a node-semver version");

    private static List<JsonNode> records(String folder) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SharedData.path(folder))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && p.getFileName().toString().matches("(GO|GHSA)-.*"))
                    .sorted().toList()) {
                out.add(JSON.readTree(f.toFile()));
            }
        }
        return out;
    }

    private List<String> check(List<JsonNode> records, int[] checked) {
        List<String> failures = new ArrayList<>();
        for (JsonNode record : records) {
            String id = record.get("id").asText();
            for (JsonNode affected : record.path("affected")) {
                String ecosystem = affected.path("package").path("ecosystem").asText();
                for (JsonNode r : affected.path("ranges")) {
                    List<Event> events = new ArrayList<>();
                    r.path("events").forEach(e -> e.fields().forEachRemaining(f ->
                            events.add(new Event(Kind.ofKey(f.getKey()), f.getValue().asText()))));
                    OsvEventRange range = new OsvEventRange(r.get("type").asText(),
                            schemes.forOsvEcosystem(ecosystem).orElse(null), events);
                    if (range.type().equals("GIT")) {
                        continue;
                    }
                    VersionScheme order = OsvRangeEvaluation.orderingOf(range);
                    boolean unreadable = events.stream().anyMatch(e -> !(e.kind() == Kind.INTRODUCED && e.version().equals("0"))
                            && !(e.kind() == Kind.LIMIT && e.version().contains("*")) && !order.isValid(e.version()));
                    if (unreadable) {
                        if (!UNREADABLE_BOUNDS.containsKey(id)) {
                            failures.add(id + ": unexpected unreadable bound in " + range.describe());
                        } else if (range.contains(events.get(0).version()) != Containment.UNKNOWN) {
                            failures.add(id + ": a range with an unreadable bound gave a definite answer");
                        }
                        continue;
                    }
                    failures.addAll(checkBounds(id, range, events, checked));
                }
            }
        }
        return failures;
    }

    private static List<String> checkBounds(String id, OsvEventRange range, List<Event> events, int[] checked) {
        List<String> failures = new ArrayList<>();
        for (Event e : events) {
            boolean startsAgain = events.stream().anyMatch(o -> o.kind() == Kind.INTRODUCED && o.version().equals(e.version()));
            Containment expected = switch (e.kind()) {
                case INTRODUCED -> e.version().equals("0") ? null : Containment.INSIDE;
                case FIXED -> startsAgain ? null : Containment.OUTSIDE;
                case LAST_AFFECTED -> Containment.INSIDE;
                case LIMIT -> null;
            };
            if (expected == null) {
                continue;
            }
            checked[0]++;
            Containment got = range.contains(e.version());
            if (got != expected) {
                failures.add(id + " " + range.describe() + " at " + e.kind().key() + " " + e.version() + ": " + got);
            }
        }
        return failures;
    }

    private static void assertNone(List<String> failures) {
        assertThat(failures).as("%d failures, first 20:%n%s", failures.size(),
                String.join("\n", failures.subList(0, Math.min(20, failures.size())))).isEmpty();
    }

    @Test
    void goVulndbRangesAreAffectedAtTheirIntroducedAndNotAtTheirFixedVersions() throws IOException {
        int[] checked = {0};
        assertNone(check(records("osv/golang-vulndb/data/osv"), checked));
        System.out.println("Go vulndb: " + checked[0] + " range bounds evaluated");
        assertThat(checked[0]).isGreaterThan(1000);
    }

    @Test
    void githubReviewedRangesAreAffectedAtTheirIntroducedAndNotAtTheirFixedVersions() throws IOException {
        int[] checked = {0};
        assertNone(check(records("osv/ghsa-selected"), checked));
        System.out.println("GHSA sample: " + checked[0] + " range bounds evaluated");
        assertThat(checked[0]).isGreaterThan(100);
    }
}
