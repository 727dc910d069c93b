package org.medvigil.core.version;

/**
 * One version parsed by PEP 440's grammar (the regular expression of its appendix B, as the
 * {@code packaging} library uses it): {@code [v][N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]},
 * case-insensitive, with the alternative spellings PEP 440 normalises ({@code alpha},
 * {@code beta}, {@code c}, {@code pre}, {@code preview}, {@code rev}, {@code r}, the implicit
 * post release {@code 1.0-1}, the separators {@code - _ .} around labels, omitted numbers and
 * surrounding whitespace). Numbers are kept as positions of digit runs in the original string so
 * that they compare exactly at any length.
 */
final class Pep440Version implements Comparable<Pep440Version> {
    static final int ALPHA = 0;
    static final int BETA = 1;
    static final int RC = 2;
    private static final int NONE = -1;

    final String text;
    private int epochStart;
    private int epochEnd;
    /** Start and end of each release component, pairwise; {@code releaseCount} pairs are used. */
    private int[] release = new int[8];
    private int releaseCount;
    private int preKind = NONE;
    private int preStart;
    private int preEnd;
    private boolean hasPost;
    private int postStart;
    private int postEnd;
    private boolean hasDev;
    private int devStart;
    private int devEnd;
    /** Start and end of each local segment, pairwise, or null without a local label. */
    private int[] local;
    private int localCount;

    private Pep440Version(String text) {
        this.text = text;
    }

    /** Parses {@code v}, or returns null when it is not a PEP 440 version. */
    static Pep440Version parseOrNull(String v) {
        return v == null ? null : new Pep440Version(v).parse();
    }

    int preKind() {
        return preKind;
    }

    boolean isPreRelease() {
        return preKind != NONE || hasDev;
    }

    boolean hasPost() {
        return hasPost;
    }

    boolean hasDev() {
        return hasDev;
    }

    boolean hasLocal() {
        return local != null;
    }

    int releaseCount() {
        return releaseCount;
    }

    /** Compares release component {@code i} of this version (0 when absent) with {@code other}'s. */
    int compareReleaseComponent(int i, Pep440Version other) {
        return Numerals.compare(text, componentStart(i), componentEnd(i), other.text, other.componentStart(i),
                other.componentEnd(i));
    }

    private int componentStart(int i) {
        return i < releaseCount ? release[2 * i] : 0;
    }

    private int componentEnd(int i) {
        return i < releaseCount ? release[2 * i + 1] : 0;
    }

    /** The public version (no local label) in normal form, e.g. {@code 1!2.0rc1.post2.dev3}. */
    String publicNormalForm() {
        StringBuilder out = new StringBuilder(text.length() + 8);
        if (!Numerals.isZero(text, epochStart, epochEnd)) {
            appendNumber(out, epochStart, epochEnd).append('!');
        }
        for (int i = 0; i < releaseCount; i++) {
            if (i > 0) {
                out.append('.');
            }
            appendNumber(out, release[2 * i], release[2 * i + 1]);
        }
        if (preKind != NONE) {
            appendNumber(out.append(preKind == ALPHA ? "a" : preKind == BETA ? "b" : "rc"), preStart, preEnd);
        }
        if (hasPost) {
            appendNumber(out.append(".post"), postStart, postEnd);
        }
        if (hasDev) {
            appendNumber(out.append(".dev"), devStart, devEnd);
        }
        return out.toString();
    }

    /** The whole version in normal form: the public version, then {@code +} and the local segments joined by dots. */
    String normalForm() {
        String publicPart = publicNormalForm();
        if (local == null) {
            return publicPart;
        }
        StringBuilder out = new StringBuilder(publicPart).append('+');
        for (int i = 0; i < localCount; i++) {
            if (i > 0) {
                out.append('.');
            }
            int from = local[2 * i];
            int to = local[2 * i + 1];
            if (Numerals.digitsEnd(text, from, to) == to) {
                appendNumber(out, from, to);
            } else {
                for (int k = from; k < to; k++) {
                    out.append(Numerals.asciiLower(text.charAt(k)));
                }
            }
        }
        return out.toString();
    }

    /**
     * The epoch and the first {@code count} release components in normal form (missing ones as
     * 0), the last one incremented by one when {@code bumpLast}: for {@code 1.4.5},
     * {@code releasePrefix(2, true)} is {@code 1.5}.
     */
    String releasePrefix(int count, boolean bumpLast) {
        StringBuilder out = new StringBuilder();
        if (!Numerals.isZero(text, epochStart, epochEnd)) {
            appendNumber(out, epochStart, epochEnd).append('!');
        }
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append('.');
            }
            if (bumpLast && i == count - 1) {
                String digits = componentEnd(i) > componentStart(i) ? text.substring(componentStart(i), componentEnd(i)) : "0";
                out.append(new java.math.BigInteger(digits).add(java.math.BigInteger.ONE));
            } else {
                appendNumber(out, componentStart(i), componentEnd(i));
            }
        }
        return out.toString();
    }

    private StringBuilder appendNumber(StringBuilder out, int from, int to) {
        int i = from;
        while (i < to - 1 && text.charAt(i) == '0') {
            i++;
        }
        return i == to ? out.append('0') : out.append(text, i, to);
    }

    @Override
    public int compareTo(Pep440Version o) {
        int c = Numerals.compare(text, epochStart, epochEnd, o.text, o.epochStart, o.epochEnd);
        if (c != 0) {
            return c;
        }
        for (int i = 0, n = Math.max(releaseCount, o.releaseCount); i < n; i++) {
            c = compareReleaseComponent(i, o);
            if (c != 0) {
                return c;
            }
        }
        c = Integer.compare(preRank(), o.preRank());
        if (c == 0 && preKind != NONE) {
            c = Numerals.compare(text, preStart, preEnd, o.text, o.preStart, o.preEnd);
        }
        if (c != 0) {
            return c;
        }
        if (hasPost != o.hasPost) {
            return hasPost ? 1 : -1;
        }
        if (hasPost) {
            c = Numerals.compare(text, postStart, postEnd, o.text, o.postStart, o.postEnd);
            if (c != 0) {
                return c;
            }
        }
        if (hasDev != o.hasDev) {
            return hasDev ? -1 : 1;
        }
        if (hasDev) {
            c = Numerals.compare(text, devStart, devEnd, o.text, o.devStart, o.devEnd);
            if (c != 0) {
                return c;
            }
        }
        return compareLocal(o);
    }

    /**
     * packaging's pre-release key: a bare development release (no pre, no post) sorts before
     * every pre-release of its release, and a version without pre-release after them all.
     */
    private int preRank() {
        if (preKind == NONE) {
            return !hasPost && hasDev ? -1 : 3;
        }
        return preKind;
    }

    /** Local labels: none is least; segments compare numerically or case-insensitively, numbers above words. */
    private int compareLocal(Pep440Version o) {
        if (local == null || o.local == null) {
            return local == null ? (o.local == null ? 0 : -1) : 1;
        }
        for (int i = 0, n = Math.min(localCount, o.localCount); i < n; i++) {
            int as = local[2 * i];
            int ae = local[2 * i + 1];
            int bs = o.local[2 * i];
            int be = o.local[2 * i + 1];
            boolean aNum = Numerals.digitsEnd(text, as, ae) == ae;
            boolean bNum = Numerals.digitsEnd(o.text, bs, be) == be;
            int c;
            if (aNum && bNum) {
                c = Numerals.compare(text, as, ae, o.text, bs, be);
            } else if (aNum != bNum) {
                c = aNum ? 1 : -1;
            } else {
                c = compareIgnoringCase(text, as, ae, o.text, bs, be);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(localCount, o.localCount);
    }

    private static int compareIgnoringCase(String a, int as, int ae, String b, int bs, int be) {
        for (; as < ae && bs < be; as++, bs++) {
            char ca = Numerals.asciiLower(a.charAt(as));
            char cb = Numerals.asciiLower(b.charAt(bs));
            if (ca != cb) {
                return ca < cb ? -1 : 1;
            }
        }
        return Integer.compare(ae - as, be - bs);
    }

    // ---- parsing: a hand-written scanner equivalent to packaging's VERSION_PATTERN ----

    private int pos;
    private int end;

    private Pep440Version parse() {
        pos = 0;
        end = text.length();
        while (pos < end && isSpace(text.charAt(pos))) {
            pos++;
        }
        while (end > pos && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (pos < end && (text.charAt(pos) == 'v' || text.charAt(pos) == 'V')) {
            pos++;
        }
        int digits = Numerals.digitsEnd(text, pos, end);
        if (digits == pos) {
            return null;
        }
        if (digits < end && text.charAt(digits) == '!') {
            epochStart = pos;
            epochEnd = digits;
            pos = digits + 1;
            digits = Numerals.digitsEnd(text, pos, end);
            if (digits == pos) {
                return null;
            }
        }
        addRelease(pos, digits);
        pos = digits;
        while (pos + 1 < end && text.charAt(pos) == '.' && Numerals.isDigit(text.charAt(pos + 1))) {
            digits = Numerals.digitsEnd(text, pos + 1, end);
            addRelease(pos + 1, digits);
            pos = digits;
        }
        parsePre();
        parsePost();
        parseDev();
        if (pos < end && text.charAt(pos) == '+' && !parseLocal()) {
            return null;
        }
        return pos == end ? this : null;
    }

    private void addRelease(int from, int to) {
        if (2 * releaseCount == release.length) {
            release = java.util.Arrays.copyOf(release, release.length * 2);
        }
        release[2 * releaseCount] = from;
        release[2 * releaseCount + 1] = to;
        releaseCount++;
    }

    private void parsePre() {
        int at = skipSeparator(pos);
        int kind;
        int labelEnd;
        if ((labelEnd = label(at, "alpha")) > 0 || (labelEnd = label(at, "a")) > 0) {
            kind = ALPHA;
        } else if ((labelEnd = label(at, "beta")) > 0 || (labelEnd = label(at, "b")) > 0) {
            kind = BETA;
        } else if ((labelEnd = label(at, "preview")) > 0 || (labelEnd = label(at, "pre")) > 0
                || (labelEnd = label(at, "c")) > 0 || (labelEnd = label(at, "rc")) > 0) {
            kind = RC;
        } else {
            return;
        }
        preKind = kind;
        pos = skipSeparator(labelEnd);
        preStart = pos;
        pos = preEnd = Numerals.digitsEnd(text, pos, end);
    }

    private void parsePost() {
        if (pos + 1 < end && text.charAt(pos) == '-' && Numerals.isDigit(text.charAt(pos + 1))) {
            hasPost = true;
            postStart = pos + 1;
            pos = postEnd = Numerals.digitsEnd(text, postStart, end);
            return;
        }
        int at = skipSeparator(pos);
        int labelEnd;
        if ((labelEnd = label(at, "post")) > 0 || (labelEnd = label(at, "rev")) > 0 || (labelEnd = label(at, "r")) > 0) {
            hasPost = true;
            pos = skipSeparator(labelEnd);
            postStart = pos;
            pos = postEnd = Numerals.digitsEnd(text, pos, end);
        }
    }

    private void parseDev() {
        int labelEnd = label(skipSeparator(pos), "dev");
        if (labelEnd > 0) {
            hasDev = true;
            pos = skipSeparator(labelEnd);
            devStart = pos;
            pos = devEnd = Numerals.digitsEnd(text, pos, end);
        }
    }

    /** {@code [a-z0-9]+([-_.][a-z0-9]+)*} after the {@code +}; false when malformed. */
    private boolean parseLocal() {
        local = new int[8];
        pos++;
        while (true) {
            int start = pos;
            while (pos < end && (Numerals.isDigit(text.charAt(pos)) || Numerals.isAsciiLetter(text.charAt(pos)))) {
                pos++;
            }
            if (pos == start) {
                return false;
            }
            if (2 * localCount == local.length) {
                local = java.util.Arrays.copyOf(local, local.length * 2);
            }
            local[2 * localCount] = start;
            local[2 * localCount + 1] = pos;
            localCount++;
            if (pos == end) {
                return true;
            }
            if (!isSeparator(text.charAt(pos))) {
                return false;
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

    private int skipSeparator(int at) {
        return at < end && isSeparator(text.charAt(at)) ? at + 1 : at;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || c == '.';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
