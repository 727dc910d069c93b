package org.medvigil.core.risk.cvss;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The metrics one CVSS version allows, in the specification's order, and the strict reading of
 * the {@code NAME:VALUE/NAME:VALUE} part of a vector against them. Every deviation is an
 * {@link InvalidCvssVectorException} naming the metric and its position.
 */
final class MetricGrammar {
    /** One metric: its abbreviation, allowed values and whether every vector must carry it. */
    record Metric(String name, List<String> values, boolean mandatory) {
        Metric {
            values = List.copyOf(values);
        }
    }

    private final String label;
    private final List<Metric> metrics;
    private final Map<String, Integer> index = new HashMap<>();
    private final boolean fixedOrder;

    /**
     * @param label      "CVSS v3.1", used in messages
     * @param fixedOrder true when the specification makes every other order invalid (v2, v4.0)
     */
    MetricGrammar(String label, boolean fixedOrder, List<Metric> metrics) {
        this.label = label;
        this.fixedOrder = fixedOrder;
        this.metrics = List.copyOf(metrics);
        for (int i = 0; i < metrics.size(); i++) {
            index.put(metrics.get(i).name(), i);
        }
    }

    static Metric mandatory(String name, String... values) {
        return new Metric(name, List.of(values), true);
    }

    static Metric optional(String name, String... values) {
        return new Metric(name, List.of(values), false);
    }

    List<Metric> metrics() {
        return metrics;
    }

    /**
     * Reads {@code vector.substring(start)} as metrics. Returns them in specification order
     * (explicit not-defined values kept), or throws naming the first problem found.
     */
    Map<String, String> read(String vector, int start) {
        if (start >= vector.length()) {
            throw new InvalidCvssVectorException(vector, "no metrics after the prefix");
        }
        Map<String, String> given = new HashMap<>();
        int previous = -1;
        String previousName = null;
        int pos = start;
        while (true) {
            int slash = vector.indexOf('/', pos);
            int end = slash < 0 ? vector.length() : slash;
            String field = vector.substring(pos, end);
            int column = pos + 1;
            if (field.isEmpty()) {
                throw new InvalidCvssVectorException(vector, end == vector.length()
                        ? "trailing '/' at position " + column
                        : "empty metric at position " + column + " (two '/' in a row)");
            }
            int colon = field.indexOf(':');
            if (colon <= 0 || colon == field.length() - 1 || field.indexOf(':', colon + 1) >= 0) {
                throw new InvalidCvssVectorException(vector,
                        "'" + field + "' at position " + column + " is not NAME:VALUE");
            }
            String name = field.substring(0, colon);
            String value = field.substring(colon + 1);
            Integer at = index.get(name);
            if (at == null) {
                throw new InvalidCvssVectorException(vector, unknownMetric(name, column));
            }
            Metric metric = metrics.get(at);
            if (given.containsKey(name)) {
                throw new InvalidCvssVectorException(vector, "duplicate metric '" + name + "' at position " + column);
            }
            if (!metric.values().contains(value)) {
                throw new InvalidCvssVectorException(vector, "invalid value '" + value + "' for metric " + name
                        + " at position " + column + " (allowed: " + String.join(", ", metric.values()) + ")");
            }
            if (fixedOrder && at < previous) {
                throw new InvalidCvssVectorException(vector, "metric '" + name + "' at position " + column
                        + " must come before '" + previousName + "' (" + label + " fixes the order of metrics)");
            }
            given.put(name, value);
            previous = at;
            previousName = name;
            if (slash < 0) {
                break;
            }
            pos = slash + 1;
        }
        List<String> missing = new ArrayList<>();
        Map<String, String> ordered = new LinkedHashMap<>();
        for (Metric m : metrics) {
            String v = given.get(m.name());
            if (v != null) {
                ordered.put(m.name(), v);
            } else if (m.mandatory()) {
                missing.add(m.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidCvssVectorException(vector, "missing mandatory metric" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing));
        }
        return Collections.unmodifiableMap(ordered);
    }

    private String unknownMetric(String name, int column) {
        for (Metric m : metrics) {
            if (m.name().equalsIgnoreCase(name)) {
                return "unknown metric '" + name + "' at position " + column
                        + " (metric names are case-sensitive: did you mean '" + m.name() + "'?)";
            }
        }
        return "unknown metric '" + name + "' at position " + column + " for " + label;
    }

    /** The vector body in specification order with not-defined values dropped. */
    static String normalise(Map<String, String> metrics, String notDefined) {
        StringBuilder b = new StringBuilder();
        metrics.forEach((name, value) -> {
            if (!value.equals(notDefined)) {
                if (b.length() > 0) {
                    b.append('/');
                }
                b.append(name).append(':').append(value);
            }
        });
        return b.toString();
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
