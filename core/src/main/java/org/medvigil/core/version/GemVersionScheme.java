package org.medvigil.core.version;

import java.util.ArrayList;
import java.util.List;

/**
 * RubyGems versions, read and ordered as {@code Gem::Version}: a version matches
 * {@code [0-9]+(\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?} (surrounding whitespace
 * allowed), except that letters may follow the first number directly ({@code 1beta}), which
 * RubyGems rejects but OSV's tooling reads; {@code -} means {@code .pre.}; segments are the runs of digits and of letters;
 * trailing zero segments are dropped from the numeric part and from the part that starts at
 * the first letter segment ({@code 1.0.a.0 = 1.a}); segments then compare in turn, missing ones
 * as {@code 0}, a letter segment below a number (so {@code 1.0.b1 < 1.0}), numbers numerically
 * (any size) and letters case-sensitively.
 *
 * <p>Hand-rolled: versatile-core has no gem comparator.
 */
final class GemVersionScheme extends ParsingVersionScheme<Object[]> {

    @Override
    public String name() {
        return "gem";
    }

    /** The canonical segments: each a {@code String} of digits without leading zeros, or a {@code Letters}. */
    @Override
    Object[] parse(String version) {
        String v = VersionText.checked("gem", version).strip();
        checkPattern(version, v);
        String s = v.replace("-", ".pre.");
        List<Object> segments = new ArrayList<>(8);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int start = i;
            if (DecimalDigits.isDigit(c)) {
                while (i < s.length() && DecimalDigits.isDigit(s.charAt(i))) {
                    i++;
                }
                segments.add(DecimalDigits.stripLeadingZeros(s.substring(start, i)));
            } else if (isLetter(c)) {
                while (i < s.length() && isLetter(s.charAt(i))) {
                    i++;
                }
                segments.add(new Letters(s.substring(start, i)));
            } else {
                i++;
            }
        }
        return canonical(segments);
    }

    /** Letter segments, kept apart from digit strings by type. */
    private record Letters(String text) {
    }

    /** Drops trailing zeros from the numeric part and from the part from the first letter segment on. */
    private static Object[] canonical(List<Object> segments) {
        int firstLetters = segments.size();
        for (int k = 0; k < segments.size(); k++) {
            if (segments.get(k) instanceof Letters) {
                firstLetters = k;
                break;
            }
        }
        List<Object> out = new ArrayList<>(segments.size());
        out.addAll(withoutTrailingZeros(segments.subList(0, firstLetters)));
        out.addAll(withoutTrailingZeros(segments.subList(firstLetters, segments.size())));
        return out.toArray();
    }

    private static List<Object> withoutTrailingZeros(List<Object> part) {
        int end = part.size();
        while (end > 0 && "0".equals(part.get(end - 1))) {
            end--;
        }
        return part.subList(0, end);
    }

    private static void checkPattern(String original, String v) {
        int i = 0;
        int n = v.length();
        if (n == 0 || !DecimalDigits.isDigit(v.charAt(0))) {
            throw VersionText.invalid("gem", original, "must start with a number");
        }
        while (i < n && isAlnum(v.charAt(i))) {
            i++;
        }
        while (i < n && v.charAt(i) == '.') {
            int start = ++i;
            while (i < n && isAlnum(v.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw VersionText.invalid("gem", original, "empty segment");
            }
        }
        if (i < n && v.charAt(i) == '-') {
            do {
                int start = ++i;
                while (i < n && (isAlnum(v.charAt(i)) || v.charAt(i) == '-')) {
                    i++;
                }
                if (i == start) {
                    throw VersionText.invalid("gem", original, "empty pre-release segment");
                }
            } while (i < n && v.charAt(i) == '.');
        }
        if (i < n) {
            throw VersionText.invalid("gem", original, "unexpected '" + v.charAt(i) + "'");
        }
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAlnum(char c) {
        return isLetter(c) || DecimalDigits.isDigit(c);
    }

    @Override
    int compareParsed(Object[] a, Object[] b) {
        int n = Math.max(a.length, b.length);
        for (int i = 0; i < n; i++) {
            Object x = i < a.length ? a[i] : "0";
            Object y = i < b.length ? b[i] : "0";
            if (x instanceof String xs && y instanceof String ys) {
                int c = DecimalDigits.compareStripped(xs, ys);
                if (c != 0) {
                    return c;
                }
            } else if (x instanceof Letters xl && y instanceof Letters yl) {
                int c = xl.text().compareTo(yl.text());
                if (c != 0) {
                    return Integer.signum(c);
                }
            } else {
                return x instanceof Letters ? -1 : 1;
            }
        }
        return 0;
    }
}
