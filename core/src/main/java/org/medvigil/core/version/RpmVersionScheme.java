package org.medvigil.core.version;

/**
 * RPM package versions ({@code rpm}; OSV ecosystems Red Hat, Rocky Linux, AlmaLinux, SUSE,
 * openSUSE and the other RPM distributions) as {@code [epoch:]version[-release]}, ordered by
 * epoch, then version, then release, each with RPM's {@code rpmvercmp}: characters other than
 * ASCII letters, digits, {@code ~} and {@code ^} only separate segments; {@code ~} sorts before
 * everything (even the end), {@code ^} sorts after the end but before anything else; digit
 * segments compare numerically and beat letter segments; letter segments compare by byte.
 *
 * <p>Parsing follows RPM's {@code parseEVR}: the epoch is the leading digits when a colon
 * follows them (an empty epoch is 0, a missing one is 0), and the release is what follows the
 * last hyphen. One deliberate difference from {@code rpmVersionCompare}: RPM skips the
 * release comparison when either side has none (it matches dependency ranges that way); here
 * a missing release sorts before any release, even an empty one, so {@code 1 < 1-0} and
 * {@code 1 < 1-} as in OSV's Red Hat ordering (osv-scalibr), which needs a total order to
 * evaluate ranges.
 *
 * <p>Any non-blank string without whitespace or control characters is valid, as for
 * {@code rpmvercmp} itself. Hand-rolled rather than taken from versatile-core: its
 * {@code RpmVersion} treats {@code 1} and {@code 1-0} as equal and rejects {@code 1-} and
 * {@code +2-}; this implementation also allocates nothing per comparison.
 */
public final class RpmVersionScheme implements VersionScheme {

    @Override
    public String name() {
        return "rpm";
    }

    @Override
    public int compare(String a, String b) {
        int ae = validatedEnd(a);
        int be = validatedEnd(b);
        int aColon = epochColon(a);
        int bColon = epochColon(b);
        // An epoch is digits only, where rpmvercmp is numeric comparison; a missing epoch is 0.
        int c = Numerals.compare(a, 0, Math.max(aColon, 0), b, 0, Math.max(bColon, 0));
        if (c != 0) {
            return c;
        }
        int aHyphen = releaseHyphen(a, aColon);
        int bHyphen = releaseHyphen(b, bColon);
        c = rpmvercmp(a, aColon + 1, aHyphen < 0 ? ae : aHyphen, b, bColon + 1, bHyphen < 0 ? be : bHyphen);
        if (c != 0) {
            return c;
        }
        if (aHyphen < 0 || bHyphen < 0) {
            return aHyphen < 0 ? (bHyphen < 0 ? 0 : -1) : 1;
        }
        return rpmvercmp(a, aHyphen + 1, ae, b, bHyphen + 1, be);
    }

    /** The index of the colon ending a numeric epoch, or -1. */
    private static int epochColon(String v) {
        int i = Numerals.digitsEnd(v, 0, v.length());
        return i < v.length() && v.charAt(i) == ':' ? i : -1;
    }

    /** The index of the hyphen starting the release (the last one after the epoch), or -1. */
    private static int releaseHyphen(String v, int colon) {
        int h = v.lastIndexOf('-');
        return h > colon ? h : -1;
    }

    /**
     * RPM's {@code rpmvercmp} on {@code a[ai, ae)} and {@code b[bi, be)}; two empty strings are
     * equal, as two identical strings are.
     */
    static int rpmvercmp(String a, int ai, int ae, String b, int bi, int be) {
        while (ai < ae || bi < be) {
            while (ai < ae && isSeparator(a.charAt(ai))) {
                ai++;
            }
            while (bi < be && isSeparator(b.charAt(bi))) {
                bi++;
            }
            char ac = ai < ae ? a.charAt(ai) : 0;
            char bc = bi < be ? b.charAt(bi) : 0;
            if (ac == '~' || bc == '~') {
                if (ac != '~') {
                    return 1;
                }
                if (bc != '~') {
                    return -1;
                }
                ai++;
                bi++;
                continue;
            }
            if (ac == '^' || bc == '^') {
                if (ai == ae) {
                    return -1;
                }
                if (bi == be) {
                    return 1;
                }
                if (ac != '^') {
                    return 1;
                }
                if (bc != '^') {
                    return -1;
                }
                ai++;
                bi++;
                continue;
            }
            if (ai == ae || bi == be) {
                break;
            }
            boolean numeric = Numerals.isDigit(ac);
            int aEnd = numeric ? Numerals.digitsEnd(a, ai, ae) : lettersEnd(a, ai, ae);
            int bEnd = numeric ? Numerals.digitsEnd(b, bi, be) : lettersEnd(b, bi, be);
            if (bEnd == bi) {
                // Segments of different kinds: a number is newer than letters.
                return numeric ? 1 : -1;
            }
            int c = numeric ? Numerals.compare(a, ai, aEnd, b, bi, bEnd) : compareBytes(a, ai, aEnd, b, bi, bEnd);
            if (c != 0) {
                return c;
            }
            ai = aEnd;
            bi = bEnd;
        }
        if (ai == ae && bi == be) {
            return 0;
        }
        return ai == ae ? -1 : 1;
    }

    private static boolean isSeparator(char c) {
        return !Numerals.isDigit(c) && !Numerals.isAsciiLetter(c) && c != '~' && c != '^';
    }

    private static int lettersEnd(String s, int from, int end) {
        int i = from;
        while (i < end && Numerals.isAsciiLetter(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int compareBytes(String a, int ai, int ae, String b, int bi, int be) {
        int n = Math.min(ae - ai, be - bi);
        for (int k = 0; k < n; k++) {
            char ca = a.charAt(ai + k);
            char cb = b.charAt(bi + k);
            if (ca != cb) {
                return ca < cb ? -1 : 1;
            }
        }
        return Integer.compare(ae - ai, be - bi);
    }

    private static int validatedEnd(String v) {
        if (v == null) {
            throw new InvalidVersionException("RPM version is missing");
        }
        if (v.isBlank()) {
            throw new InvalidVersionException("Not an RPM version: " + Numerals.quoted(v) + ": it is empty");
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new InvalidVersionException("Not an RPM version: " + Numerals.quoted(v)
                        + ": it contains whitespace or a control character at position " + (i + 1));
            }
        }
        return v.length();
    }
}
