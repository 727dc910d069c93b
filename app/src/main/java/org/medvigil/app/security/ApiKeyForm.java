package org.medvigil.app.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new API key: a name saying what uses it (e.g. "ci-pipeline"), its role, and for a CUSTOMER key its customer. */
public record ApiKeyForm(@NotBlank @Size(max = 100) String name, @NotNull Role role, Long customerId) {
}
