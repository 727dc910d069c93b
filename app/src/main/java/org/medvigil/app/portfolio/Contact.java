package org.medvigil.app.portfolio;

import java.time.Instant;

/** A person at a customer to address communications to (e.g. biomed or IT security). */
public record Contact(long id, long customerId, String name, String email, String phone, String title, Instant createdAt) {
}
