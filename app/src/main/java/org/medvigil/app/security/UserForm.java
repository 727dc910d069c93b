package org.medvigil.app.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new local user. A {@link Role#CUSTOMER} user needs the customer organisation it belongs to. */
public record UserForm(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may contain letters, digits and . _ @ - only")
        String username,
        @NotNull @Size(min = 12, max = 200, message = "must be 12 to 200 characters") String password,
        @NotNull Role role,
        Long customerId) {
}
