package org.medvigil.core.purl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as ECMA-427 clause 5.4 defines it: the alphanumerics, {@code .-_~} and the
 * colon stay as they are, every other octet of the UTF-8 form becomes {@code %XX} (upper-case
 * hex). Decoding is strict: a {@code %} must be followed by two hex digits and the octets must
 * be valid UTF-8.
 */
final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /** Whether {@code c} stays unencoded in a canonical purl component. */
    static boolean isKept(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '-' || c == '_' || c == '~' || c == ':';
    }

    static void encode(String s, StringBuilder out) {
        int i = 0;
        int n = s.length();
        while (i < n && isKept(s.charAt(i))) {
            i++;
        }
        out.append(s, 0, i);
        if (i == n) {
            return;
        }
        byte[] bytes = s.substring(i).getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && isKept(c)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
    }

    /**
     * Decodes {@code s[from, to)}.
     *
     * @param purl the whole input, for the error message
     */
    static String decode(String purl, String s, int from, int to) {
        int pct = s.indexOf('%', from);
        if (pct < 0 || pct >= to) {
            return s.substring(from, to);
        }
        ByteBuffer bytes = ByteBuffer.allocate((to - from) * 3);
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '%') {
                int hi = i + 2 < to ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0 || !isAsciiHex(s.charAt(i + 1)) || !isAsciiHex(s.charAt(i + 2))) {
                    throw new InvalidPurlException(purl, "'%' at position " + (i + 1)
                            + " is not followed by two hex digits");
                }
                int b = (hi << 4) | lo;
                ascii &= b < 0x80;
                bytes.put((byte) b);
                i += 2;
            } else if (c < 0x80) {
                bytes.put((byte) c);
            } else {
                ascii = false;
                int end = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                bytes.put(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        bytes.flip();
        if (ascii) {
            return new String(bytes.array(), 0, bytes.limit(), StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidPurlException(purl, "percent-encoded octets are not valid UTF-8");
        }
    }

    private static boolean isAsciiHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
