package org.medvigil.core.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ordering key of a pre-PEP 440 ("legacy") Python version, as {@code packaging}'s
 * {@code LegacyVersion} (kept by {@code packaging_legacy}, which OSV uses for PyPI) computes
 * it from setuptools' old {@code parse_version}: the lower-cased string split into digit runs,
 * letter runs, dots and hyphens (and whatever lies between them); numbers zero-padded to eight
 * places, words prefixed with {@code *}, {@code pre}/{@code preview}/{@code rc} read as
 * {@code c}, {@code dev} as {@code @}, a hyphen as {@code final-}, trailing zeros of each
 * numeric series dropped, and {@code *final} appended. Every legacy version sorts before every
 * PEP 440 version.
 */
final class LegacyPythonVersion implements Comparable<LegacyPythonVersion> {
    private final List<String> parts;

    private LegacyPythonVersion(List<String> parts) {
        this.parts = parts;
    }

    static LegacyPythonVersion of(String version) {
        List<String> parts = new ArrayList<>();
        for (String piece : split(version.toLowerCase(Locale.ROOT))) {
            String part = switch (piece) {
                case "pre", "preview", "rc" -> "c";
                case "-" -> "final-";
                case "dev" -> "@";
                default -> piece;
            };
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            add(parts, Numerals.isDigit(part.charAt(0)) ? zeroFill(part) : "*" + part);
        }
        add(parts, "*final");
        return new LegacyPythonVersion(parts);
    }

    private static void add(List<String> parts, String part) {
        if (part.startsWith("*")) {
            if (part.compareTo("*final") < 0) {
                // remove "-" before a pre-release tag
                while (!parts.isEmpty() && parts.get(parts.size() - 1).equals("*final-")) {
                    parts.remove(parts.size() - 1);
                }
            }
            while (!parts.isEmpty() && parts.get(parts.size() - 1).equals("00000000")) {
                parts.remove(parts.size() - 1);
            }
        }
        parts.add(part);
    }

    /** Python's {@code re.split(r"(\d+|[a-z]+|\.|-)", s)}: the matches and the text between them. */
    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int between = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int j;
            if (Numerals.isDigit(c)) {
                j = Numerals.digitsEnd(s, i, s.length());
            } else if (c >= 'a' && c <= 'z') {
                j = i;
                while (j < s.length() && s.charAt(j) >= 'a' && s.charAt(j) <= 'z') {
                    j++;
                }
            } else if (c == '.' || c == '-') {
                j = i + 1;
            } else {
                i++;
                continue;
            }
            out.add(s.substring(between, i));
            out.add(s.substring(i, j));
            between = i = j;
        }
        out.add(s.substring(between));
        return out;
    }

    private static String zeroFill(String digits) {
        return digits.length() >= 8 ? digits : "0".repeat(8 - digits.length()) + digits;
    }

    @Override
    public int compareTo(LegacyPythonVersion o) {
        for (int i = 0, n = Math.min(parts.size(), o.parts.size()); i < n; i++) {
            int c = parts.get(i).compareTo(o.parts.get(i));
            if (c != 0) {
                return Integer.signum(c);
            }
        }
        return Integer.compare(parts.size(), o.parts.size());
    }
}
