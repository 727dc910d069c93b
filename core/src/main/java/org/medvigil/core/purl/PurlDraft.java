package org.medvigil.core.purl;

import java.util.TreeMap;

/**
 * The decoded components of a purl while they are being normalised and checked. Mutable on
 * purpose: the type rules adjust it in place, once, before an immutable {@link Purl} is made.
 */
final class PurlDraft {
    /** The input as the user wrote it, for messages. */
    final String input;
    String type;
    /** Segments joined with '/', or {@code null}. */
    String namespace;
    String name;
    String version;
    /** {@code null} when there are none. */
    TreeMap<String, String> qualifiers;
    /** Segments joined with '/', or {@code null}. */
    String subpath;
    /** The type's rules, once they have been applied. */
    PurlType rules;

    PurlDraft(String input) {
        this.input = input;
    }

    String qualifier(String key) {
        return qualifiers == null ? null : qualifiers.get(key);
    }

    InvalidPurlException invalid(String reason) {
        return new InvalidPurlException(input, reason);
    }
}
