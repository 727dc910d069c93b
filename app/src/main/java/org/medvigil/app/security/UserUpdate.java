package org.medvigil.app.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A change to a user: role, customer and whether it may sign in; a new password when given. */
public record UserUpdate(@NotNull Role role, Long customerId, @NotNull Boolean enabled,
                         @Size(min = 12, max = 200, message = "must be 12 to 200 characters") String password) {
}
