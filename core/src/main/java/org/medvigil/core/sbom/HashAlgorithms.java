package org.medvigil.core.sbom;

import java.util.Map;

/**
 * Names hash algorithms the CycloneDX way ({@code SHA-256}, {@code SHA3-512}, {@code BLAKE2b-256})
 * whatever the document's spelling (SPDX 2 {@code SHA256}, SPDX 3 {@code sha3_256}), so that
 * digests from different formats compare by one key.
 */
final class HashAlgorithms {
    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("MD2", "MD2"), Map.entry("MD4", "MD4"), Map.entry("MD5", "MD5"), Map.entry("MD6", "MD6"),
            Map.entry("SHA1", "SHA-1"), Map.entry("SHA224", "SHA-224"), Map.entry("SHA256", "SHA-256"),
            Map.entry("SHA384", "SHA-384"), Map.entry("SHA512", "SHA-512"),
            Map.entry("SHA3224", "SHA3-224"), Map.entry("SHA3256", "SHA3-256"),
            Map.entry("SHA3384", "SHA3-384"), Map.entry("SHA3512", "SHA3-512"),
            Map.entry("BLAKE2B256", "BLAKE2b-256"), Map.entry("BLAKE2B384", "BLAKE2b-384"),
            Map.entry("BLAKE2B512", "BLAKE2b-512"), Map.entry("BLAKE3", "BLAKE3"),
            Map.entry("ADLER32", "ADLER32"));

    private HashAlgorithms() {
    }

    static String normalize(String algorithm) {
        StringBuilder key = new StringBuilder(algorithm.length());
        for (int i = 0; i < algorithm.length(); i++) {
            char c = Character.toUpperCase(algorithm.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                key.append(c);
            }
        }
        return CANONICAL.getOrDefault(key.toString(), algorithm);
    }
}
