package org.medvigil.core.sbom;

import java.nio.charset.StandardCharsets;

/**
 * The first bytes of a document, decoded leniently, for format detection. Leading whitespace
 * and a UTF-8 byte-order mark are skipped.
 */
public record DocumentHead(String text) {
    public static final int SIZE = 64 * 1024;

    public static DocumentHead of(byte[] content) {
        int n = Math.min(content.length, SIZE);
        String s = new String(content, 0, n, StandardCharsets.UTF_8);
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        return new DocumentHead(s.stripLeading());
    }

    public boolean startsWith(char c) {
        return !text.isEmpty() && text.charAt(0) == c;
    }

    public boolean contains(String s) {
        return text.contains(s);
    }
}
