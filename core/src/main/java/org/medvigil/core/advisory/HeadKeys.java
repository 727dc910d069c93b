package org.medvigil.core.advisory;

import java.util.LinkedHashSet;
import java.util.Set;
import org.medvigil.core.sbom.DocumentHead;

/**
 * The top-level keys of a document, judged from its head only: what format detection looks at.
 * Only keys at the top level count (strings and nesting are tracked), so a key named inside a
 * description or a nested object never makes a document look like another format.
 */
record HeadKeys(Syntax syntax, Set<String> keys) {

    enum Syntax { JSON_OBJECT, JSON_OTHER, YAML, OTHER }

    static HeadKeys of(DocumentHead head) {
        String text = head.text();
        if (text.isEmpty()) {
            return new HeadKeys(Syntax.OTHER, Set.of());
        }
        char c = text.charAt(0);
        if (c == '{') {
            return new HeadKeys(Syntax.JSON_OBJECT, jsonKeys(text));
        }
        if (c == '[' || c == '"') {
            return new HeadKeys(Syntax.JSON_OTHER, Set.of());
        }
        Set<String> yamlKeys = yamlKeys(text);
        if (!yamlKeys.isEmpty()) {
            return new HeadKeys(Syntax.YAML, yamlKeys);
        }
        return new HeadKeys(Syntax.OTHER, Set.of());
    }

    boolean has(String key) {
        return keys.contains(key);
    }

    boolean isJsonObject() {
        return syntax == Syntax.JSON_OBJECT;
    }

    boolean isYaml() {
        return syntax == Syntax.YAML;
    }

    /**
     * Keys at column 0 of a YAML block mapping ({@code name:} followed by a blank or the line
     * end), when the document starts with one (after "---" and comment lines); else empty.
     */
    private static Set<String> yamlKeys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        int n = text.length();
        int line = 0;
        boolean started = false;
        while (line < n) {
            int end = text.indexOf('\n', line);
            if (end < 0) {
                end = n;
            }
            int i = line;
            char c = text.charAt(i);
            if (Character.isLetter(c) || c == '_') {
                while (i < end && (Character.isLetterOrDigit(text.charAt(i)) || "_$-".indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
                int name = i;
                while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
                if (i < end && text.charAt(i) == ':' && (i + 1 == end || " \t\r".indexOf(text.charAt(i + 1)) >= 0)) {
                    keys.add(text.substring(line, name));
                    started = true;
                } else if (!started) {
                    return Set.of();
                }
            } else if (!started && !(c == '#' || text.startsWith("---", line) || c == '\r' || line == end)) {
                return Set.of();
            }
            line = end + 1;
        }
        return keys;
    }

    /**
     * Top-level keys of a JSON object, scanned without a tokenizer (strings and nesting only),
     * until the object or the head ends. Detection only: the real parse judges validity.
     */
    private static Set<String> jsonKeys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        int depth = 0;
        boolean expectKey = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '{' -> {
                    depth++;
                    expectKey = depth == 1;
                }
                case '[' -> depth++;
                case '}', ']' -> {
                    depth--;
                    if (depth <= 0) {
                        return keys;
                    }
                }
                case ',' -> expectKey = depth == 1;
                case '"' -> {
                    int j = i + 1;
                    while (j < n && text.charAt(j) != '"') {
                        j += text.charAt(j) == '\\' ? 2 : 1;
                    }
                    if (j >= n) {
                        return keys;
                    }
                    if (expectKey) {
                        keys.add(text.substring(i + 1, j));
                        expectKey = false;
                    }
                    i = j;
                }
                default -> {
                    // values, colons and white space
                }
            }
        }
        return keys;
    }
}
