package org.medvigil.core.version;

import java.util.ArrayList;
import java.util.List;

/**
 * Packagist (Composer) versions. Composer's {@code Comparator} compares version strings with
 * PHP's {@code version_compare} after dropping a leading {@code v}/{@code V}, and that is what
 * this implements: {@code -}, {@code _} and {@code +} become {@code .}, a {@code .} is inserted
 * between a digit and a non-digit, and the resulting components compare in turn: numbers
 * numerically, words by PHP's special forms
 * {@code any other word < dev < alpha = a < beta = b < RC = rc < # < pl = p} (matched by prefix),
 * a number as {@code #} against a word; when one version has more components, a number there
 * makes it greater, else the rest compares against {@code #} ({@code 1.0 < 1.0.0},
 * {@code 1.0rc1 < 1.0 < 1.0pl1}).
 *
 * <p>Two details follow OSV's reference comparator (osv-scalibr) instead of PHP, since OSV
 * Packagist ranges are ordered by it: numbers have no size limit (PHP clamps them to 64 bits),
 * and characters other than letters, digits and {@code -_+.} stay in their component (PHP
 * makes them separators), so {@code 1.2.3.#} equals {@code 1.2.3}. Composer's branch names
 * ({@code dev-main}) are read like any other version; Composer itself does not order two
 * different branches.
 *
 * <p>Hand-rolled: versatile-core has no composer comparator.
 */
final class ComposerVersionScheme extends ParsingVersionScheme<String[]> {

    @Override
    public String name() {
        return "composer";
    }

    @Override
    String[] parse(String version) {
        String v = VersionText.checked("composer", version);
        int start = 0;
        while (start < v.length() && (v.charAt(start) == 'v' || v.charAt(start) == 'V')) {
            start++;
        }
        StringBuilder b = new StringBuilder(v.length() + 8);
        for (int i = start; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw VersionText.invalid("composer", version, "whitespace or control character");
            }
            if (c == '-' || c == '_' || c == '+') {
                c = '.';
            }
            if (b.length() > 0 && isTransition(b.charAt(b.length() - 1), c)) {
                b.append('.');
            }
            b.append(c);
        }
        if (b.length() == 0) {
            throw VersionText.invalid("composer", version, "no version after the v");
        }
        return split(b);
    }

    /** Between a digit and a character that is neither a digit nor a dot, in either order. */
    private static boolean isTransition(char previous, char c) {
        if (previous == '.' || c == '.') {
            return false;
        }
        return DecimalDigits.isDigit(previous) != DecimalDigits.isDigit(c);
    }

    private static String[] split(CharSequence s) {
        List<String> parts = new ArrayList<>(6);
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '.') {
                String part = s.subSequence(start, i).toString();
                parts.add(DecimalDigits.isAllDigits(part) ? DecimalDigits.stripLeadingZeros(part) : part);
                start = i + 1;
            }
        }
        return parts.toArray(new String[0]);
    }

    @Override
    int compareParsed(String[] a, String[] b) {
        return compareFrom(a, 0, b, 0);
    }

    private static final String[] HASH = {"#"};

    private static int compareFrom(String[] a, int ai, String[] b, int bi) {
        while (ai < a.length && bi < b.length) {
            int c = compareComponents(a[ai++], b[bi++]);
            if (c != 0) {
                return c;
            }
        }
        if (ai < a.length) {
            return DecimalDigits.isAllDigits(a[ai]) ? 1 : compareFrom(a, ai, HASH, 0);
        }
        if (bi < b.length) {
            return DecimalDigits.isAllDigits(b[bi]) ? -1 : compareFrom(HASH, 0, b, bi);
        }
        return 0;
    }

    private static int compareComponents(String x, String y) {
        boolean xNum = DecimalDigits.isAllDigits(x);
        boolean yNum = DecimalDigits.isAllDigits(y);
        if (xNum && yNum) {
            return DecimalDigits.compareStripped(x, y);
        }
        return Integer.compare(weight(xNum ? "#" : x), weight(yNum ? "#" : y));
    }

    /** PHP's special version forms, matched by prefix in PHP's order; other words weigh least. */
    private static int weight(String word) {
        if (word.startsWith("dev")) {
            return 0;
        }
        if (word.startsWith("a")) {
            return 1;
        }
        if (word.startsWith("b")) {
            return 2;
        }
        if (word.startsWith("RC") || word.startsWith("rc")) {
            return 3;
        }
        if (word.startsWith("#")) {
            return 4;
        }
        if (word.startsWith("p")) {
            return 5;
        }
        return -1;
    }
}
