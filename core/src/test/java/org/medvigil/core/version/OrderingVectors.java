package org.medvigil.core.version;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.medvigil.core.testdata.SharedData;

/**
 * Reads the shared version-ordering vectors (osv-scalibr / apk style {@code a op b} lines,
 * univers rpmvercmp JSON, vers-spec comparison/equality JSON) as expected comparisons, and
 * checks a scheme against them, collecting every failure.
 */
final class OrderingVectors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OrderingVectors() {
    }

    /** One expected comparison: {@code sign(compare(a, b)) == expected}. */
    record Case(String where, String a, String b, int expected) {
        @Override
        public String toString() {
            return where + ": " + a + " " + (expected < 0 ? "<" : expected > 0 ? ">" : "=") + " " + b;
        }
    }

    /**
     * Lines {@code <a> <op> <b>} (op one of {@code < = >}); empty lines and lines starting with
     * {@code "# "} or {@code "// "} are comments, as in osv-scalibr's test runner.
     */
    static List<Case> lines(String relative) {
        Path file = SharedData.path(relative);
        List<Case> cases = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isEmpty() || line.startsWith("# ") || line.startsWith("// ")) {
                    continue;
                }
                String[] parts = line.split(" ", -1);
                if (parts.length != 3) {
                    throw new IllegalStateException(relative + ":" + (i + 1) + ": not '<a> <op> <b>': " + line);
                }
                cases.add(new Case(file.getFileName() + ":" + (i + 1), parts[0], parts[2], sign(parts[1])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** univers {@code rpmvercmp.json}: {a, b, expected, active}; every entry, active or not. */
    static List<Case> rpmvercmp(String relative) {
        JsonNode root = read(relative);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode e = root.get(i);
            String where = "rpmvercmp.json[" + i + "]" + (e.path("active").asBoolean(true) ? "" : " (inactive)");
            cases.add(new Case(where, e.get("a").asText(), e.get("b").asText(), e.get("expected").asInt()));
        }
        return cases;
    }

    /**
     * vers test-suite {@code comparison} and {@code equality} entries: a comparison lists two
     * versions and expects them sorted ascending; an equality expects true or false.
     */
    static List<Case> versTests(String relative) {
        JsonNode root = read(relative);
        JsonNode tests = root.isArray() ? root : root.get("tests");
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            JsonNode t = tests.get(i);
            String where = Path.of(relative).getFileName() + "[" + i + "]";
            JsonNode versions = t.get("input").get("versions");
            String a = versions.get(0).asText();
            String b = versions.get(1).asText();
            switch (t.get("test_type").asText()) {
                case "comparison" -> {
                    JsonNode sorted = t.get("expected_output");
                    boolean kept = sorted.get(0).asText().equals(a) && sorted.get(1).asText().equals(b);
                    cases.add(new Case(where, a, b, a.equals(b) ? 0 : kept ? -1 : 1));
                }
                case "equality" -> cases.add(new Case(where, a, b, t.get("expected_output").asBoolean() ? 0 : 2));
                default -> throw new IllegalStateException(where + ": unexpected test_type " + t.get("test_type"));
            }
        }
        return cases;
    }

    /**
     * Every case whose comparison is wrong in either direction (expected 2 means "not equal").
     * Cases named in {@code excluded} (by {@link Case#toString()}) are skipped.
     */
    static List<String> failures(VersionScheme scheme, Collection<Case> cases, Set<String> excluded) {
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            if (excluded.contains(c.toString())) {
                continue;
            }
            try {
                int ab = Integer.signum(scheme.compare(c.a(), c.b()));
                int ba = Integer.signum(scheme.compare(c.b(), c.a()));
                boolean ok = c.expected() == 2 ? ab != 0 && ba == -ab : ab == c.expected() && ba == -c.expected();
                if (!ok) {
                    failures.add(c + " but got " + ab + " (reverse " + ba + ")");
                }
            } catch (RuntimeException e) {
                failures.add(c + " but threw " + e);
            }
        }
        return failures;
    }

    /** The first 20 failures, one per line, for an assertion message. */
    static String describe(List<String> failures) {
        return failures.size() + " failing:\n  " + String.join("\n  ", failures.subList(0, Math.min(20, failures.size())));
    }

    private static int sign(String op) {
        return switch (op) {
            case "<" -> -1;
            case "=" -> 0;
            case ">" -> 1;
            default -> throw new IllegalStateException("unknown operator " + op);
        };
    }

    static JsonNode read(String relative) {
        try {
            return JSON.readTree(SharedData.path(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
