package org.medvigil.core.version;

/**
 * Character tests and numeric comparison of ASCII digit runs inside version strings. Runs are
 * compared by value without converting them to a number type, so a component of any length
 * (beyond 64 bits) orders correctly and no object is allocated.
 */
final class Numerals {
    private Numerals() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** The end of the run of ASCII digits starting at {@code from} (exclusive), at most {@code end}. */
    static int digitsEnd(String s, int from, int end) {
        int i = from;
        while (i < end && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Compares the digit runs {@code a[as, ae)} and {@code b[bs, be)} by numeric value: -1, 0 or 1.
     * Leading zeros are ignored and an empty run counts as zero.
     */
    static int compare(String a, int as, int ae, String b, int bs, int be) {
        while (as < ae && a.charAt(as) == '0') {
            as++;
        }
        while (bs < be && b.charAt(bs) == '0') {
            bs++;
        }
        int la = ae - as;
        int lb = be - bs;
        if (la != lb) {
            return la < lb ? -1 : 1;
        }
        for (; as < ae; as++, bs++) {
            char ca = a.charAt(as);
            char cb = b.charAt(bs);
            if (ca != cb) {
                return ca < cb ? -1 : 1;
            }
        }
        return 0;
    }

    /** Whether the digit run {@code s[from, to)} is numerically zero (or empty). */
    static boolean isZero(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /** The version quoted for a one-line error message: control characters escaped, long input cut. */
    static String quoted(String version) {
        if (version == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(version.length(), 80) + 8).append('"');
        for (int i = 0; i < version.length() && i < 80; i++) {
            char c = version.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (version.length() > 80) {
            out.append("...");
        }
        return out.append('"').toString();
    }
}
