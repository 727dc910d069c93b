package org.medvigil.app.security;

import java.time.Instant;

/**
 * An API key as the API lists it: never the key itself, only its first characters.
 *
 * @param prefix the key's first characters, to tell keys apart
 */
public record ApiKeyView(long id, String name, String prefix, Role role, Long customerId, Instant createdAt,
                         String createdBy, Instant revokedAt, String revokedBy) {
}
