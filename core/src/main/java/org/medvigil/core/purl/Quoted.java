package org.medvigil.core.purl;

/** Quotes untrusted input for one-line error messages: bounded length, no control characters. */
final class Quoted {
    private static final int MAX_SHOWN = 120;

    private Quoted() {
    }

    static String shortened(String s) {
        if (s == null) {
            return "(none)";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_SHOWN) + 8).append('"');
        int n = Math.min(s.length(), MAX_SHOWN);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        if (s.length() > MAX_SHOWN) {
            b.append("...");
        }
        return b.append('"').toString();
    }

    /** One character for a message, control characters as their code. */
    static String character(char c) {
        return c < 0x20 || c == 0x7f ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }
}
