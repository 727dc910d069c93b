package org.medvigil.app.portfolio;

import java.time.Instant;

/** A customer organisation: a hospital or other healthcare delivery organisation (HDO). */
public record Customer(long id, String name, Instant createdAt, Instant updatedAt) {
}
