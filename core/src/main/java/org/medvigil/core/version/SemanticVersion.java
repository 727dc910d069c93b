package org.medvigil.core.version;

/**
 * A version in SemVer's shape, as read by {@link SemverSyntax}: numeric release parts (digit
 * runs without leading zeros, missing parts filled with "0"), pre-release identifiers and build
 * identifiers. The comparison rules shared by the SemVer family live here; each scheme picks
 * the ones its ecosystem uses.
 */
final class SemanticVersion {
    private static final String[] NONE = new String[0];

    final String[] release;
    final String[] pre;
    final String[] build;

    SemanticVersion(String[] release, String[] pre, String[] build) {
        this.release = release;
        this.pre = pre == null ? NONE : pre;
        this.build = build == null ? NONE : build;
    }

    /**
     * SemVer 2.0.0 §11 precedence: release parts numerically, a pre-release below its release,
     * pre-release identifiers pairwise (numeric ones numerically and below alphanumeric ones),
     * a longer identifier list above its prefix. Build metadata does not count.
     *
     * @param ignoreCase compare alphanumeric identifiers without case (NuGet) instead of in
     *                   ASCII order (SemVer, node-semver, Go, Cargo, Elixir, Dart)
     */
    static int comparePrecedence(SemanticVersion a, SemanticVersion b, boolean ignoreCase) {
        int n = Math.max(a.release.length, b.release.length);
        for (int i = 0; i < n; i++) {
            String x = i < a.release.length ? a.release[i] : "0";
            String y = i < b.release.length ? b.release[i] : "0";
            int c = DecimalDigits.compareStripped(x, y);
            if (c != 0) {
                return c;
            }
        }
        boolean aPre = a.pre.length > 0;
        boolean bPre = b.pre.length > 0;
        if (aPre != bPre) {
            return aPre ? -1 : 1;
        }
        return compareIdentifiers(a.pre, b.pre, ignoreCase);
    }

    /** Identifier lists compared pairwise by SemVer's rules, then by length. */
    static int compareIdentifiers(String[] a, String[] b, boolean ignoreCase) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            int c = compareIdentifier(a[i], b[i], ignoreCase);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static int compareIdentifier(String x, String y, boolean ignoreCase) {
        boolean xNum = DecimalDigits.isAllDigits(x);
        boolean yNum = DecimalDigits.isAllDigits(y);
        if (xNum && yNum) {
            return DecimalDigits.compare(x, y);
        }
        if (xNum != yNum) {
            return xNum ? -1 : 1;
        }
        int c = ignoreCase ? x.compareToIgnoreCase(y) : x.compareTo(y);
        return Integer.signum(c);
    }
}
