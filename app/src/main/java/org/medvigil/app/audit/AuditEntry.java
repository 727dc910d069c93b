package org.medvigil.app.audit;

import java.time.Instant;

/**
 * One change as the audit log records it: who did what to which entity, and the entity's state
 * before and after (JSON text, {@code null} when there is none, e.g. before a creation).
 *
 * @param seq        position in the chain, 1-based and without gaps
 * @param occurredAt when, to the millisecond
 * @param actor      the user, API key ({@code api-key:<name>#<id>}) or {@code system}
 * @param action     what was done: create, update, delete, upload, import, assess, revoke, ...
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String entityType,
                         String entityId, String before, String after) {
}
