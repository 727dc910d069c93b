package org.medvigil.app.audit;

import java.time.Clock;
import java.time.Instant;
import org.medvigil.app.storage.JsonText;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every change in the append-only, hash-chained audit log, inside the transaction of
 * the change itself (a change without its audit entry, or the reverse, never commits). Appends
 * are serialised by a row lock on the chain's head, across threads and server nodes.
 */
@Component
public class AuditLog {
    /** The actor of changes made by the server itself (first-run setup, scheduled work). */
    public static final String SYSTEM = "system";

    private final AuditRepository repository;
    private final JsonText json;
    private final Clock clock;

    AuditLog(AuditRepository repository, JsonText json, Clock clock) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Appends an entry; must run inside the transaction that makes the change.
     *
     * @param before the entity before the change (serialised as JSON), or null
     * @param after  the entity after the change (serialised as JSON), or null
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, Object before, Object after) {
        AuditRepository.Head head = repository.lockHead();
        AuditEntry entry = new AuditEntry(head.lastSeq() + 1, Instant.now(clock), actor(), action, entityType,
                entityId == null ? null : String.valueOf(entityId), json.write(before), json.write(after));
        String hash = AuditChain.hash(head.lastHash(), entry);
        repository.append(entry, head.lastHash(), hash);
    }

    private static String actor() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return a.getName();
    }
}
