package org.medvigil.app.storage;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Values kept as JSON text in a column (lists of ids, hashes, the audit log's before/after).
 * TEXT rather than a JSON column type: one schema for H2 and PostgreSQL, and the text comes
 * back exactly as written.
 */
@Component
public class JsonText {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final JsonMapper json;

    public JsonText(JsonMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    public List<String> strings(String text) {
        return text == null || text.isEmpty() ? List.of() : json.readValue(text, STRINGS);
    }

    public Map<String, String> stringMap(String text) {
        return text == null || text.isEmpty() ? Map.of() : json.readValue(text, STRING_MAP);
    }

    public Map<String, Object> object(String text) {
        return text == null || text.isEmpty() ? null : json.readValue(text, OBJECT);
    }

    public <T> T read(String text, TypeReference<T> type) {
        return text == null || text.isEmpty() ? null : json.readValue(text, type);
    }

    public <T> T read(String text, Class<T> type) {
        return text == null || text.isEmpty() ? null : json.readValue(text, type);
    }
}
