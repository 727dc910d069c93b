package org.medvigil.app.cases;

import java.time.Clock;
import java.time.Instant;
import org.medvigil.app.audit.AuditLog;
import org.medvigil.app.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The installation's ISAO membership evidence (PM-23), which every case's PM-15.4 check reads. */
@Service
public class IsaoMembershipService {
    private final IsaoMembershipRepository repository;
    private final AuditLog audit;
    private final CurrentActor current;
    private final Clock clock;

    IsaoMembershipService(IsaoMembershipRepository repository, AuditLog audit, CurrentActor current, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public IsaoMembership get() {
        return repository.find().orElseGet(IsaoMembership::none);
    }

    @Transactional
    public IsaoMembership replace(IsaoMembershipForm form) {
        repository.lock();
        IsaoMembership before = repository.find().orElse(null);
        repository.save(form, Instant.now(clock), current.get().name());
        IsaoMembership after = get();
        audit.record("update", "isao_membership", 1, before, after);
        return after;
    }
}
