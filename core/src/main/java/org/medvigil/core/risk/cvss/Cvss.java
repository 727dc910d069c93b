package org.medvigil.core.risk.cvss;

/**
 * Exact CVSS scoring for v2.0, v3.0, v3.1 and v4.0 behind one strict vector parser.
 *
 * <p>The version comes from the vector: {@code CVSS:3.0/}, {@code CVSS:3.1/}, {@code CVSS:4.0/},
 * or no prefix for v2 ({@code AV:N/AC:L/Au:N/...}). Anything else (an unknown or lower-case
 * prefix, a v3 vector without prefix, {@code CVSS:2.0/}, an unknown, duplicate, missing or
 * misplaced metric, an invalid value, whitespace, a trailing or doubled {@code /}) is rejected
 * with an {@link InvalidCvssVectorException} whose message says what and where.
 *
 * <pre>{@code
 * CvssScore s = Cvss.score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");  // 3.1, 9.8, "critical"
 * CvssResult r = Cvss.evaluate(vector);  // base/temporal/environmental, v4 nomenclature, ...
 * }</pre>
 */
public final class Cvss {
    /** Longest vector accepted: a v4.0 vector with every metric spelled out is under 200 characters. */
    public static final int MAX_LENGTH = 512;

    private Cvss() {
    }

    /** Scores a vector: version, normalised vector, base score (v4: the score) and severity. */
    public static CvssScore score(String vector) {
        return evaluate(vector).toScore();
    }

    /** Scores a vector with every figure its version defines. */
    public static CvssResult evaluate(String vector) {
        checkShape(vector);
        if (vector.startsWith("CVSS:")) {
            int slash = vector.indexOf('/');
            String prefix = slash < 0 ? vector : vector.substring(0, slash);
            return switch (prefix) {
                case "CVSS:3.0" -> CvssV3.score(requireBody(vector, prefix), "3.0");
                case "CVSS:3.1" -> CvssV3.score(requireBody(vector, prefix), "3.1");
                case "CVSS:4.0" -> CvssV4.score(requireBody(vector, prefix));
                case "CVSS:2.0", "CVSS:2" -> throw new InvalidCvssVectorException(vector,
                        "CVSS v2 vectors have no prefix: remove '" + prefix + "/'");
                default -> throw new InvalidCvssVectorException(vector, "unsupported CVSS version prefix '"
                        + shorten(prefix) + "' (expected CVSS:3.0, CVSS:3.1 or CVSS:4.0; v2 has no prefix)");
            };
        }
        if (vector.regionMatches(true, 0, "CVSS:", 0, 5)) {
            throw new InvalidCvssVectorException(vector, "the prefix must be written 'CVSS:' in upper case");
        }
        if (vector.startsWith("AV:") && vector.contains("/Au:")) {
            return CvssV2.score(vector);
        }
        if (vector.startsWith("AV:") && (vector.contains("/AT:") || vector.contains("/VC:"))) {
            throw new InvalidCvssVectorException(vector, "a CVSS v4.0 vector needs its prefix 'CVSS:4.0/'");
        }
        if (vector.startsWith("AV:") && (vector.contains("/PR:") || vector.contains("/S:"))) {
            throw new InvalidCvssVectorException(vector, "a CVSS v3 vector needs its prefix 'CVSS:3.0/' or 'CVSS:3.1/'");
        }
        if (vector.startsWith("AV:")) {
            // Reads as v2 so the message names the missing or wrong metric.
            return CvssV2.score(vector);
        }
        throw new InvalidCvssVectorException(vector,
                "not a CVSS vector (expected 'CVSS:3.1/AV:…', 'CVSS:4.0/AV:…' or a v2 vector 'AV:…/AC:…/Au:…')");
    }

    private static void checkShape(String vector) {
        if (vector == null) {
            throw new InvalidCvssVectorException(null, "no vector given");
        }
        if (vector.isEmpty()) {
            throw new InvalidCvssVectorException(vector, "the vector is empty");
        }
        if (vector.length() > MAX_LENGTH) {
            throw new InvalidCvssVectorException(vector, "the vector is " + vector.length()
                    + " characters long (at most " + MAX_LENGTH + ")");
        }
        for (int i = 0; i < vector.length(); i++) {
            char c = vector.charAt(i);
            if (c <= ' ' || c == 0x7f || c > '~') {
                throw new InvalidCvssVectorException(vector, (Character.isWhitespace(c) ? "whitespace" : "character U+"
                        + String.format("%04X", (int) c)) + " at position " + (i + 1)
                        + " (a vector is printable ASCII without spaces)");
            }
        }
    }

    private static String requireBody(String vector, String prefix) {
        if (vector.length() == prefix.length()) {
            throw new InvalidCvssVectorException(vector, "no metrics after '" + prefix + "' (expected '" + prefix + "/AV:…')");
        }
        return vector;
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
