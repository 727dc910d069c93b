package org.medvigil.app.audit;

import java.util.List;

/**
 * The result of recomputing the audit chain.
 *
 * @param entries  entries read
 * @param headHash the hash of the last entry (the genesis hash for an empty log)
 * @param problems one line per broken place, naming the entry; empty when the chain is intact
 */
public record AuditVerification(long entries, String headHash, List<String> problems) {
    public AuditVerification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
