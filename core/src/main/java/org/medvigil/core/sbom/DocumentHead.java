package org.medvigil.core.sbom;

import java.nio.charset.StandardCharsets;

/**
 * What format detection looks at: the first bytes of a document and, for a longer document, its
 * last bytes too, decoded leniently. Leading whitespace and a UTF-8 byte-order mark are skipped.
 * The end is included because JSON SBOMs often put their identifying fields
 * ({@code bomFormat}, {@code spdxVersion}) after the component list: serialisers that sort keys
 * or write collections first do.
 */
public record DocumentHead(String text) {
    public static final int SIZE = 64 * 1024;

    public static DocumentHead of(byte[] content) {
        int n = Math.min(content.length, SIZE);
        String s = new String(content, 0, n, StandardCharsets.UTF_8);
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        s = s.stripLeading();
        if (content.length > SIZE) {
            int from = Math.max(SIZE, content.length - SIZE);
            s = s + "\n" + new String(content, from, content.length - from, StandardCharsets.UTF_8);
        }
        return new DocumentHead(s);
    }

    public boolean startsWith(char c) {
        return !text.isEmpty() && text.charAt(0) == c;
    }

    public boolean contains(String s) {
        return text.contains(s);
    }
}
