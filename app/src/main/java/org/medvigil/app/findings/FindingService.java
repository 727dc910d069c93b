package org.medvigil.app.findings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medvigil.app.security.Actor;
import org.medvigil.app.security.CurrentActor;
import org.medvigil.app.storage.JsonText;
import org.medvigil.app.web.NotFoundException;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.medvigil.core.risk.RiskAcceptanceMatrix;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * Findings as people see them. A customer sees only the findings of releases deployed at its
 * sites, without the manufacturer's assessment details; any other id answers 404.
 */
@Service
public class FindingService {
    private static final TypeReference<LinkedHashMap<String, String>> SCALE = new TypeReference<>() {
    };

    private final FindingQueries queries;
    private final CurrentActor current;
    private final JsonText json;

    FindingService(FindingQueries queries, CurrentActor current, JsonText json) {
        this.queries = queries;
        this.current = current;
        this.json = json;
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

    /** Counts for the dashboard (a customer: over the releases it runs). */
    @Transactional(readOnly = true)
    public FindingSummary summary() {
        Long scope = scope(current.get());
        Map<String, Long> counted = queries.openBySeverity(scope);
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        FindingParams.SEVERITIES.forEach(r -> bySeverity.put(r, counted.getOrDefault(r, 0L)));
        long open = bySeverity.values().stream().mapToLong(Long::longValue).sum();
        long kev = queries.count(new FindingFilter(null, null, null, null, false, true, null, null), scope);
        long toReview = queries.count(new FindingFilter(null, null, AnalysisState.IN_TRIAGE, null, false, null, null, null,
                null, false), scope);
        return new FindingSummary(bySeverity, open, kev, toReview);
    }

    /** The products and releases with findings, to narrow a list to (a customer: the releases it runs). */
    @Transactional(readOnly = true)
    public List<FindingFacet> facets() {
        return queries.facets(scope(current.get()));
    }

    /**
     * What an assessment of the finding is judged against: its product's risk-acceptance matrix
     * and harm-severity scale. The manufacturer's own criteria: a customer gets 404.
     */
    @Transactional(readOnly = true)
    public RiskContext riskContext(long id) {
        if (current.get().isCustomer() || queries.find(id, null).isEmpty()) {
            throw new NotFoundException("finding", id);
        }
        Map<String, String> scale = json.read(queries.productHarmScale(id), SCALE);
        return new RiskContext(RiskAcceptanceMatrix.fromJson(queries.productMatrix(id)), scale);
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
