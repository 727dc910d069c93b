package org.medvigil.app.findings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medvigil.app.audit.AuditLog;
import org.medvigil.app.security.CurrentActor;
import org.medvigil.app.web.NotFoundException;
import org.medvigil.core.risk.RiskAcceptanceMatrix;
import org.medvigil.core.risk.RiskDetermination;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records assessments and applies them. One assessment covers every release that carries the
 * same component version and the same vulnerability (any of its ids), now and in releases that
 * come later, unless a release has its own override (Dependency-Track #2183; FDA PM-09).
 */
@Service
public class AssessmentService {
    private final FindingQueries queries;
    private final AssessmentRepository assessments;
    private final AuditLog audit;
    private final CurrentActor current;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AssessmentService(FindingQueries queries, AssessmentRepository assessments, AuditLog audit, CurrentActor current,
                      Clock clock, ApplicationEventPublisher events) {
        this.queries = queries;
        this.assessments = assessments;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
        this.events = events;
    }

    /** Records an assessment of a finding and re-applies assessments wherever it may now apply. */
    @Transactional
    public AssessmentView assess(long findingId, AssessmentForm stated) {
        FindingView finding = queries.find(findingId, null).orElseThrow(() -> new NotFoundException("finding", findingId));
        AssessmentForm form = stated.withThreatSignals(finding.kev().listed(),
                finding.epss() == null ? null : finding.epss().score());
        String assessor = current.get().name();
        RiskAcceptanceMatrix matrix = RiskAcceptanceMatrix.fromJson(queries.productMatrix(findingId));
        Optional<RiskDetermination> determination = RiskDeterminations.of(form, matrix, assessor);
        Set<String> ids = new HashSet<>(finding.vulnerability().aliases());
        ids.add(finding.vulnerability().id());
        Long release = form.scopeOrDefault() == AssessmentScope.THIS_RELEASE ? finding.releaseId() : null;
        String identity = finding.component().identity();
        long id = assessments.insert(new AssessmentRepository.Subject(findingId, identity, finding.vulnerability().id(),
                ids, release), form, determination, assessor, Instant.now(clock));

        List<Long> applied = new ArrayList<>();
        List<Long> reapplied = new ArrayList<>();
        for (FindingQueries.StoredFindingOfRelease f : queries.sameComponentVersion(identity)) {
            Set<String> fIds = new HashSet<>(f.aliases());
            fIds.add(f.vulnerabilityId());
            if (Collections.disjoint(fIds, ids) || release != null && f.releaseId() != release) {
                continue;
            }
            AssessmentRepository.Effective effective = assessments.effective(identity, f.releaseId(), fIds).orElseThrow();
            queries.applyAssessment(f.id(), effective);
            reapplied.add(f.id());
            if (effective.id() == id) {
                applied.add(f.id());
            }
        }
        AssessmentView view = assessments.find(id).orElseThrow();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("assessment", view);
        after.put("appliedToFindings", applied);
        audit.record("assess", "finding", findingId,
                Map.of("state", finding.state(), "assessmentId", finding.assessment() == null ? "none" : finding.assessment().id()),
                after);
        // Cases follow from the risk: an uncontrolled one opens a case, a downgrade closes it.
        events.publishEvent(new FindingRisksChanged(reapplied, view));
        return view;
    }

    /** Every assessment that concerns a finding, newest first. */
    @Transactional(readOnly = true)
    public List<AssessmentView> history(long findingId) {
        FindingView f = queries.find(findingId, null).orElseThrow(() -> new NotFoundException("finding", findingId));
        Set<String> ids = new HashSet<>(f.vulnerability().aliases());
        ids.add(f.vulnerability().id());
        return assessments.concerning(f.component().identity(), f.releaseId(), ids);
    }
}
