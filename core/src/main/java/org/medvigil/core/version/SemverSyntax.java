package org.medvigil.core.version;

import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written reader for the SemVer family of version strings
 * ({@code [v]MAJOR.MINOR.PATCH[-PRE][+BUILD]}), with the per-ecosystem variations as
 * {@link Rules}. No regular expressions: this runs for every comparison.
 */
final class SemverSyntax {

    /**
     * What one ecosystem accepts. Start from {@link #strict} (SemVer 2.0.0's grammar) and relax.
     *
     * @param scheme              name used in error messages
     * @param leadingV            an optional lowercase {@code v} before the number
     * @param trim                surrounding ASCII whitespace is ignored (node-semver trims)
     * @param minParts            fewest numeric release parts
     * @param maxParts            most numeric release parts kept
     * @param extraPartsIgnored   release parts past {@code maxParts} are read and ignored instead
     *                            of rejected (OSV's tolerant SemVer reading)
     * @param shortFormsPlainOnly fewer than three parts only without pre-release or build
     *                            (Go's {@code v1}, {@code v1.2})
     * @param leadingZeros        release parts and numeric pre-release identifiers may have
     *                            leading zeros (read numerically)
     */
    record Rules(String scheme, boolean leadingV, boolean trim, int minParts, int maxParts,
                 boolean extraPartsIgnored, boolean shortFormsPlainOnly, boolean leadingZeros) {

        /** SemVer 2.0.0's grammar: exactly three parts, no {@code v}, no leading zeros. */
        static Rules strict(String scheme) {
            return new Rules(scheme, false, false, 3, 3, false, false, false);
        }

        Rules withLeadingV() {
            return new Rules(scheme, true, trim, minParts, maxParts, extraPartsIgnored, shortFormsPlainOnly, leadingZeros);
        }

        Rules trimmed() {
            return new Rules(scheme, leadingV, true, minParts, maxParts, extraPartsIgnored, shortFormsPlainOnly, leadingZeros);
        }

        Rules parts(int min, int max) {
            return new Rules(scheme, leadingV, trim, min, max, extraPartsIgnored, shortFormsPlainOnly, leadingZeros);
        }

        Rules withExtraPartsIgnored() {
            return new Rules(scheme, leadingV, trim, minParts, maxParts, true, shortFormsPlainOnly, leadingZeros);
        }

        Rules withShortFormsPlainOnly() {
            return new Rules(scheme, leadingV, trim, minParts, maxParts, extraPartsIgnored, true, leadingZeros);
        }

        Rules withLeadingZeros() {
            return new Rules(scheme, leadingV, trim, minParts, maxParts, extraPartsIgnored, shortFormsPlainOnly, true);
        }
    }

    private SemverSyntax() {
    }

    static SemanticVersion parse(String text, Rules rules) {
        String s = VersionText.checked(rules.scheme(), text);
        if (rules.trim()) {
            s = s.strip();
        }
        int n = s.length();
        int i = 0;
        if (rules.leadingV() && n > 0 && s.charAt(0) == 'v') {
            i = 1;
        }
        List<String> parts = new ArrayList<>(4);
        while (true) {
            int start = i;
            while (i < n && DecimalDigits.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw VersionText.invalid(rules.scheme(), text,
                        parts.isEmpty() ? "must start with a number" : "empty or non-numeric release part");
            }
            String digits = s.substring(start, i);
            if (!rules.leadingZeros() && digits.length() > 1 && digits.charAt(0) == '0') {
                throw VersionText.invalid(rules.scheme(), text, "leading zero in " + digits);
            }
            parts.add(digits);
            if (i < n && s.charAt(i) == '.') {
                i++;
                continue;
            }
            break;
        }
        if (parts.size() < rules.minParts()) {
            throw VersionText.invalid(rules.scheme(), text, "needs " + rules.minParts() + " numeric parts");
        }
        if (parts.size() > rules.maxParts() && !rules.extraPartsIgnored()) {
            throw VersionText.invalid(rules.scheme(), text, "more than " + rules.maxParts() + " numeric parts");
        }
        String[] pre = null;
        String[] build = null;
        if (i < n && s.charAt(i) == '-') {
            int end = indexOf(s, '+', i + 1);
            pre = identifiers(s, i + 1, end, text, rules, true);
            i = end;
        }
        if (i < n && s.charAt(i) == '+') {
            build = identifiers(s, i + 1, n, text, rules, false);
            i = n;
        }
        if (i < n) {
            throw VersionText.invalid(rules.scheme(), text, "unexpected '" + s.charAt(i) + "'");
        }
        if (rules.shortFormsPlainOnly() && parts.size() < 3 && (pre != null || build != null)) {
            throw VersionText.invalid(rules.scheme(), text, "a short version cannot have a pre-release or build");
        }
        return new SemanticVersion(release(parts, rules.maxParts()), pre, build);
    }

    private static String[] release(List<String> parts, int maxParts) {
        int size = Math.max(3, Math.min(parts.size(), maxParts));
        String[] release = new String[size];
        for (int k = 0; k < size; k++) {
            release[k] = k < parts.size() ? DecimalDigits.stripLeadingZeros(parts.get(k)) : "0";
        }
        return release;
    }

    private static String[] identifiers(String s, int from, int to, String text, Rules rules, boolean pre) {
        List<String> ids = new ArrayList<>(4);
        int start = from;
        for (int k = from; k <= to; k++) {
            if (k == to || s.charAt(k) == '.') {
                if (k == start) {
                    throw VersionText.invalid(rules.scheme(), text,
                            "empty " + (pre ? "pre-release" : "build") + " identifier");
                }
                String id = s.substring(start, k);
                if (pre && !rules.leadingZeros() && id.length() > 1 && id.charAt(0) == '0'
                        && DecimalDigits.isAllDigits(id)) {
                    throw VersionText.invalid(rules.scheme(), text, "leading zero in pre-release " + id);
                }
                ids.add(id);
                start = k + 1;
            } else if (!isIdentifierChar(s.charAt(k))) {
                throw VersionText.invalid(rules.scheme(), text, "unexpected '" + s.charAt(k) + "'");
            }
        }
        return ids.toArray(new String[0]);
    }

    private static boolean isIdentifierChar(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
    }

    private static int indexOf(String s, char c, int from) {
        int k = s.indexOf(c, from);
        return k < 0 ? s.length() : k;
    }
}
