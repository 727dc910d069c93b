package org.medvigil.app.portfolio;

import java.time.Clock;
import java.time.Instant;
import org.medvigil.app.audit.AuditLog;
import org.medvigil.app.security.Actor;
import org.medvigil.app.security.CurrentActor;
import org.medvigil.app.web.BadRequestException;
import org.medvigil.app.web.NotFoundException;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Installed units. A customer actor sees only its own; others' ids answer 404. */
@Service
public class DeploymentService {
    private final DeploymentRepository deployments;
    private final CustomerService customers;
    private final ReleaseService releases;
    private final AuditLog audit;
    private final CurrentActor current;
    private final Clock clock;

    DeploymentService(DeploymentRepository deployments, CustomerService customers, ReleaseService releases,
                      AuditLog audit, CurrentActor current, Clock clock) {
        this.deployments = deployments;
        this.customers = customers;
        this.releases = releases;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    /** @param customerId optional filter; a customer actor is always confined to its own */
    @Transactional(readOnly = true)
    public PageOf<Deployment> list(Long customerId, Long releaseId, Paging paging) {
        Actor actor = current.get();
        Long customer = customerId;
        if (actor.isCustomer()) {
            long own = actor.customerId() == null ? -1L : actor.customerId();
            customer = customerId == null || customerId == own ? own : -1L;
        }
        return PageOf.of(deployments.page(customer, releaseId, paging), paging, deployments.count(customer, releaseId));
    }

    @Transactional(readOnly = true)
    public Deployment get(long id) {
        Deployment d = deployments.find(id).orElseThrow(() -> new NotFoundException("deployment", id));
        if (!current.get().canSeeCustomer(d.customerId())) {
            throw new NotFoundException("deployment", id);
        }
        return d;
    }

    @Transactional
    public Deployment create(DeploymentForm form) {
        check(form);
        long id = deployments.insert(form, Instant.now(clock));
        Deployment created = get(id);
        audit.record("create", "deployment", id, null, created);
        return created;
    }

    @Transactional
    public Deployment update(long id, DeploymentForm form) {
        Deployment before = get(id);
        check(form);
        deployments.update(id, form, Instant.now(clock));
        Deployment after = get(id);
        audit.record("update", "deployment", id, before, after);
        return after;
    }

    @Transactional
    public void delete(long id) {
        Deployment before = get(id);
        deployments.delete(id);
        audit.record("delete", "deployment", id, before, null);
    }

    private void check(DeploymentForm form) {
        try {
            customers.site(form.siteId());
            releases.get(form.releaseId());
        } catch (NotFoundException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
