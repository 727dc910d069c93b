package org.medvigil.app.portfolio;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One installed unit: which release runs where, since when.
 *
 * @param serialNumber the unit's serial number; {@code udi} its unique device identifier (one of them is always set)
 */
public record Deployment(long id, long customerId, String customerName, long siteId, String siteName, long releaseId,
                         long productId, String productName, String releaseVersion, String serialNumber, String udi,
                         LocalDate installedSince, Instant createdAt, Instant updatedAt) {
}
