package org.medvigil.core.purl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.medvigil.core.testdata.SharedData;

/**
 * Runs every case of the purl-spec test suite ({@code tests/spec/*.json}, {@code tests/types/*.json}):
 * parse, build and validate (round trip), including the must-fail cases. Cases of the
 * "required" group (ECMA-427 conformance) run against {@link Purl#parse}; cases of the
 * "recommended" group (how to remediate common mistakes) against {@link Purl#parseLenient}.
 * There is no exclusion list: every case must pass.
 */
class PurlSpecSuiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyParseBuildAndValidateCaseOfThePurlSpecSuitePasses() throws IOException {
        Path tests = SharedData.path("purl-spec/tests");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(tests)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Path file : files) {
            JsonNode cases = JSON.readTree(file.toFile()).path("tests");
            for (int i = 0; i < cases.size(); i++) {
                JsonNode c = cases.get(i);
                String key = c.path("test_group").asText() + " " + c.path("test_type").asText()
                        + (c.path("expected_failure").asBoolean() ? " (must fail)" : "");
                int[] count = counts.computeIfAbsent(key, k -> new int[2]);
                count[0]++;
                String failure = run(c);
                if (failure == null) {
                    count[1]++;
                } else {
                    failures.add(tests.relativize(file) + "#" + i + " [" + key + "] "
                            + c.path("description").asText() + ": " + failure);
                }
            }
        }
        counts.forEach((k, v) -> System.out.printf("purl-spec %-32s %4d/%d%n", k, v[1], v[0]));
        assertThat(counts.values().stream().mapToInt(v -> v[0]).sum()).isGreaterThan(400);
        assertThat(failures).as("first 20 of %d failures:%n%s", failures.size(),
                String.join("\n", failures.subList(0, Math.min(20, failures.size())))).isEmpty();
    }

    /** @return {@code null} when the case passes, else what went wrong */
    static String run(JsonNode c) {
        boolean lenient = "recommended".equals(c.path("test_group").asText());
        boolean mustFail = c.path("expected_failure").asBoolean();
        JsonNode input = c.path("input");
        try {
            String got;
            String expected;
            switch (c.path("test_type").asText()) {
                case "parse" -> {
                    Purl p = parse(input.asText(), lenient);
                    got = components(p).toString();
                    expected = mustFail ? null : expectedComponents(c.path("expected_output")).toString();
                }
                case "build" -> {
                    Purl p = Purl.of(text(input, "type"), text(input, "namespace"), text(input, "name"),
                            text(input, "version"), qualifiers(input.path("qualifiers")), text(input, "subpath"));
                    got = p.canonical();
                    expected = mustFail ? null : c.path("expected_output").asText();
                }
                case "validate" -> {
                    got = parse(input.asText(), lenient).canonical();
                    expected = mustFail ? null : c.path("expected_output").asText();
                }
                default -> {
                    return "unknown test type " + c.path("test_type");
                }
            }
            if (mustFail) {
                return "input " + input + " was accepted as " + got;
            }
            return Objects.equals(expected, got) ? null : "input " + input + " expected " + expected + " got " + got;
        } catch (InvalidPurlException e) {
            return mustFail ? null : "input " + input + " rejected: " + e.getMessage();
        } catch (RuntimeException e) {
            return "input " + input + " threw " + e;
        }
    }

    static Purl parse(String purl, boolean lenient) {
        return lenient ? Purl.parseLenient(purl) : Purl.parse(purl);
    }

    static Map<String, Object> components(Purl p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", p.type());
        m.put("namespace", p.namespace());
        m.put("name", p.name());
        m.put("version", p.version());
        m.put("qualifiers", new TreeMap<>(p.qualifiers()));
        m.put("subpath", p.subpath());
        return m;
    }

    static Map<String, Object> expectedComponents(JsonNode o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", text(o, "type"));
        m.put("namespace", text(o, "namespace"));
        m.put("name", text(o, "name"));
        m.put("version", text(o, "version"));
        Map<String, String> q = qualifiers(o.path("qualifiers"));
        m.put("qualifiers", q == null ? new TreeMap<>() : new TreeMap<>(q));
        m.put("subpath", text(o, "subpath"));
        return m;
    }

    static String text(JsonNode o, String field) {
        JsonNode v = o.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    static Map<String, String> qualifiers(JsonNode q) {
        if (q.isNull() || q.isMissingNode()) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        q.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        return m;
    }
}
