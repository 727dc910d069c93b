package org.medvigil.core.version;

/**
 * One PEP 440 version as {@link Pep440Parser} read it. Every number is kept as the position of
 * its digit run in the original string ({@link #range}), so that numbers of any length compare
 * exactly and nothing is converted; the order is {@code packaging}'s.
 */
final class Pep440Version implements Comparable<Pep440Version> {
    static final int ALPHA = 0;
    static final int BETA = 1;
    static final int RC = 2;
    static final int NO_PRE = -1;
    /** A missing post or dev release. */
    static final long ABSENT = -1L;

    private final String text;
    private final long epoch;
    /** Start and end of each release component, pairwise. */
    private final int[] release;
    private final int preKind;
    private final long pre;
    private final long post;
    private final long dev;
    /** Start and end of each local segment, pairwise, or null without a local label. */
    private final int[] local;

    Pep440Version(String text, long epoch, int[] release, int preKind, long pre, long post, long dev, int[] local) {
        this.text = text;
        this.epoch = epoch;
        this.release = release;
        this.preKind = preKind;
        this.pre = pre;
        this.post = post;
        this.dev = dev;
        this.local = local;
    }

    /** The digit run {@code [start, end)} packed into one value. */
    static long range(int start, int end) {
        return ((long) start << 32) | end;
    }

    private static int start(long range) {
        return (int) (range >>> 32);
    }

    private static int end(long range) {
        return (int) range;
    }

    /** Parses {@code v}, or returns null when it is not a PEP 440 version. */
    static Pep440Version parseOrNull(String v) {
        return v == null ? null : Pep440Parser.parse(v);
    }

    boolean isPreRelease() {
        return preKind != NO_PRE || dev != ABSENT;
    }

    boolean hasPost() {
        return post != ABSENT;
    }

    boolean hasLocal() {
        return local != null;
    }

    int releaseCount() {
        return release.length / 2;
    }

    private int componentStart(int i) {
        return 2 * i < release.length ? release[2 * i] : 0;
    }

    private int componentEnd(int i) {
        return 2 * i < release.length ? release[2 * i + 1] : 0;
    }

    @Override
    public int compareTo(Pep440Version o) {
        int c = compareNumbers(epoch, o, o.epoch);
        for (int i = 0, n = Math.max(releaseCount(), o.releaseCount()); c == 0 && i < n; i++) {
            c = Numerals.compare(text, componentStart(i), componentEnd(i), o.text, o.componentStart(i), o.componentEnd(i));
        }
        if (c == 0) {
            c = Integer.compare(preRank(), o.preRank());
        }
        if (c == 0 && preKind != NO_PRE) {
            c = compareNumbers(pre, o, o.pre);
        }
        if (c == 0) {
            // No post release sorts before any post release.
            c = post == ABSENT || o.post == ABSENT ? Boolean.compare(post != ABSENT, o.post != ABSENT) : compareNumbers(post, o, o.post);
        }
        if (c == 0) {
            // No dev release sorts after any dev release.
            c = dev == ABSENT || o.dev == ABSENT ? Boolean.compare(dev == ABSENT, o.dev == ABSENT) : compareNumbers(dev, o, o.dev);
        }
        return c != 0 ? c : compareLocal(o);
    }

    private int compareNumbers(long mine, Pep440Version o, long theirs) {
        return Numerals.compare(text, start(mine), end(mine), o.text, start(theirs), end(theirs));
    }

    /**
     * packaging's pre-release key: a bare development release (no pre, no post) sorts before
     * every pre-release of its release, and a version without pre-release after them all.
     */
    private int preRank() {
        if (preKind == NO_PRE) {
            return post == ABSENT && dev != ABSENT ? -1 : 3;
        }
        return preKind;
    }

    /** Local labels: none is least; segments compare numerically or case-insensitively, numbers above words. */
    private int compareLocal(Pep440Version o) {
        if (local == null || o.local == null) {
            return Boolean.compare(local != null, o.local != null);
        }
        for (int i = 0, n = Math.min(local.length, o.local.length); i < n; i += 2) {
            int as = local[i];
            int ae = local[i + 1];
            int bs = o.local[i];
            int be = o.local[i + 1];
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
        return Integer.compare(local.length, o.local.length);
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

    /** The whole version in normal form, as {@code packaging} prints it, e.g. {@code 1!2.0rc1.post2.dev3+abc.5}. */
    String normalForm() {
        StringBuilder out = new StringBuilder(text.length() + 8);
        out.append(releasePrefix(releaseCount(), false));
        if (preKind != NO_PRE) {
            appendNumber(out.append(preKind == ALPHA ? "a" : preKind == BETA ? "b" : "rc"), start(pre), end(pre));
        }
        if (post != ABSENT) {
            appendNumber(out.append(".post"), start(post), end(post));
        }
        if (dev != ABSENT) {
            appendNumber(out.append(".dev"), start(dev), end(dev));
        }
        if (local != null) {
            for (int i = 0; i < local.length; i += 2) {
                out.append(i == 0 ? '+' : '.');
                if (Numerals.digitsEnd(text, local[i], local[i + 1]) == local[i + 1]) {
                    appendNumber(out, local[i], local[i + 1]);
                } else {
                    for (int k = local[i]; k < local[i + 1]; k++) {
                        out.append(Numerals.asciiLower(text.charAt(k)));
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * The epoch (when not 0) and the first {@code count} release components in normal form
     * (missing ones as 0), the last one incremented when {@code bumpLast}: for {@code 1.4.5},
     * {@code releasePrefix(2, true)} is {@code 1.5}.
     */
    String releasePrefix(int count, boolean bumpLast) {
        StringBuilder out = new StringBuilder();
        if (!Numerals.isZero(text, start(epoch), end(epoch))) {
            appendNumber(out, start(epoch), end(epoch)).append('!');
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

    /** Appends the digit run without leading zeros (an empty or all-zero run as 0). */
    private StringBuilder appendNumber(StringBuilder out, int from, int to) {
        int i = from;
        while (i < to - 1 && text.charAt(i) == '0') {
            i++;
        }
        return i == to ? out.append('0') : out.append(text, i, to);
    }
}
