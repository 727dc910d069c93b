package org.medvigil.app.audit;

import java.time.Instant;

/** An audit entry as the API shows it; before and after are the JSON text as recorded. */
public record AuditEventView(long seq, Instant occurredAt, String actor, String action, String entityType,
                             String entityId, String before, String after, String hash) {
}
