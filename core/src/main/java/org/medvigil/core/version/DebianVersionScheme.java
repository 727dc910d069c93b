package org.medvigil.core.version;

/**
 * Debian package versions ({@code deb}; OSV ecosystems Debian and Ubuntu) ordered exactly as
 * dpkg orders them: {@code [epoch:]upstream[-revision]}, compared epoch first (numerically),
 * then upstream, then revision with dpkg's {@code verrevcmp}: alternating non-digit and digit
 * parts, where in non-digit parts {@code ~} sorts before everything (even the end of the
 * part), then the end, then letters, then all other characters; digit parts compare by
 * numeric value. A missing revision is empty, which compares equal to {@code 0}.
 *
 * <p>Validity follows dpkg's {@code parseversion}: surrounding blanks are ignored; empty
 * input, embedded spaces, an empty or non-numeric epoch, an epoch above 2147483647, nothing
 * after the colon, an empty upstream version or an empty revision are errors (the epoch must be
 * plain digits, where dpkg's {@code strtol} would also take a sign). Characters that
 * dpkg only warns about are rejected too (Debian Policy 5.6.12 allows only alphanumerics and
 * {@code . + - ~ :} in the upstream version and {@code . + ~} in the revision); an upstream
 * version that does not start with a digit, which dpkg also only warns about, is accepted.
 *
 * <p>Hand-rolled rather than taken from versatile-core: its {@code DebianVersion} reads digit
 * runs with {@code Integer.parseInt}, so a component of ten or more digits throws
 * {@code NumberFormatException}, and it runs regular expressions and builds lists on every
 * comparison. This implementation allocates nothing and compares digit runs of any length.
 */
public final class DebianVersionScheme implements VersionScheme {

    @Override
    public String name() {
        return "deb";
    }

    @Override
    public int compare(String a, String b) {
        Parts pa = Parts.parse(a);
        Parts pb = Parts.parse(b);
        int c = Numerals.compare(a, pa.start, pa.epochEnd, b, pb.start, pb.epochEnd);
        if (c != 0) {
            return c;
        }
        c = verrevcmp(a, pa.upstreamStart, pa.upstreamEnd, b, pb.upstreamStart, pb.upstreamEnd);
        if (c != 0) {
            return c;
        }
        return verrevcmp(a, pa.revisionStart(), pa.end, b, pb.revisionStart(), pb.end);
    }

    /** dpkg's {@code verrevcmp} on {@code a[ai, ae)} and {@code b[bi, be)}. */
    static int verrevcmp(String a, int ai, int ae, String b, int bi, int be) {
        while (ai < ae || bi < be) {
            while ((ai < ae && !Numerals.isDigit(a.charAt(ai))) || (bi < be && !Numerals.isDigit(b.charAt(bi)))) {
                int ac = order(ai < ae ? a.charAt(ai) : 0);
                int bc = order(bi < be ? b.charAt(bi) : 0);
                if (ac != bc) {
                    return ac < bc ? -1 : 1;
                }
                ai++;
                bi++;
            }
            int ad = Numerals.digitsEnd(a, ai, ae);
            int bd = Numerals.digitsEnd(b, bi, be);
            int c = Numerals.compare(a, ai, ad, b, bi, bd);
            if (c != 0) {
                return c;
            }
            ai = ad;
            bi = bd;
        }
        return 0;
    }

    /** dpkg's character weight: {@code ~} &lt; end of part or digit &lt; letters &lt; everything else. */
    private static int order(int c) {
        if (c == 0 || Numerals.isDigit((char) c)) {
            return 0;
        }
        if (Numerals.isAsciiLetter((char) c)) {
            return c;
        }
        if (c == '~') {
            return -1;
        }
        return c + 256;
    }

    /** Boundaries of the parts of one version string; {@code hyphen} is -1 when there is no revision. */
    private record Parts(int start, int epochEnd, int upstreamStart, int upstreamEnd, int hyphen, int end) {

        int revisionStart() {
            return hyphen < 0 ? end : hyphen + 1;
        }

        static Parts parse(String v) {
            if (v == null) {
                throw new InvalidVersionException("Debian version is missing");
            }
            int start = 0;
            int end = v.length();
            while (start < end && isBlank(v.charAt(start))) {
                start++;
            }
            while (end > start && isSpace(v.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                throw invalid(v, "it is empty");
            }
            int colon = -1;
            for (int i = start; i < end; i++) {
                char c = v.charAt(i);
                if (isSpace(c)) {
                    throw invalid(v, "it has embedded spaces");
                }
                if (c == ':' && colon < 0) {
                    colon = i;
                }
            }
            int epochEnd = start;
            int upstreamStart = start;
            if (colon >= 0) {
                if (colon == start) {
                    throw invalid(v, "the epoch is empty");
                }
                if (Numerals.digitsEnd(v, start, colon) != colon) {
                    throw invalid(v, "the epoch is not a number");
                }
                if (Numerals.compare(v, start, colon, "2147483647", 0, 10) > 0) {
                    throw invalid(v, "the epoch is too big");
                }
                if (colon + 1 == end) {
                    throw invalid(v, "nothing follows the epoch colon");
                }
                epochEnd = colon;
                upstreamStart = colon + 1;
            }
            int hyphen = v.lastIndexOf('-', end - 1);
            if (hyphen < upstreamStart) {
                hyphen = -1;
            }
            int upstreamEnd = hyphen < 0 ? end : hyphen;
            if (upstreamEnd == upstreamStart) {
                throw invalid(v, "the upstream version is empty");
            }
            if (hyphen == end - 1) {
                throw invalid(v, "the revision after the last '-' is empty");
            }
            for (int i = upstreamStart; i < upstreamEnd; i++) {
                char c = v.charAt(i);
                if (!Numerals.isDigit(c) && !Numerals.isAsciiLetter(c) && ".-+~:".indexOf(c) < 0) {
                    throw invalid(v, "the upstream version has the invalid character '" + c + "'");
                }
            }
            for (int i = upstreamEnd + 1; i < end; i++) {
                char c = v.charAt(i);
                if (!Numerals.isDigit(c) && !Numerals.isAsciiLetter(c) && ".+~".indexOf(c) < 0) {
                    throw invalid(v, "the revision has the invalid character '" + c + "'");
                }
            }
            return new Parts(start, epochEnd, upstreamStart, upstreamEnd, hyphen, end);
        }

        private static boolean isBlank(char c) {
            return c == ' ' || c == '\t';
        }

        private static boolean isSpace(char c) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }

        private static InvalidVersionException invalid(String v, String why) {
            return new InvalidVersionException("Not a Debian version: " + Numerals.quoted(v) + ": " + why);
        }
    }
}
