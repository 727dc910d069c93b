package org.medvigil.core.purl;

/**
 * One CPE attribute value in its three NISTIR 7695 forms. {@link Cpe} keeps the formatted-string
 * (FS) form: {@code *} is ANY, {@code -} is NA, other punctuation than {@code -._} is quoted with
 * a backslash, unquoted {@code *} and {@code ?} are wildcards. The well-formed-name (WFN) form
 * quotes every non-alphanumeric except '_' (so {@code 8.0} is {@code 8\.0}) and is what the
 * matching algorithms of NISTIR 7696 work on; the URI form percent-encodes (clause 6.1).
 *
 * <p>FS validation follows the {@code cpe23Type} pattern of the CPE 2.3 dictionary schema: a
 * value is ANY, NA, or an optional leading wildcard (one {@code *} or a run of {@code ?}), at
 * least one character that is not a wildcard, and an optional trailing wildcard. As the FS
 * unbinding function {@code add_quoting} does, a needlessly quoted {@code \. \- \_} is accepted;
 * it is written back unquoted.
 */
final class CpeValue {
    static final String ANY = "*";
    static final String NA = "-";
    private static final String QUOTABLE = "\\*?!\"#$%&'()+,/:;<=>@[]^`{|}~";

    private CpeValue() {
    }

    /**
     * The canonical FS form of a value given on its own (an API argument), as an
     * {@link InvalidCpeException} quoting {@code input} when it is not valid.
     */
    static String canonical(String value, String input) {
        try {
            return canonical(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidCpeException(input, "attribute value " + e.getMessage());
        }
    }

    /**
     * The canonical FS form of a value, or the reason it is not a valid FS value.
     *
     * @throws IllegalArgumentException with a one-line reason
     */
    static String canonical(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("is empty (use * for ANY or - for NA)");
        }
        if (value.equals(ANY) || value.equals(NA)) {
            return value;
        }
        int n = value.length();
        int i = 0;
        if (value.charAt(0) == '*') {
            i = 1;
        } else {
            while (i < n && value.charAt(i) == '?') {
                i++;
            }
        }
        int body = 0;
        boolean needlesslyQuoted = false;
        scan:
        while (i < n) {
            char c = value.charAt(i);
            if (isAlphanumeric(c) || c == '-' || c == '.' || c == '_') {
                i++;
                body++;
            } else if (c == '\\') {
                if (i + 1 == n) {
                    throw new IllegalArgumentException("ends with a lone backslash");
                }
                char q = value.charAt(i + 1);
                if (q == '-' || q == '.' || q == '_') {
                    needlesslyQuoted = true;
                } else if (QUOTABLE.indexOf(q) < 0) {
                    throw new IllegalArgumentException("has the invalid escape \\" + printable(q)
                            + " (only punctuation is quoted)");
                }
                i += 2;
                body++;
            } else if (c == '*' || c == '?') {
                break scan;
            } else {
                throw new IllegalArgumentException("has the unquoted character " + printable(c)
                        + (c > 0x20 && c < 0x7f ? " (quote it as \\" + c + ")" : ""));
            }
        }
        if (i < n) {
            if (value.charAt(i) == '*') {
                i++;
            } else {
                while (i < n && value.charAt(i) == '?') {
                    i++;
                }
            }
        }
        if (i < n) {
            throw new IllegalArgumentException("has an unquoted wildcard inside the value (only at the start or end)");
        }
        if (body == 0) {
            throw new IllegalArgumentException("has only wildcards (use * for ANY)");
        }
        return needlesslyQuoted && !value.equals("\\-") ? unquotePunctuation(value) : value;
    }

    /** FS to WFN, as {@code unbind_value_fs} / {@code add_quoting}; {@link #ANY} and {@link #NA} stay. */
    static String toWfn(String fs) {
        if (fs.equals(ANY) || fs.equals(NA)) {
            return fs;
        }
        StringBuilder b = null;
        for (int i = 0; i < fs.length(); i++) {
            char c = fs.charAt(i);
            if (c == '\\') {
                if (b != null) {
                    b.append(c).append(fs.charAt(i + 1));
                }
                i++;
            } else if (isAlphanumeric(c) || c == '_' || c == '*' || c == '?') {
                if (b != null) {
                    b.append(c);
                }
            } else {
                if (b == null) {
                    b = new StringBuilder(fs.length() + 8).append(fs, 0, i);
                }
                b.append('\\').append(c);
            }
        }
        return b == null ? fs : b.toString();
    }

    /** WFN to FS, as {@code bind_value_for_formatted_string} / {@code process_quoted_chars}. */
    static String fromWfn(String wfn) {
        if (wfn.equals(ANY) || wfn.equals(NA) || wfn.equals("\\-")) {
            return wfn;
        }
        return unquotePunctuation(wfn);
    }

    /** WFN to the URI form, as {@code bind_value_for_uri} / {@code transform_for_uri}: ANY is "", NA is "-". */
    static String toUri(String wfn) {
        if (wfn.equals(ANY)) {
            return "";
        }
        if (wfn.equals(NA)) {
            return NA;
        }
        StringBuilder b = new StringBuilder(wfn.length() + 8);
        for (int i = 0; i < wfn.length(); i++) {
            char c = wfn.charAt(i);
            if (c == '\\') {
                char q = wfn.charAt(++i);
                if (q == '-' || q == '.' || q == '_') {
                    b.append(q);
                } else {
                    b.append('%').append(Character.forDigit(q >> 4, 16)).append(Character.forDigit(q & 0xf, 16));
                }
            } else if (c == '?') {
                b.append("%01");
            } else if (c == '*') {
                b.append("%02");
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * URI value to WFN, as {@code decode} (clause 6.1.3.2): lowercased, '.', '-', '~' quoted,
     * %01 and %02 are the wildcards (only where the spec allows them), other percent-encodings
     * must be of quotable punctuation. "" is ANY, "-" is NA.
     *
     * @throws IllegalArgumentException with a one-line reason
     */
    static String fromUri(String uri) {
        if (uri.isEmpty()) {
            return ANY;
        }
        if (uri.equals(NA)) {
            return NA;
        }
        String s = uri.toLowerCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length() + 8);
        boolean embedded = false;
        int n = s.length();
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c == '.' || c == '-' || c == '~') {
                b.append('\\').append(c);
                i++;
                embedded = true;
            } else if (isAlphanumeric(c) || c == '_') {
                b.append(c);
                i++;
                embedded = true;
            } else if (c != '%') {
                throw new IllegalArgumentException("has the character " + printable(c) + " (percent-encode it in a URI)");
            } else {
                if (i + 3 > n) {
                    throw new IllegalArgumentException("has an incomplete percent-encoding");
                }
                String form = s.substring(i, i + 3);
                if (form.equals("%01")) {
                    boolean allowed = i == 0 || i == n - 3
                            || (!embedded && s.startsWith("%01", i - 3))
                            || (embedded && s.startsWith("%01", i + 3));
                    if (!allowed) {
                        throw new IllegalArgumentException("has %01 (?) inside the value (only at the start or end)");
                    }
                    b.append('?');
                    i += 3;
                    continue;
                }
                if (form.equals("%02")) {
                    if (i != 0 && i != n - 3) {
                        throw new IllegalArgumentException("has %02 (*) inside the value (only at the start or end)");
                    }
                    b.append('*');
                } else {
                    int hi = Character.digit(form.charAt(1), 16);
                    int lo = Character.digit(form.charAt(2), 16);
                    char decoded = hi < 0 || lo < 0 ? 0 : (char) (hi << 4 | lo);
                    if (QUOTABLE.indexOf(decoded) < 0 || decoded == 0) {
                        throw new IllegalArgumentException("has the percent-encoding " + form
                                + ", which is not an encoded punctuation character");
                    }
                    b.append('\\').append(decoded);
                }
                i += 3;
                embedded = true;
            }
        }
        return b.toString();
    }

    /** Whether a WFN value has an unquoted '*' or '?'. */
    static boolean hasWildcards(String wfn) {
        for (int i = 0; i < wfn.length(); i++) {
            char c = wfn.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?') {
                return true;
            }
        }
        return false;
    }

    static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static String unquotePunctuation(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char q = s.charAt(++i);
                if (q != '-' && q != '.' && q != '_') {
                    b.append(c);
                }
                b.append(q);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String printable(char c) {
        return c < 0x20 || c >= 0x7f ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }
}
