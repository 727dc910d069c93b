package org.medvigil.app.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The checks a CSAF document must pass before it is imported (CSAF 2.0 §7.1.18 hashes,
 * §7.1.19 signatures): the published {@code .sha512}/{@code .sha256} file names the document's
 * hash, and the detached OpenPGP signature verifies against one of the provider's trusted keys.
 * Whether a missing hash or signature is acceptable is the operator's choice (both are required
 * by default, as a trusted provider publishes them).
 */
final class CsafIntegrity {
    private CsafIntegrity() {
    }

    /** A document that failed a check, with the one-line reason. */
    static final class Rejected extends Exception {
        Rejected(String message) {
            super(message);
        }
    }

    /**
     * @param hashFile      the {@code .sha512} or {@code .sha256} file, or null when there is none
     * @param hashAlgorithm SHA-512 or SHA-256 (the file's kind)
     * @param signature     the {@code .asc} file, or null when there is none
     * @return how integrity was established, for the document's provenance
     */
    static String check(byte[] document, byte[] hashFile, String hashAlgorithm, byte[] signature, List<OpenPgp.Key> keys,
                        boolean requireHash, boolean requireSignature) throws Rejected {
        StringBuilder how = new StringBuilder();
        if (hashFile == null) {
            if (requireHash) {
                throw new Rejected("no hash file (.sha512/.sha256) was published for it");
            }
            how.append("no published hash");
        } else {
            String expected = firstToken(hashFile);
            String actual = HexFormat.of().formatHex(digest(hashAlgorithm, document));
            if (!actual.equalsIgnoreCase(expected)) {
                throw new Rejected(hashAlgorithm + " mismatch: the published hash is " + abbreviate(expected)
                        + " but the document hashes to " + abbreviate(actual));
            }
            how.append(hashAlgorithm.toLowerCase(Locale.ROOT).replace("-", "")).append(" matches");
        }
        if (signature == null) {
            if (requireSignature) {
                throw new Rejected("no OpenPGP signature (.asc) was published for it");
            }
            how.append("; unsigned");
        } else {
            OpenPgp.Verdict v = OpenPgp.verify(document, signature, keys);
            if (v instanceof OpenPgp.Failed f) {
                throw new Rejected(keys.isEmpty() ? f.reason() + " (no key of this provider is trusted: see docs/feeds.md)"
                        : f.reason());
            }
            how.append("; ").append(v.line());
        }
        return how.toString();
    }

    private static String firstToken(byte[] hashFile) {
        String text = new String(hashFile, StandardCharsets.US_ASCII).strip();
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String hex) {
        return hex.length() > 16 ? hex.substring(0, 16) + "…" : hex;
    }
}
