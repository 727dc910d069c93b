package org.medvigil.core.version;

import java.util.regex.Pattern;

/**
 * Alpine package versions ({@code apk}; OSV ecosystems Alpine, Wolfi, Chainguard, MinimOS,
 * Alpaquita) ordered exactly as apk-tools 2 ({@code src/version.c}, shipped by Alpine 3.x
 * releases and used to build OSV's Alpine test data) orders them:
 * {@code number{.number}...{letter}{_suffix{number}}...{-rN}}. The string is read as a sequence
 * of typed tokens compared pairwise:
 * <ul>
 *   <li>numbers compare by value; a dotted component with leading zeros counts as minus the
 *       number of zeros, followed by the rest as a number ({@code 1.01 < 1.1}, {@code 1.001 < 1.01});
 *   <li>a lower-case letter may follow the numbers ({@code 1.2a < 1.2b}), and digits may follow
 *       that letter ({@code 6.6.2p1}, as historical packages such as openssh used);
 *   <li>suffixes order {@code _alpha < _beta < _pre < _rc < (none) < _cvs < _svn < _git < _hg < _p},
 *       each with an optional number;
 *   <li>{@code -rN} is the package revision.
 * </ul>
 * When the token kinds differ after equal values, the one whose next token is a pre-release
 * suffix ({@code _alpha} to {@code _rc}) is older; otherwise the one that continues with a token
 * earlier in the grammar is newer. Invalid text is a token that ends the comparison: like
 * {@code apk version -t}, {@link #compare} orders any non-empty string.
 *
 * <p>Deliberate differences from apk-tools 2: numbers of any length compare exactly (apk reads
 * them into an {@code int}); a NUL character is invalid rather than the end of the string. apk-tools
 * 3 (Alpine 3.23) changed the rules for invalid versions only, and rejects letter-then-digits
 * versions such as {@code 6.6.2p1-r0} that Alpine's security data still lists, so it is not
 * followed; its {@code ~hash} commit suffix is accepted by {@link #isValid} but not ordered.
 *
 * <p>{@link #isValid} checks the documented grammar
 * {@code digits{.digits}...{letter{digits}}{_suffix{digits}}...{~hex}{-rdigits}}, so a caller
 * can treat a match on a malformed version as uncertain.
 *
 * <p>Hand-rolled: versatile-core 0.13.1 has no apk comparator (it silently falls back to a
 * generic one that sorts {@code 1.1_alpha1} after {@code 1.1}).
 */
public final class AlpineVersionScheme implements VersionScheme {

    private static final Pattern VALID = Pattern.compile(
            "[0-9]+(\\.[0-9]+)*([a-z][0-9]*)?(_(alpha|beta|pre|rc|cvs|svn|git|hg|p)[0-9]*)*(~[0-9a-f]+)?(-r[0-9]+)?");

    @Override
    public String name() {
        return "apk";
    }

    @Override
    public int compare(String a, String b) {
        ApkTokens ta = new ApkTokens(checked(a));
        ApkTokens tb = new ApkTokens(checked(b));
        int c = 0;
        while (ta.type == tb.type && ta.type != ApkTokens.END && ta.type != ApkTokens.INVALID && c == 0) {
            ta.read();
            tb.read();
            c = ta.compareValue(tb);
        }
        if (c != 0) {
            return c;
        }
        if (ta.type == tb.type) {
            return 0;
        }
        if (ta.type == ApkTokens.SUFFIX && ta.peekSuffix() < 0) {
            return -1;
        }
        if (tb.type == ApkTokens.SUFFIX && tb.peekSuffix() < 0) {
            return 1;
        }
        return ta.type > tb.type ? -1 : 1;
    }

    /** The documented apk version grammar (with apk-tools 2's digits after the letter). */
    @Override
    public boolean isValid(String version) {
        return version != null && version.length() <= 1024 && VALID.matcher(version).matches();
    }

    private static String checked(String v) {
        if (v == null || v.isEmpty()) {
            throw new InvalidVersionException("Not an Alpine version: " + Numerals.quoted(v) + ": it is empty");
        }
        return v;
    }
}
