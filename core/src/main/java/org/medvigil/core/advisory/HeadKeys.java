package org.medvigil.core.advisory;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.medvigil.core.sbom.DocumentHead;

/**
 * The top-level keys of a document, judged from its head only: what format detection looks at.
 * Only keys at the top level count (strings and nesting are tracked), so a key named inside a
 * description or a nested object never makes a document look like another format. Works on the
 * raw bytes: JSON and YAML structure is ASCII, and UTF-8 continuation bytes never look like it,
 * so nothing needs decoding (on a cold JVM decoding every file's head cost more than parsing).
 */
final class HeadKeys {

    enum Syntax { JSON_OBJECT, JSON_OTHER, YAML, OTHER }

    private final Syntax syntax;
    private final Set<String> keys;
    private final byte[] bytes;
    private final int from;
    private final int to;

    private HeadKeys(Syntax syntax, Set<String> keys, byte[] bytes, int from, int to) {
        this.syntax = syntax;
        this.keys = keys;
        this.bytes = bytes;
        this.from = from;
        this.to = to;
    }

    /** The keys of a document's first {@link DocumentHead#SIZE} bytes. */
    static HeadKeys of(byte[] content) {
        int to = Math.min(content.length, DocumentHead.SIZE);
        int i = 0;
        if (to >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < to && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r' || content[i] == '\n')) {
            i++;
        }
        if (i >= to) {
            return new HeadKeys(Syntax.OTHER, Set.of(), content, i, to);
        }
        byte c = content[i];
        if (c == '{') {
            return new HeadKeys(Syntax.JSON_OBJECT, jsonKeys(content, i, to), content, i, to);
        }
        if (c == '[' || c == '"') {
            return new HeadKeys(Syntax.JSON_OTHER, Set.of(), content, i, to);
        }
        Set<String> yamlKeys = yamlKeys(content, i, to);
        return new HeadKeys(yamlKeys.isEmpty() ? Syntax.OTHER : Syntax.YAML, yamlKeys, content, i, to);
    }

    static HeadKeys of(DocumentHead head) {
        return of(head.text().getBytes(StandardCharsets.UTF_8));
    }

    Syntax syntax() {
        return syntax;
    }

    Set<String> keys() {
        return keys;
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

    boolean isEmpty() {
        return from >= to;
    }

    /** Whether the head holds this ASCII text anywhere. */
    boolean contains(String ascii) {
        int n = ascii.length();
        outer:
        for (int i = from; i + n <= to; i++) {
            for (int j = 0; j < n; j++) {
                if (bytes[i + j] != ascii.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Keys at column 0 of a YAML block mapping ({@code name:} followed by a blank or the line
     * end), when the document starts with one (after "---" and comment lines); else empty.
     */
    private static Set<String> yamlKeys(byte[] b, int start, int to) {
        Set<String> keys = new LinkedHashSet<>();
        int line = start;
        boolean started = false;
        while (line < to) {
            int end = line;
            while (end < to && b[end] != '\n') {
                end++;
            }
            int i = line;
            byte c = b[i];
            if (isLetter(c) || c == '_') {
                while (i < end && (isLetter(b[i]) || isDigit(b[i]) || b[i] == '_' || b[i] == '$' || b[i] == '-')) {
                    i++;
                }
                int name = i;
                while (i < end && (b[i] == ' ' || b[i] == '\t')) {
                    i++;
                }
                if (i < end && b[i] == ':' && (i + 1 == end || b[i + 1] == ' ' || b[i + 1] == '\t' || b[i + 1] == '\r')) {
                    keys.add(new String(b, line, name - line, StandardCharsets.US_ASCII));
                    started = true;
                } else if (!started) {
                    return Set.of();
                }
            } else if (!started && !(c == '#' || c == '\r' || c == '\n' || startsWith(b, line, end, "---"))) {
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
    private static Set<String> jsonKeys(byte[] b, int start, int to) {
        Set<String> keys = new LinkedHashSet<>();
        int depth = 0;
        boolean expectKey = false;
        for (int i = start; i < to; i++) {
            switch (b[i]) {
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
                    while (j < to && b[j] != '"') {
                        j += b[j] == '\\' ? 2 : 1;
                    }
                    if (j >= to) {
                        return keys;
                    }
                    if (expectKey) {
                        keys.add(new String(b, i + 1, j - i - 1, StandardCharsets.UTF_8));
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

    private static boolean isLetter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static boolean startsWith(byte[] b, int from, int end, String s) {
        if (end - from < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
