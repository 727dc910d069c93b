package org.medvigil.core.version;

/**
 * A lenient, total ordering for versions of unknown ecosystems: CPE/NVD versions and device
 * firmware such as {@code 2.3.6}, {@code v1.10}, {@code 1.4.2.0-9d9eff4}, {@code R2.1} or
 * {@code 10.0.3 SP2} ({@code generic}). It never throws for non-blank input; empty or blank input
 * throws {@link InvalidVersionException}.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>The version is split into runs of ASCII digits (numbers) and runs of letters (words,
 *       case-insensitive); every other character only separates runs, so {@code 1.2},
 *       {@code 1-2} and {@code 1_2} are equal. A leading {@code v} before a digit is dropped.
 *   <li>Pre-release words order before the release, in this order: {@code dev}/{@code snapshot}
 *       &lt; {@code alpha} &lt; {@code beta} &lt; {@code milestone} &lt;
 *       {@code pre}/{@code preview} &lt; {@code rc}/{@code cr}. A single {@code a} or {@code b}
 *       between two digits ({@code 1.0b2}) is alpha or beta; elsewhere a single letter is an
 *       ordinary word, so {@code 2.3a} is a revision after {@code 2.3} (OpenSSL style).
 *   <li>{@code final}, {@code ga}, {@code release} and {@code stable} are dropped
 *       ({@code 1.0-final == 1.0}).
 *   <li>Zero numbers that are followed only by zeros before a word or the end are dropped, so
 *       {@code 1.0.0 == 1.0 == 1} and {@code 1.0-rc1 == 1-rc1}.
 *   <li>The remaining runs are compared pairwise, the shorter version padded with "end".
 *       At one position: pre-release word (by rank) &lt; end &lt; other word (alphabetically)
 *       &lt; number (by value, any length). Hence {@code 1.0-rc1 < 1.0 < 1.0 SP2 < 1.0.1}.
 * </ol>
 * Because versions compare as canonical run sequences under one total order of runs, the
 * ordering is transitive and consistent with its equality.
 *
 * <p>{@link #isValid} is false for blank input and for versions without any digit
 * ({@code latest}, {@code n/a}, {@code -}): those order, but not meaningfully, and a caller
 * should report such a match as uncertain instead of trusting it.
 *
 * <p>Hand-rolled rather than taken from versatile-core's {@code GenericVersion}, which sorts
 * {@code 1.0-rc1} and {@code 1.0.0-beta} after their release and {@code v1.10} after
 * {@code 1.10}.
 */
public final class GenericVersionScheme implements VersionScheme {

    // Run kinds at one position, in order.
    private static final int PRE = 0;
    private static final int END = 1;
    private static final int WORD = 2;
    private static final int NUMBER = 3;

    @Override
    public String name() {
        return "generic";
    }

    @Override
    public int compare(String a, String b) {
        Runs ra = new Runs(checked(a));
        Runs rb = new Runs(checked(b));
        while (true) {
            ra.next();
            rb.next();
            if (ra.kind != rb.kind) {
                return ra.kind < rb.kind ? -1 : 1;
            }
            int c = switch (ra.kind) {
                case PRE -> Integer.compare(ra.rank, rb.rank);
                case WORD -> compareWords(ra, rb);
                case NUMBER -> Numerals.compare(ra.s, ra.start, ra.stop, rb.s, rb.start, rb.stop);
                default -> 0;
            };
            if (c != 0) {
                return c;
            }
            if (ra.kind == END) {
                return 0;
            }
        }
    }

    /** False for null, blank and digit-free versions, whose order is not meaningful. */
    @Override
    public boolean isValid(String version) {
        if (version == null) {
            return false;
        }
        for (int i = 0; i < version.length(); i++) {
            if (Numerals.isDigit(version.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int compareWords(Runs a, Runs b) {
        int i = a.start;
        int j = b.start;
        for (; i < a.stop && j < b.stop; i++, j++) {
            char ca = Character.toLowerCase(a.s.charAt(i));
            char cb = Character.toLowerCase(b.s.charAt(j));
            if (ca != cb) {
                return ca < cb ? -1 : 1;
            }
        }
        return Integer.compare(a.stop - i, b.stop - j);
    }

    private static String checked(String v) {
        if (v == null || v.isBlank()) {
            throw new InvalidVersionException("Not a version: " + Numerals.quoted(v) + ": it is empty");
        }
        return v;
    }

    /** Reads the canonical runs of one version one at a time, without allocating. */
    private static final class Runs {
        final String s;
        int pos;
        /** Zero numbers before this index are kept (a non-zero number follows them). */
        int keepZerosBefore = -1;
        int kind;
        int rank;
        int start;
        int stop;

        Runs(String s) {
            this.s = s;
            if (s.length() > 1 && (s.charAt(0) == 'v' || s.charAt(0) == 'V') && Numerals.isDigit(s.charAt(1))) {
                pos = 1;
            }
        }

        void next() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (Numerals.isDigit(c)) {
                    start = pos;
                    stop = pos = Numerals.digitsEnd(s, pos, s.length());
                    if (start < keepZerosBefore || !Numerals.isZero(s, start, stop)) {
                        kind = NUMBER;
                        return;
                    }
                    int next = nextSignificant(pos);
                    if (next < s.length() && Numerals.isDigit(s.charAt(next))) {
                        keepZerosBefore = next;
                        kind = NUMBER;
                        return;
                    }
                    pos = next;
                } else if (Character.isLetter(c)) {
                    start = pos;
                    stop = pos = lettersEnd(pos);
                    if (!isReleaseWord(start, stop)) {
                        rank = preReleaseRank(start, stop);
                        kind = rank >= 0 ? PRE : WORD;
                        return;
                    }
                } else {
                    pos++;
                }
            }
            kind = END;
        }

        /** The start of the next run that is neither a zero number nor a dropped word, or the length. */
        private int nextSignificant(int from) {
            int i = from;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Numerals.isDigit(c)) {
                    int e = Numerals.digitsEnd(s, i, s.length());
                    if (!Numerals.isZero(s, i, e)) {
                        return i;
                    }
                    i = e;
                } else if (Character.isLetter(c)) {
                    int e = lettersEnd(i);
                    if (!isReleaseWord(i, e)) {
                        return i;
                    }
                    i = e;
                } else {
                    i++;
                }
            }
            return i;
        }

        private int lettersEnd(int from) {
            int i = from;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            return i;
        }

        private boolean isReleaseWord(int from, int to) {
            return is(from, to, "final") || is(from, to, "ga") || is(from, to, "release") || is(from, to, "stable");
        }

        private int preReleaseRank(int from, int to) {
            if (is(from, to, "dev") || is(from, to, "snapshot")) {
                return 0;
            }
            if (is(from, to, "alpha") || (isBetweenDigits(from, to) && is(from, to, "a"))) {
                return 1;
            }
            if (is(from, to, "beta") || (isBetweenDigits(from, to) && is(from, to, "b"))) {
                return 2;
            }
            if (is(from, to, "milestone")) {
                return 3;
            }
            if (is(from, to, "pre") || is(from, to, "preview")) {
                return 4;
            }
            if (is(from, to, "rc") || is(from, to, "cr")) {
                return 5;
            }
            return -1;
        }

        private boolean isBetweenDigits(int from, int to) {
            return from > 0 && Numerals.isDigit(s.charAt(from - 1)) && to < s.length() && Numerals.isDigit(s.charAt(to));
        }

        private boolean is(int from, int to, String word) {
            if (to - from != word.length()) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                if (Numerals.asciiLower(s.charAt(from + i)) != word.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }
}
