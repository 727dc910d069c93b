package org.medvigil.app.findings;

import org.medvigil.app.security.Actor;
import org.medvigil.app.security.CurrentActor;
import org.medvigil.app.web.NotFoundException;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings as people see them. A customer sees only the findings of releases deployed at its
 * sites, without the manufacturer's assessment details; any other id answers 404.
 */
@Service
public class FindingService {
    private final FindingQueries queries;
    private final CurrentActor current;

    FindingService(FindingQueries queries, CurrentActor current) {
        this.queries = queries;
        this.current = current;
    }

    @Transactional(readOnly = true)
    public PageOf<FindingView> list(FindingFilter filter, Paging paging) {
        Actor actor = current.get();
        Long scope = scope(actor);
        PageOf<FindingView> page = PageOf.of(queries.page(filter, scope, paging), paging, queries.count(filter, scope));
        return actor.isCustomer() ? page.map(FindingView::forCustomer) : page;
    }

    @Transactional(readOnly = true)
    public FindingView get(long id) {
        Actor actor = current.get();
        FindingView f = queries.find(id, scope(actor)).orElseThrow(() -> new NotFoundException("finding", id));
        return actor.isCustomer() ? f.forCustomer() : f;
    }

    /** Which customers and deployed units the finding affects (a customer: only its own). */
    @Transactional(readOnly = true)
    public AffectedView affected(long id) {
        Actor actor = current.get();
        Long scope = scope(actor);
        FindingView f = queries.find(id, scope).orElseThrow(() -> new NotFoundException("finding", id));
        var units = queries.affectedUnits(id, scope);
        long customers = units.stream().mapToLong(AffectedView.Unit::customerId).distinct().count();
        return new AffectedView(id, f.vulnerability().id(), f.releaseId(), f.productName(), f.releaseVersion(),
                customers, units.size(), units);
    }

    /** The customer a customer actor is confined to; null for staff. */
    static Long scope(Actor actor) {
        if (!actor.isCustomer()) {
            return null;
        }
        // A customer actor without a customer sees nothing: -1 matches no customer.
        return actor.customerId() == null ? -1L : actor.customerId();
    }
}
