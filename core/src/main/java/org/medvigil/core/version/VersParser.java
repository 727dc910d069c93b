package org.medvigil.core.version;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medvigil.core.version.Vers.Comparator;
import org.medvigil.core.version.Vers.Constraint;

/**
 * Reads vers strings per the vers specification's "How to parse and validate" procedure.
 * Strict mode is the specification: no whitespace, lowercase {@code vers} and type, no leading
 * {@code =}, no empty constraints, canonical (uppercase) percent-encoding, versions valid in the
 * type's scheme, sorted and unique. Lenient mode reads what older tools wrote and normalises
 * it: whitespace around constraints, an explicit {@code =}, empty constraints, any case, then
 * sorts; it still rejects anything ambiguous.
 */
final class VersParser {
    /** A vers longer than this is not an advisory's range but hostile input. */
    static final int MAX_LENGTH = 64 * 1024;

    private VersParser() {
    }

    static Vers parse(String text, VersionSchemes schemes, boolean lenient) {
        if (text == null) {
            throw error("no vers given");
        }
        if (text.length() > MAX_LENGTH) {
            throw error("vers longer than " + MAX_LENGTH + " characters");
        }
        String s = lenient ? text.strip() : text;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!lenient && isAsciiWhitespace(c)) {
                throw error("whitespace is not permitted in a vers (encode a space in a version as %20): "
                        + VersionText.quoted(text));
            }
            if (c > 0x7e || (c < 0x20 && !isAsciiWhitespace(c)) || c == 0x7f) {
                throw error("a vers must be printable ASCII: " + VersionText.quoted(text));
            }
        }
        int colon = s.indexOf(':');
        if (colon < 0 || !s.substring(0, colon).equalsIgnoreCase("vers")
                || (!lenient && !s.startsWith("vers:"))) {
            throw error("a vers must start with \"vers:\": " + VersionText.quoted(text));
        }
        int slash = s.indexOf('/', colon + 1);
        if (slash < 0) {
            throw error("a vers needs a type and constraints separated by '/': " + VersionText.quoted(text));
        }
        String type = checkedType(s.substring(colon + 1, slash), lenient, text);
        VersionScheme scheme = schemes.byName(type).orElse(null);
        List<Constraint> constraints = constraints(s.substring(slash + 1), lenient, text);
        return Vers.validated(type, constraints, scheme, lenient);
    }

    private static String checkedType(String raw, boolean lenient, String text) {
        String type = lenient ? raw.strip().toLowerCase(Locale.ROOT) : raw;
        if (type.isEmpty()) {
            throw error("a vers needs a type: " + VersionText.quoted(text));
        }
        char first = type.charAt(0);
        if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
            throw error("a vers type must start with a letter: " + VersionText.quoted(type));
        }
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
            if (!ok && c >= 'A' && c <= 'Z') {
                throw error("a vers type must be lowercase: " + VersionText.quoted(type));
            }
            if (!ok) {
                throw error("a vers type has only letters, digits, '.' and '-': " + VersionText.quoted(type));
            }
        }
        if (type.equals("invalid")) {
            throw error("the vers type \"invalid\" is reserved and always invalid");
        }
        return type;
    }

    private static List<Constraint> constraints(String raw, boolean lenient, String text) {
        if (raw.isEmpty()) {
            throw error("a vers needs at least one constraint: " + VersionText.quoted(text));
        }
        if (!lenient) {
            if (raw.startsWith("|")) {
                throw error("a vers must not start its constraints with '|': " + VersionText.quoted(text));
            }
            if (raw.endsWith("|")) {
                throw error("a vers must not end with '|': " + VersionText.quoted(text));
            }
            if (raw.contains("||")) {
                throw error("a vers must not have an empty constraint ('||'): " + VersionText.quoted(text));
            }
        }
        List<Constraint> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || raw.charAt(i) == '|') {
                String part = lenient ? raw.substring(start, i).strip() : raw.substring(start, i);
                if (!part.isEmpty()) {
                    out.add(constraint(part, lenient, text));
                }
                start = i + 1;
            }
        }
        if (out.isEmpty()) {
            throw error("a vers needs at least one constraint: " + VersionText.quoted(text));
        }
        return out;
    }

    private static Constraint constraint(String part, boolean lenient, String text) {
        if (part.equals("*")) {
            return new Constraint(Comparator.ANY, null);
        }
        Comparator comparator;
        int skip;
        if (part.startsWith(">=")) {
            comparator = Comparator.GE;
            skip = 2;
        } else if (part.startsWith("<=")) {
            comparator = Comparator.LE;
            skip = 2;
        } else if (part.startsWith("!=")) {
            comparator = Comparator.NE;
            skip = 2;
        } else if (part.startsWith("<")) {
            comparator = Comparator.LT;
            skip = 1;
        } else if (part.startsWith(">")) {
            comparator = Comparator.GT;
            skip = 1;
        } else if (part.startsWith("=")) {
            if (!lenient) {
                throw error("equality is written as a bare version, without '=': " + VersionText.quoted(part));
            }
            comparator = Comparator.EQ;
            skip = 1;
        } else {
            comparator = Comparator.EQ;
            skip = 0;
        }
        String encoded = lenient ? part.substring(skip).strip() : part.substring(skip);
        if (encoded.isEmpty()) {
            throw error("a vers constraint has no version: " + VersionText.quoted(part) + " in " + VersionText.quoted(text));
        }
        return new Constraint(comparator, decode(encoded, lenient));
    }

    /** Percent-decodes a version exactly once; strict mode wants uppercase hex digits. */
    static String decode(String encoded, boolean lenient) {
        if (encoded.indexOf('%') < 0) {
            return checkedLiteral(encoded);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            if (i + 2 >= encoded.length() || hex(encoded.charAt(i + 1)) < 0 || hex(encoded.charAt(i + 2)) < 0) {
                throw error("invalid percent-encoding in version " + VersionText.quoted(encoded));
            }
            if (!lenient && (isLowerHex(encoded.charAt(i + 1)) || isLowerHex(encoded.charAt(i + 2)))) {
                throw error("percent-encoding in version is not canonical (use uppercase hex): "
                        + VersionText.quoted(encoded));
            }
            bytes.write(hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2)));
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw error("percent-encoded version is not UTF-8: " + VersionText.quoted(encoded));
        }
    }

    /** Characters that must be percent-encoded in a version may not appear literally. */
    private static String checkedLiteral(String version) {
        for (int i = 0; i < version.length(); i++) {
            if (mustEncode(version.charAt(i))) {
                throw error("'" + version.charAt(i) + "' in a version must be percent-encoded: " + VersionText.quoted(version));
            }
        }
        return version;
    }

    /** Encodes a version for the canonical form: the vers separators, '%', whitespace, controls and non-ASCII. */
    static String encode(String version) {
        StringBuilder b = new StringBuilder(version.length() + 8);
        version.codePoints().forEach(cp -> {
            if (cp > 0x20 && cp < 0x7f && !mustEncode((char) cp)) {
                b.append((char) cp);
            } else {
                for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(HEX[(x >> 4) & 0xf]).append(HEX[x & 0xf]);
                }
            }
        });
        return b.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static boolean mustEncode(char c) {
        return c == '>' || c == '<' || c == '=' || c == '!' || c == '*' || c == '|' || c == '%';
    }

    private static boolean isAsciiWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    private static int hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80 ? Character.digit(c, 16) : -1;
    }

    private static boolean isLowerHex(char c) {
        return c >= 'a' && c <= 'f';
    }

    static InvalidVersionException error(String message) {
        return new InvalidVersionException(message);
    }
}
