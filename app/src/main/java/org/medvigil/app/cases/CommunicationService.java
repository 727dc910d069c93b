package org.medvigil.app.cases;

import java.util.List;
import java.util.Map;
import org.medvigil.app.security.Actor;
import org.medvigil.app.security.CurrentActor;
import org.medvigil.app.web.NotFoundException;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer communications as people read them. A customer sees only those addressed to its
 * organisation, and of those only what was sent; any other id answers 404.
 */
@Service
public class CommunicationService {
    private final EvidenceRepository evidence;
    private final CurrentActor current;

    CommunicationService(EvidenceRepository evidence, CurrentActor current) {
        this.evidence = evidence;
        this.current = current;
    }

    @Transactional(readOnly = true)
    public PageOf<CommunicationView> list(Long caseId, Paging paging) {
        Actor actor = current.get();
        Long scope = scope(actor);
        // A customer does not see cases: filtering by one would tell it which case a notice belongs to.
        Long byCase = actor.isCustomer() ? null : caseId;
        List<CommunicationView> items = evidence.communications(scope, byCase, paging).stream().map(this::view)
                .map(v -> actor.isCustomer() ? v.forCustomer() : v).toList();
        return PageOf.of(items, paging, evidence.communicationCount(scope, byCase));
    }

    @Transactional(readOnly = true)
    public CommunicationView get(long id) {
        Actor actor = current.get();
        CommunicationView v = evidence.communication(id, scope(actor)).map(this::view)
                .orElseThrow(() -> new NotFoundException("communication", id));
        return actor.isCustomer() ? v.forCustomer() : v;
    }

    CommunicationView view(EvidenceRepository.StoredCommunication c) {
        EvidenceRecord e = c.evidence();
        Map<String, Object> d = e.details();
        Map<?, ?> n = d.get("notice") instanceof Map<?, ?> m ? m : Map.of();
        EvidenceForms.Notice notice = new EvidenceForms.Notice(text(n.get("vulnerability")), text(n.get("impactAssessment")),
                text(n.get("effortsUnderway")), text(n.get("compensatingControls")), text(n.get("fixPlan")));
        List<String> missing = notice.toCore().missingElements();
        return new CommunicationView(e.id(), e.caseId(), c.productId(), c.productName(), c.vulnerabilityId(),
                e.occurredOn(), text(d.get("channel")), notice, new CommunicationView.Pm17(missing.isEmpty(), missing),
                evidence.recipients(e.id()), e.reference(), e.recordedAt(), e.recordedBy());
    }

    /** The customer a customer actor is confined to (-1: none, sees nothing); null for staff. */
    private static Long scope(Actor actor) {
        if (!actor.isCustomer()) {
            return null;
        }
        return actor.customerId() == null ? -1L : actor.customerId();
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
