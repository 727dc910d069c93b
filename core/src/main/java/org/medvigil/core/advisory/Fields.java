package org.medvigil.core.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Field access on the text trees {@link TextTrees} builds: absent, null and non-text fields read as missing. */
final class Fields {
    private Fields() {
    }

    /** The text of {@code node.field}, or {@code null} when absent, null, blank or not a scalar. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.isValueNode() || v.isNull()) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    /** The elements of the array {@code node.field}; empty when absent or not an array. */
    static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isArray() ? v : Collections.emptyList();
    }

    /** The object {@code node.field}, or {@code null} when absent or not an object. */
    static JsonNode object(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isObject() ? v : null;
    }

    /** The non-blank scalar elements of the array {@code node.field}, in order. */
    static List<String> texts(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : array(node, field)) {
            if (e.isValueNode() && !e.isNull() && !e.asText().isBlank()) {
                out.add(e.asText());
            }
        }
        return out;
    }
}
