package org.medvigil.core.risk.cvss;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data tables of the FIRST CVSS v4.0 reference calculator (MacroVector scores, highest
 * severity vectors per EQ level, maximal severity depths), embedded as the resource
 * {@code cvss4-tables.json} with its BSD-2-Clause licence. Loaded once; immutable.
 */
final class Cvss4Tables {
    private static final Cvss4Tables INSTANCE = load();

    private final Map<String, Double> lookup;
    /** "eq1" → level → list of partial vectors as metric maps; "eq3" is keyed "eq3:eq6". */
    private final Map<String, Map<String, List<Map<String, String>>>> maxComposed;
    /** "eq1", "eq2", "eq4" → level → depth; "eq3eq6" → "eq3:eq6" → depth. */
    private final Map<String, Map<String, Integer>> maxSeverity;

    private Cvss4Tables(Map<String, Double> lookup, Map<String, Map<String, List<Map<String, String>>>> maxComposed,
                        Map<String, Map<String, Integer>> maxSeverity) {
        this.lookup = lookup;
        this.maxComposed = maxComposed;
        this.maxSeverity = maxSeverity;
    }

    static Cvss4Tables get() {
        return INSTANCE;
    }

    /** The score of a MacroVector, or NaN when the MacroVector does not exist. */
    double score(String macroVector) {
        Double s = lookup.get(macroVector);
        return s == null ? Double.NaN : s;
    }

    List<Map<String, String>> maxVectors(String eq, String level) {
        return maxComposed.get(eq).get(level);
    }

    int maxSeverity(String eq, String level) {
        return maxSeverity.get(eq).get(level);
    }

    int size() {
        return lookup.size();
    }

    private static Cvss4Tables load() {
        try (InputStream in = Cvss4Tables.class.getResourceAsStream("cvss4-tables.json")) {
            if (in == null) {
                throw new IllegalStateException("resource cvss4-tables.json is missing from the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Double> lookup = new HashMap<>();
            root.get("lookup").fields().forEachRemaining(e -> lookup.put(e.getKey(), e.getValue().asDouble()));

            Map<String, Map<String, List<Map<String, String>>>> composed = new HashMap<>();
            root.get("maxComposed").fields().forEachRemaining(eq -> {
                Map<String, List<Map<String, String>>> levels = new HashMap<>();
                eq.getValue().fields().forEachRemaining(level -> {
                    if (level.getValue().isArray()) {
                        levels.put(level.getKey(), vectors(level.getValue()));
                    } else {
                        level.getValue().fields().forEachRemaining(eq6 ->
                                levels.put(level.getKey() + ":" + eq6.getKey(), vectors(eq6.getValue())));
                    }
                });
                composed.put(eq.getKey(), Map.copyOf(levels));
            });

            Map<String, Map<String, Integer>> severity = new HashMap<>();
            root.get("maxSeverity").fields().forEachRemaining(eq -> {
                Map<String, Integer> levels = new HashMap<>();
                eq.getValue().fields().forEachRemaining(level -> {
                    if (level.getValue().isInt()) {
                        levels.put(level.getKey(), level.getValue().asInt());
                    } else {
                        level.getValue().fields().forEachRemaining(eq6 ->
                                levels.put(level.getKey() + ":" + eq6.getKey(), eq6.getValue().asInt()));
                    }
                });
                severity.put(eq.getKey(), Map.copyOf(levels));
            });
            return new Cvss4Tables(Map.copyOf(lookup), Map.copyOf(composed), Map.copyOf(severity));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource cvss4-tables.json", e);
        }
    }

    private static List<Map<String, String>> vectors(JsonNode array) {
        List<Map<String, String>> out = new ArrayList<>();
        for (JsonNode v : array) {
            Map<String, String> metrics = new HashMap<>();
            for (String part : v.asText().split("/")) {
                if (!part.isEmpty()) {
                    String[] kv = part.split(":");
                    metrics.put(kv[0], kv[1]);
                }
            }
            out.add(Map.copyOf(metrics));
        }
        return List.copyOf(out);
    }
}
