package org.medvigil.app.security;

import java.time.Instant;

/** A local user as the API shows it (never the password hash). */
public record UserView(long id, String username, Role role, Long customerId, boolean enabled,
                       Instant createdAt, Instant updatedAt) {
}
