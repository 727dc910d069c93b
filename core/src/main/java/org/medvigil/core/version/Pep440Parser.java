package org.medvigil.core.version;

import java.util.Arrays;

/**
 * Reads a PEP 440 version with a hand-written scanner equivalent to the reference regular
 * expression of PEP 440 appendix B (as {@code packaging} uses it):
 * {@code [v][N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]}, case-insensitive, with the
 * alternative spellings PEP 440 normalises ({@code alpha}, {@code beta}, {@code c},
 * {@code pre}, {@code preview}, {@code rev}, {@code r}, the implicit post release {@code 1.0-1},
 * the separators {@code - _ .} around labels, omitted numbers and surrounding whitespace).
 */
final class Pep440Parser {
    private final String text;
    private int pos;
    private int end;

    private Pep440Parser(String text) {
        this.text = text;
        this.end = text.length();
    }

    /** The version, or null when {@code text} is not PEP 440. */
    static Pep440Version parse(String text) {
        return new Pep440Parser(text).version();
    }

    private Pep440Version version() {
        while (pos < end && isSpace(text.charAt(pos))) {
            pos++;
        }
        while (end > pos && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (pos < end && (text.charAt(pos) == 'v' || text.charAt(pos) == 'V')) {
            pos++;
        }
        long epoch = Pep440Version.range(0, 0);
        int digits = Numerals.digitsEnd(text, pos, end);
        if (digits < end && text.charAt(digits) == '!' && digits > pos) {
            epoch = Pep440Version.range(pos, digits);
            pos = digits + 1;
        }
        int[] release = release();
        if (release == null) {
            return null;
        }
        int preKind = preLabel();
        long pre = preKind == Pep440Version.NO_PRE ? Pep440Version.ABSENT : number();
        long post = post();
        long dev = Pep440Version.ABSENT;
        int devLabel = label(separated(pos), "dev");
        if (devLabel > 0) {
            pos = devLabel;
            dev = number();
        }
        int[] local = null;
        if (pos < end && text.charAt(pos) == '+') {
            local = local();
            if (local == null) {
                return null;
            }
        }
        return pos == end ? new Pep440Version(text, epoch, release, preKind, pre, post, dev, local) : null;
    }

    /** {@code N(.N)*}, as start/end pairs; null when there is no leading number. */
    private int[] release() {
        int[] release = new int[8];
        int n = 0;
        do {
            int from = n == 0 ? pos : pos + 1;
            int to = Numerals.digitsEnd(text, from, end);
            if (to == from) {
                return null;
            }
            if (n == release.length) {
                release = Arrays.copyOf(release, n * 2);
            }
            release[n++] = from;
            release[n++] = to;
            pos = to;
        } while (pos + 1 < end && text.charAt(pos) == '.' && Numerals.isDigit(text.charAt(pos + 1)));
        return Arrays.copyOf(release, n);
    }

    /** {@code [-_.]?(alpha|a|beta|b|preview|pre|c|rc)}: the kind, leaving {@link #pos} after it, or NO_PRE. */
    private int preLabel() {
        int at = separated(pos);
        int labelEnd;
        int kind;
        if ((labelEnd = label(at, "alpha")) > 0 || (labelEnd = label(at, "a")) > 0) {
            kind = Pep440Version.ALPHA;
        } else if ((labelEnd = label(at, "beta")) > 0 || (labelEnd = label(at, "b")) > 0) {
            kind = Pep440Version.BETA;
        } else if ((labelEnd = label(at, "preview")) > 0 || (labelEnd = label(at, "pre")) > 0
                || (labelEnd = label(at, "c")) > 0 || (labelEnd = label(at, "rc")) > 0) {
            kind = Pep440Version.RC;
        } else {
            return Pep440Version.NO_PRE;
        }
        pos = labelEnd;
        return kind;
    }

    /** {@code -N} or {@code [-_.]?(post|rev|r)[-_.]?N?}. */
    private long post() {
        if (pos + 1 < end && text.charAt(pos) == '-' && Numerals.isDigit(text.charAt(pos + 1))) {
            int from = pos + 1;
            pos = Numerals.digitsEnd(text, from, end);
            return Pep440Version.range(from, pos);
        }
        int at = separated(pos);
        int labelEnd;
        if ((labelEnd = label(at, "post")) > 0 || (labelEnd = label(at, "rev")) > 0 || (labelEnd = label(at, "r")) > 0) {
            pos = labelEnd;
            return number();
        }
        return Pep440Version.ABSENT;
    }

    /** {@code [-_.]?N?} after a label; an omitted number is 0 (an empty run). */
    private long number() {
        pos = separated(pos);
        int from = pos;
        pos = Numerals.digitsEnd(text, pos, end);
        return Pep440Version.range(from, pos);
    }

    /** {@code +[a-z0-9]+([-_.][a-z0-9]+)*} as start/end pairs; null when malformed. */
    private int[] local() {
        int[] local = new int[8];
        int n = 0;
        pos++;
        while (true) {
            int start = pos;
            while (pos < end && (Numerals.isDigit(text.charAt(pos)) || Numerals.isAsciiLetter(text.charAt(pos)))) {
                pos++;
            }
            if (pos == start) {
                return null;
            }
            if (n == local.length) {
                local = Arrays.copyOf(local, n * 2);
            }
            local[n++] = start;
            local[n++] = pos;
            if (pos == end) {
                return Arrays.copyOf(local, n);
            }
            if (!isSeparator(text.charAt(pos))) {
                return null;
            }
            pos++;
        }
    }

    /** The end of {@code word} (case-insensitive) at {@code at}, or -1. */
    private int label(int at, String word) {
        int n = word.length();
        if (at + n > end) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            if (Numerals.asciiLower(text.charAt(at + i)) != word.charAt(i)) {
                return -1;
            }
        }
        return at + n;
    }

    /** {@code at} moved past one optional separator. */
    private int separated(int at) {
        return at < end && isSeparator(text.charAt(at)) ? at + 1 : at;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || c == '.';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
