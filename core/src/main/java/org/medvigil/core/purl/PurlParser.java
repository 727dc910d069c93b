package org.medvigil.core.purl;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parses, builds and prints purls exactly as ECMA-427 (clause 5, "how to parse" and "how to
 * build") describes, then applies the type's rules from {@link PurlTypes}.
 *
 * <p>Hand-rolled rather than wrapping packageurl-java 1.5.0, which the project first planned:
 * that library lowercases golang namespaces and names while parsing (the golang definition says
 * they are case-sensitive, and Go module paths are), so the original case is lost before a
 * wrapper could restore it; it percent-encodes ':'; it cannot tell a conforming parse from a
 * remediating one (it silently lowercases qualifier keys); it rejects '.' and '..' subpath
 * segments the spec says to discard; and it parses through {@link java.net.URI}, which rejects
 * characters purls carry (a raw space, for one). This parser is a single scan with no regular
 * expressions and, measured on the same mixed purls, about three times faster at parsing.
 */
final class PurlParser {
    /** Longer input is rejected: real purls, even with download URLs and checksums, are far shorter. */
    static final int MAX_LENGTH = 16 * 1024;

    private PurlParser() {
    }

    /**
     * @param lenient remediate what the spec's "recommended" tests remediate (upper-case qualifier
     *                keys, a qualifier without '=', slashes after the name, an unencoded npm scope
     *                '@' without a version) instead of rejecting it
     */
    static PurlDraft parse(String input, boolean lenient) {
        String s = checkedInput(input);
        PurlDraft d = new PurlDraft(input);
        int end = s.length();
        int hash = s.lastIndexOf('#');
        if (hash >= 0) {
            d.subpath = segments(input, s, hash + 1, end, true);
            end = hash;
        }
        int question = end == 0 ? -1 : s.lastIndexOf('?', end - 1);
        if (question >= 0) {
            d.qualifiers = qualifiers(input, s, question + 1, end, lenient);
            end = question;
        }
        int colon = s.indexOf(':');
        if (colon < 0 || colon >= end) {
            throw new InvalidPurlException(input, "does not start with the scheme \"pkg:\"");
        }
        if (colon != 3 || !s.regionMatches(true, 0, "pkg", 0, 3)) {
            throw new InvalidPurlException(input, "the scheme is " + Quoted.shortened(s.substring(0, colon)) + ", not \"pkg\"");
        }
        int start = colon + 1;
        while (start < end && s.charAt(start) == '/') {
            start++;
        }
        int slash = s.indexOf('/', start);
        boolean hasPath = slash >= 0 && slash < end;
        d.type = type(input, s, start, hasPath ? slash : end);
        if (!hasPath) {
            throw new InvalidPurlException(input, "the name is missing (pkg:type/namespace/name@version)");
        }
        namespaceNameVersion(d, s, slash + 1, end, lenient);
        PurlTypes.forType(d.type).normalise(d);
        return d;
    }

    /** Bounded length, no control characters; trimmed. */
    private static String checkedInput(String input) {
        if (input == null) {
            throw new InvalidPurlException("purl is missing");
        }
        if (input.length() > MAX_LENGTH) {
            throw new InvalidPurlException(input, "longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new InvalidPurlException(input, "control character " + Quoted.character(c)
                        + " at position " + (i + 1));
            }
        }
        return input.trim();
    }

    /** The path after the type, {@code s[pathStart, end)}: version after the last '@', name after the last '/'. */
    private static void namespaceNameVersion(PurlDraft d, String s, int pathStart, int end, boolean lenient) {
        String input = d.input;
        int at = s.lastIndexOf('@', end - 1);
        if (at >= pathStart && lenient && indexOf(s, '/', at + 1, end) >= 0) {
            // "pkg:npm/@angular/core": an unencoded scope '@', not a version separator.
            at = -1;
        }
        if (at >= pathStart) {
            String version = PercentEncoding.decode(input, s, at + 1, end);
            d.version = version.isEmpty() ? null : version;
            end = at;
        }
        // ECMA-427 1st edition calls trailing slashes after the name insignificant, but the
        // conformance tests read "ns/name/@1" as an empty name; only the lenient parse strips them.
        while (lenient && end > pathStart && s.charAt(end - 1) == '/') {
            end--;
        }
        int nameStart = Math.max(pathStart, s.lastIndexOf('/', end - 1) + 1);
        d.name = PercentEncoding.decode(input, s, nameStart, end);
        if (d.name.isEmpty()) {
            throw new InvalidPurlException(input, "the name is missing (pkg:type/namespace/name@version)");
        }
        if (nameStart > pathStart) {
            d.namespace = segments(input, s, pathStart, nameStart - 1, false);
        }
    }

    /** Builds from decoded components as "how to build" describes; the same rules as {@link #parse}. */
    static PurlDraft build(String type, String namespace, String name, String version,
                           Map<String, String> qualifiers, String subpath) {
        PurlDraft d = components(type, namespace, name, version, qualifiers, subpath);
        PurlTypes.forType(d.type).normalise(d);
        return d;
    }

    /** Type, namespace and name normalised for a package key, without the other components. */
    static PurlDraft identity(String type, String namespace, String name) {
        PurlDraft d = components(type, namespace, name, null, null, null);
        PurlTypes.forType(d.type).normaliseIdentity(d);
        return d;
    }

    private static PurlDraft components(String type, String namespace, String name, String version,
                                        Map<String, String> qualifiers, String subpath) {
        String described = describe(type, namespace, name, version);
        PurlDraft d = new PurlDraft(described);
        long length = length(type) + length(namespace) + length(name) + length(version) + length(subpath);
        if (qualifiers != null) {
            for (Map.Entry<String, String> q : qualifiers.entrySet()) {
                length += length(q.getKey()) + length(q.getValue());
            }
        }
        if (length > MAX_LENGTH) {
            throw d.invalid("components longer than " + MAX_LENGTH + " characters");
        }
        if (type == null || type.isEmpty()) {
            throw d.invalid("the type is missing");
        }
        d.type = type(described, type, 0, type.length());
        if (namespace != null) {
            d.namespace = joinSegments(namespace, false);
        }
        String trimmedName = name == null ? "" : stripSlashes(name);
        if (trimmedName.isEmpty()) {
            throw d.invalid("the name is missing");
        }
        d.name = trimmedName;
        d.version = version == null || version.isEmpty() ? null : version;
        if (qualifiers != null && !qualifiers.isEmpty()) {
            TreeMap<String, String> q = new TreeMap<>();
            for (Map.Entry<String, String> e : qualifiers.entrySet()) {
                String key = e.getKey() == null ? "" : e.getKey().toLowerCase(Locale.ROOT);
                checkKey(d, key);
                if (e.getValue() != null && !e.getValue().isEmpty() && q.put(key, e.getValue()) != null) {
                    throw d.invalid("qualifier " + key + " appears twice");
                }
            }
            d.qualifiers = q.isEmpty() ? null : q;
        }
        if (subpath != null) {
            d.subpath = joinSegments(subpath, true);
        }
        return d;
    }

    /** The canonical string of normalised components. */
    static String canonical(Purl p, PurlType rules) {
        StringBuilder b = new StringBuilder(16 + p.name().length() + (p.namespace() == null ? 0 : p.namespace().length()));
        b.append("pkg:").append(p.type()).append('/');
        if (p.namespace() != null) {
            encodeSegments(p.namespace(), b);
            b.append('/');
        }
        if (rules.pathName()) {
            encodeSegments(p.name(), b);
        } else {
            PercentEncoding.encode(p.name(), b);
        }
        if (p.version() != null) {
            b.append('@');
            PercentEncoding.encode(p.version(), b);
        }
        char separator = '?';
        for (Map.Entry<String, String> q : p.qualifiers().entrySet()) {
            b.append(separator).append(q.getKey()).append('=');
            PercentEncoding.encode(q.getValue(), b);
            separator = '&';
        }
        if (p.subpath() != null) {
            b.append('#');
            encodeSegments(p.subpath(), b);
        }
        return b.toString();
    }

    private static String type(String input, String s, int from, int to) {
        if (from == to) {
            throw new InvalidPurlException(input, "the type is missing");
        }
        char first = s.charAt(from);
        if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
            throw new InvalidPurlException(input, "the type must start with a letter, found " + Quoted.character(first));
        }
        for (int i = from + 1; i < to; i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) {
                throw new InvalidPurlException(input, "the type may contain only letters, digits, '.' and '-', found "
                        + Quoted.character(c));
            }
        }
        return s.substring(from, to).toLowerCase(Locale.ROOT);
    }

    /** Namespace or subpath from the string: split on '/', decode, drop empty (and for subpaths '.', '..'). */
    private static String segments(String input, String s, int from, int to, boolean subpath) {
        StringBuilder joined = null;
        String only = null;
        int i = from;
        while (i <= to) {
            int slash = indexOf(s, '/', i, to);
            int segEnd = slash < 0 ? to : slash;
            if (segEnd > i) {
                String segment = PercentEncoding.decode(input, s, i, segEnd);
                if (segment.indexOf('/') >= 0) {
                    throw new InvalidPurlException(input, (subpath ? "a subpath" : "a namespace")
                            + " segment contains an encoded '/'");
                }
                if (!segment.isEmpty() && !(subpath && (segment.equals(".") || segment.equals("..")))) {
                    if (only == null) {
                        only = segment;
                    } else {
                        if (joined == null) {
                            joined = new StringBuilder(only);
                        }
                        joined.append('/').append(segment);
                    }
                }
            }
            i = segEnd + 1;
        }
        return joined != null ? joined.toString() : only;
    }

    /** Namespace or subpath from a component: the same segment rules on decoded text. */
    private static String joinSegments(String value, boolean subpath) {
        StringBuilder b = new StringBuilder(value.length());
        for (String segment : value.split("/")) {
            if (!segment.isEmpty() && !(subpath && (segment.equals(".") || segment.equals("..")))) {
                if (b.length() > 0) {
                    b.append('/');
                }
                b.append(segment);
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    private static TreeMap<String, String> qualifiers(String input, String s, int from, int to, boolean lenient) {
        TreeMap<String, String> result = null;
        int i = from;
        while (i < to) {
            int amp = indexOf(s, '&', i, to);
            int pairEnd = amp < 0 ? to : amp;
            if (pairEnd > i) {
                int eq = indexOf(s, '=', i, pairEnd);
                String rawKey = s.substring(i, eq < 0 ? pairEnd : eq);
                String key = lenient ? rawKey.toLowerCase(Locale.ROOT) : rawKey;
                checkKey(new PurlDraft(input), key);
                if (eq < 0 && !lenient) {
                    throw new InvalidPurlException(input, "qualifier " + key + " has no '='");
                }
                String value = eq < 0 ? "" : PercentEncoding.decode(input, s, eq + 1, pairEnd);
                if (!value.isEmpty()) {
                    if (result == null) {
                        result = new TreeMap<>();
                    }
                    if (result.put(key, value) != null) {
                        throw new InvalidPurlException(input, "qualifier " + key + " appears twice");
                    }
                }
            }
            i = pairEnd + 1;
        }
        return result;
    }

    /** ECMA-427 5.6.6: a key is lowercase ASCII letters, digits, '.', '-', '_', starting with a letter. */
    private static void checkKey(PurlDraft d, String key) {
        if (key.isEmpty()) {
            throw d.invalid("a qualifier has an empty key");
        }
        char first = key.charAt(0);
        boolean upper = false;
        boolean valid = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
        for (int i = 0; i < key.length() && valid; i++) {
            char c = key.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            valid = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '_';
        }
        if (!valid) {
            throw d.invalid("qualifier key " + Quoted.shortened(key)
                    + " must start with a letter and contain only a-z, 0-9, '.', '-', '_' (unencoded)");
        }
        if (upper) {
            throw d.invalid("qualifier key " + Quoted.shortened(key) + " must be lowercase");
        }
    }

    private static void encodeSegments(String value, StringBuilder b) {
        int start = 0;
        int slash;
        while ((slash = value.indexOf('/', start)) >= 0) {
            PercentEncoding.encode(value.substring(start, slash), b);
            b.append('/');
            start = slash + 1;
        }
        PercentEncoding.encode(start == 0 ? value : value.substring(start), b);
    }

    private static int indexOf(String s, char c, int from, int to) {
        int i = s.indexOf(c, from);
        return i < to ? i : -1;
    }

    private static String stripSlashes(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '/') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == '/') {
            to--;
        }
        return s.substring(from, to);
    }

    private static long length(String s) {
        return s == null ? 0 : s.length();
    }

    private static String describe(String type, String namespace, String name, String version) {
        StringBuilder b = new StringBuilder("components type=").append(type);
        if (namespace != null) {
            b.append(" namespace=").append(namespace);
        }
        b.append(" name=").append(name);
        if (version != null) {
            b.append(" version=").append(version);
        }
        return b.toString();
    }
}
