package org.medvigil.core.version;

/**
 * Arithmetic-free handling of decimal digit runs of any length, so that version numbers beyond
 * 64 bits (such as {@code 999999999999999999999999999991}) compare exactly without BigInteger.
 */
final class DecimalDigits {
    private DecimalDigits() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code s} is a non-empty run of ASCII digits. */
    static boolean isAllDigits(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The digit run without leading zeros ("0" for zero); {@code digits} must be all digits. */
    static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return i == 0 ? digits : digits.substring(i);
    }

    /** Compares two digit runs without leading zeros numerically. */
    static int compareStripped(String a, String b) {
        if (a.length() != b.length()) {
            return a.length() < b.length() ? -1 : 1;
        }
        int c = a.compareTo(b);
        return Integer.signum(c);
    }

    /** Compares two digit runs numerically, leading zeros allowed. */
    static int compare(String a, String b) {
        return compareStripped(stripLeadingZeros(a), stripLeadingZeros(b));
    }

    /** Whether a digit run (leading zeros allowed) is zero. */
    static boolean isZero(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
