package org.medvigil.core.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maven versions, ordered by the POM reference's "Version Order Specification", which
 * documents {@code ComparableVersion}: the version is split into tokens at {@code .},
 * {@code -} and every digit/letter transition (a transition counts as {@code -}), empty tokens
 * are {@code 0}; trailing "null" tokens ({@code 0}, {@code ""}, {@code ga}, {@code final},
 * {@code release}) are trimmed from the end and again before each remaining hyphen; then tokens
 * compare in turn, the shorter version padded with nulls. Tokens with the same prefix compare
 * numbers numerically (any size), a number above a qualifier, and qualifiers as
 * {@code alpha < beta < milestone < rc = cr < snapshot < "" = ga = final = release < sp} with
 * unknown qualifiers after these in lexical order, all without case ({@code a}, {@code b},
 * {@code m} directly followed by a digit mean alpha, beta, milestone); otherwise the prefix
 * decides: {@code .qualifier < -qualifier < -number < .number}.
 *
 * <p>This is the order of Maven 3.8's {@code ComparableVersion} (which OSV's Maven fixtures
 * were generated with) plus Maven 3.9's {@code release} alias. Like Maven 3.8 it is not quite
 * transitive when a qualifier follows a dot: {@code 1-rc < 1 < 1.foo < 1-rc}. Where a null
 * token is trimmed from inside a version ({@code 3-00-10 = 3-10}, {@code 1-0cr = 1-cr}) it reads
 * the rest flat, as the specification does, while ComparableVersion keeps a nested list that
 * compares differently; no real version we have seen does either.
 *
 * <p>Hand-rolled rather than versatile-core's Maven comparator, which follows Maven 3.9's
 * {@code ComparableVersion}: it reads {@code .X} as {@code -X} and so orders {@code 2.0.a}
 * equal to {@code 2.0.0.a} and above {@code 2-1}, and gets {@code 1-1 = 1-ga-1} and
 * {@code 2.9.0-1 < 2.9.0.RC1} wrong against the specification and the shared test data.
 */
final class MavenVersionScheme extends ParsingVersionScheme<MavenVersionScheme.Token[]> {
    private static final String[] QUALIFIERS = {"alpha", "beta", "milestone", "rc", "snapshot", "", "sp"};

    /**
     * One token: its prefix ({@code dash} true for {@code -} and transitions), whether it is a
     * number, and its value (digits without leading zeros, or a lowercase, de-aliased qualifier).
     */
    record Token(boolean dash, boolean number, String value) {
        boolean isNull() {
            return number ? "0".equals(value) : "".equals(value);
        }
    }

    @Override
    public String name() {
        return "maven";
    }

    @Override
    Token[] parse(String version) {
        String v = VersionText.checked("maven", version);
        for (int i = 0; i < v.length(); i++) {
            if (Character.isWhitespace(v.charAt(i)) || Character.isISOControl(v.charAt(i))) {
                throw VersionText.invalid("maven", version, "whitespace or control character");
            }
        }
        List<Token> tokens = tokenize(v.toLowerCase(Locale.ROOT));
        trim(tokens);
        return tokens.toArray(new Token[0]);
    }

    private static List<Token> tokenize(String v) {
        List<Token> tokens = new ArrayList<>(8);
        boolean dash = false;
        int start = 0;
        for (int i = 0; i <= v.length(); i++) {
            char c = i < v.length() ? v.charAt(i) : '.';
            if (c == '.' || c == '-') {
                if (i == start) {
                    tokens.add(new Token(dash, true, "0"));
                } else {
                    addSplitAtTransitions(tokens, dash, v.substring(start, i));
                }
                dash = c == '-';
                start = i + 1;
            }
        }
        return tokens;
    }

    private static void addSplitAtTransitions(List<Token> tokens, boolean dash, String raw) {
        int start = 0;
        boolean prefix = dash;
        for (int i = 1; i <= raw.length(); i++) {
            if (i == raw.length() || DecimalDigits.isDigit(raw.charAt(i)) != DecimalDigits.isDigit(raw.charAt(i - 1))) {
                String piece = raw.substring(start, i);
                boolean followedByDigit = i < raw.length();
                tokens.add(token(prefix, piece, followedByDigit));
                prefix = true;
                start = i;
            }
        }
    }

    private static Token token(boolean dash, String piece, boolean followedByDigit) {
        if (DecimalDigits.isDigit(piece.charAt(0))) {
            return new Token(dash, true, DecimalDigits.stripLeadingZeros(piece));
        }
        String q = switch (piece) {
            case "cr" -> "rc";
            case "ga", "final", "release" -> "";
            case "a" -> followedByDigit ? "alpha" : piece;
            case "b" -> followedByDigit ? "beta" : piece;
            case "m" -> followedByDigit ? "milestone" : piece;
            default -> piece;
        };
        return new Token(dash, false, q);
    }

    /** Removes trailing null tokens, then again before each remaining hyphen, end to start. */
    private static void trim(List<Token> tokens) {
        int i = tokens.size() - 1;
        while (i >= 0) {
            if (tokens.get(i).isNull()) {
                tokens.remove(i);
                i--;
                continue;
            }
            while (i >= 0 && !tokens.get(i).dash()) {
                i--;
            }
            i--;
        }
    }

    @Override
    int compareParsed(Token[] a, Token[] b) {
        int n = Math.max(a.length, b.length);
        for (int i = 0; i < n; i++) {
            int c;
            if (i >= a.length) {
                c = -compareWithPadding(b[i]);
            } else if (i >= b.length) {
                c = compareWithPadding(a[i]);
            } else {
                c = compareTokens(a[i], b[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** A token against the null padding of the same prefix: padding is 0 to a number, the release to a qualifier. */
    private static int compareWithPadding(Token t) {
        return t.number() ? ("0".equals(t.value()) ? 0 : 1) : compareQualifiers(t.value(), "");
    }

    private static int compareTokens(Token x, Token y) {
        if (x.dash() != y.dash()) {
            return Integer.compare(prefixOrder(x), prefixOrder(y));
        }
        if (x.number() && y.number()) {
            return DecimalDigits.compareStripped(x.value(), y.value());
        }
        if (x.number() != y.number()) {
            return x.number() ? 1 : -1;
        }
        return compareQualifiers(x.value(), y.value());
    }

    /** {@code .qualifier < -qualifier < -number < .number}. */
    private static int prefixOrder(Token t) {
        if (t.number()) {
            return t.dash() ? 2 : 3;
        }
        return t.dash() ? 1 : 0;
    }

    private static int compareQualifiers(String x, String y) {
        int i = qualifierIndex(x);
        int j = qualifierIndex(y);
        if (i != j) {
            return Integer.compare(i, j);
        }
        return i == QUALIFIERS.length ? Integer.signum(x.compareTo(y)) : 0;
    }

    private static int qualifierIndex(String q) {
        for (int i = 0; i < QUALIFIERS.length; i++) {
            if (QUALIFIERS[i].equals(q)) {
                return i;
            }
        }
        return QUALIFIERS.length;
    }
}
