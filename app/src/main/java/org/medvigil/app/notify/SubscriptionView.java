package org.medvigil.app.notify;

import java.time.Instant;
import java.util.List;

/** A subscription as the API shows it: the secret only as whether one is set. */
public record SubscriptionView(long id, String channel, String target, boolean secretSet, List<String> events, Long productId,
                               boolean active, String description, Instant createdAt, String createdBy) {
}
