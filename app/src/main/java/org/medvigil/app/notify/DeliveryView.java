package org.medvigil.app.notify;

import java.time.Instant;

/**
 * One delivery of one event to one subscription: the delivery log (who was told, when, through
 * which channel; FDA PM-16).
 *
 * @param status     pending (queued or waiting to retry), delivered, or failed (gave up after the last attempt)
 * @param lastStatus the HTTP status of the last webhook attempt, or null
 */
public record DeliveryView(long id, long subscriptionId, String channel, String target, long eventId, String eventType,
                           String eventKey, String status, int attempts, Instant nextAttemptAt, Instant lastAttemptAt,
                           Integer lastStatus, String lastError, Instant deliveredAt, Instant createdAt) {
}
