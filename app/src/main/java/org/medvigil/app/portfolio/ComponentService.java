package org.medvigil.app.portfolio;

import java.time.Clock;
import java.time.Instant;
import org.medvigil.app.audit.AuditLog;
import org.medvigil.app.security.CurrentActor;
import org.medvigil.app.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Components and their support data (FDA C-06), which often arrives after the SBOM. */
@Service
public class ComponentService {
    private final ComponentRepository components;
    private final AuditLog audit;
    private final CurrentActor current;
    private final Clock clock;

    ComponentService(ComponentRepository components, AuditLog audit, CurrentActor current, Clock clock) {
        this.components = components;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ComponentView get(long id) {
        return components.find(id).orElseThrow(() -> new NotFoundException("component", id));
    }

    @Transactional
    public ComponentView updateSupport(long id, SupportForm form) {
        ComponentView before = get(id);
        components.updateSupport(id, form, Instant.now(clock), current.get().name());
        ComponentView after = get(id);
        audit.record("update-support", "component", id, before.support(), after.support());
        return after;
    }
}
