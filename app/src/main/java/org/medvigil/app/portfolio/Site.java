package org.medvigil.app.portfolio;

import java.time.Instant;

/** A location of a customer where devices are installed. */
public record Site(long id, long customerId, String name, String address, Instant createdAt) {
}
