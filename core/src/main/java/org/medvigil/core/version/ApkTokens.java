package org.medvigil.core.version;

/**
 * apk-tools 2's version tokenizer ({@code get_token} and {@code next_token} in
 * {@code src/version.c}) over one string: {@link #type} is the kind of the next token, and
 * {@link #read()} consumes it, leaving its value for {@link #compareValue}. Number values are
 * kept as digit positions so they compare exactly at any length.
 */
final class ApkTokens {
    // Token kinds in apk-tools 2's order; the comparison relies on it.
    static final int INVALID = -1;
    static final int DIGIT_OR_ZERO = 0;
    static final int DIGIT = 1;
    static final int LETTER = 2;
    static final int SUFFIX = 3;
    static final int SUFFIX_NO = 4;
    static final int REVISION_NO = 5;
    static final int END = 6;

    private static final String[] PRE_SUFFIXES = {"alpha", "beta", "pre", "rc"};
    private static final String[] POST_SUFFIXES = {"cvs", "svn", "git", "hg", "p"};

    private final String s;
    private int pos;
    int type = DIGIT;
    /** The value of the token last read: a small number, or digits at [digitsStart, digitsEnd). */
    private long small;
    private int digitsStart = -1;
    private int digitsEnd;

    ApkTokens(String s) {
        this.s = s;
    }

    /** apk's {@code get_token}: reads the token of kind {@link #type} and moves to the next kind. */
    void read() {
        digitsStart = -1;
        small = 0;
        if (pos >= s.length()) {
            type = END;
            return;
        }
        int i = pos;
        boolean leadingZeros = false;
        switch (type) {
            case DIGIT_OR_ZERO, DIGIT, SUFFIX_NO, REVISION_NO -> {
                if (type == DIGIT_OR_ZERO && s.charAt(i) == '0') {
                    // Leading zeros of a dotted component count as minus their number.
                    while (i < s.length() && s.charAt(i) == '0') {
                        i++;
                    }
                    small = -(i - pos);
                    leadingZeros = true;
                } else {
                    i = Numerals.digitsEnd(s, i, s.length());
                    digitsStart = pos;
                    digitsEnd = i;
                }
            }
            case LETTER -> small = s.charAt(i++);
            case SUFFIX -> {
                int suffix = suffixAt(i);
                if (suffix == Integer.MIN_VALUE) {
                    type = INVALID;
                    small = -1;
                    return;
                }
                small = suffix;
                i += suffixLength(suffix);
            }
            default -> {
                type = INVALID;
                small = -1;
                return;
            }
        }
        pos = i;
        if (pos >= s.length()) {
            type = END;
        } else if (leadingZeros) {
            type = DIGIT;
        } else {
            nextType();
        }
    }

    /** The value of the suffix token that {@link #read()} would read next (negative for pre-releases). */
    long peekSuffix() {
        int suffix = suffixAt(pos);
        return suffix == Integer.MIN_VALUE ? -1 : suffix;
    }

    /** Compares the values of the tokens last read here and in {@code o} (tokens of the same kind). */
    int compareValue(ApkTokens o) {
        if (digitsStart >= 0 && o.digitsStart >= 0) {
            return Numerals.compare(s, digitsStart, digitsEnd, o.s, o.digitsStart, o.digitsEnd);
        }
        if (digitsStart >= 0) {
            return -o.compareSmallToDigits(this);
        }
        if (o.digitsStart >= 0) {
            return compareSmallToDigits(o);
        }
        return Long.compare(small, o.small);
    }

    private int compareSmallToDigits(ApkTokens o) {
        if (small < 0) {
            return -1;
        }
        String digits = Long.toString(small);
        return Numerals.compare(digits, 0, digits.length(), o.s, o.digitsStart, o.digitsEnd);
    }

    /** apk's {@code next_token}: the kind of the token starting at {@link #pos}. */
    private void nextType() {
        char c = s.charAt(pos);
        int n = INVALID;
        if ((type == DIGIT || type == DIGIT_OR_ZERO) && c >= 'a' && c <= 'z') {
            n = LETTER;
        } else if (type == LETTER && Numerals.isDigit(c)) {
            n = DIGIT;
        } else if (type == SUFFIX && Numerals.isDigit(c)) {
            n = SUFFIX_NO;
        } else {
            if (c == '.') {
                n = DIGIT_OR_ZERO;
            } else if (c == '_') {
                n = SUFFIX;
            } else if (c == '-' && pos + 1 < s.length() && s.charAt(pos + 1) == 'r') {
                n = REVISION_NO;
                pos++;
            }
            pos++;
        }
        if (n < type && !((n == DIGIT_OR_ZERO && type == DIGIT) || (n == SUFFIX && type == SUFFIX_NO)
                || (n == DIGIT && type == LETTER))) {
            n = INVALID;
        }
        type = n;
    }

    /** The suffix at {@code at} by prefix, as apk matches it: -4..-1 for pre-releases, 0..4 after, else MIN_VALUE. */
    private int suffixAt(int at) {
        for (int k = 0; k < PRE_SUFFIXES.length; k++) {
            if (s.startsWith(PRE_SUFFIXES[k], at)) {
                return k - PRE_SUFFIXES.length;
            }
        }
        for (int k = 0; k < POST_SUFFIXES.length; k++) {
            if (s.startsWith(POST_SUFFIXES[k], at)) {
                return k;
            }
        }
        return Integer.MIN_VALUE;
    }

    private static int suffixLength(int suffix) {
        return suffix < 0 ? PRE_SUFFIXES[suffix + PRE_SUFFIXES.length].length() : POST_SUFFIXES[suffix].length();
    }
}
