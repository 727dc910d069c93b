package org.medvigil.app.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.medvigil.app.audit.AuditLog;
import org.medvigil.app.findings.AnalysisState;
import org.medvigil.app.findings.AssessmentView;
import org.medvigil.app.findings.FindingRisksChanged;
import org.medvigil.app.security.CurrentActor;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Opens, closes and reopens cases as risks change, in the transaction that changed them. A case
 * is one product x vulnerability: it opens when a present finding of the product is determined
 * uncontrolled (by an assessment, or inherited by a finding matching creates), closes when an
 * assessment takes the last uncontrolled finding away (re-assessed controlled: "downgraded"; or
 * resolved, not affected, a false positive), and reopens, with its T0 and evidence, when one
 * becomes uncontrolled again.
 */
@Component
class CaseOpening {
    private final CaseRepository cases;
    private final CaseFindings findings;
    private final AuditLog audit;
    private final CurrentActor current;
    private final Clock clock;

    CaseOpening(CaseRepository cases, CaseFindings findings, AuditLog audit, CurrentActor current, Clock clock) {
        this.cases = cases;
        this.findings = findings;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    @EventListener
    void onRiskChanged(FindingRisksChanged event) {
        Map<Long, List<Set<String>>> vulnerabilitiesByProduct = new LinkedHashMap<>();
        for (CaseFinding f : findings.byIds(event.findingIds())) {
            merge(vulnerabilitiesByProduct.computeIfAbsent(f.productId(), p -> new ArrayList<>()), f.ids());
        }
        vulnerabilitiesByProduct.forEach((product, vulnerabilities) -> {
            cases.lockProduct(product);
            List<CaseFinding> all = findings.ofProduct(product);
            List<RegulatoryCase> existing = cases.ofProduct(product);
            for (Set<String> ids : vulnerabilities) {
                follow(product, ids, all, existing, event.assessment());
            }
        });
    }

    private void follow(long product, Set<String> ids, List<CaseFinding> all, List<RegulatoryCase> existing,
                        AssessmentView assessment) {
        RegulatoryCase open = existing.stream().filter(c -> !Collections.disjoint(c.vulnerabilityIds(), ids))
                .findFirst().orElse(null);
        Set<String> scope = new LinkedHashSet<>(ids);
        if (open != null) {
            scope.addAll(open.vulnerabilityIds());
        }
        List<CaseFinding> members = all.stream().filter(f -> !Collections.disjoint(f.ids(), scope)).toList();
        List<CaseFinding> uncontrolled = members.stream().filter(CaseFinding::uncontrolled).toList();
        Instant now = Instant.now(clock);
        if (open == null) {
            if (!uncontrolled.isEmpty()) {
                open(product, members, uncontrolled, assessment, now);
            }
        } else if (open.status() == CaseStatus.OPEN && uncontrolled.isEmpty() && clears(assessment)) {
            String closedAs = CaseFinding.CONTROLLED.equals(assessment.determination()) ? "downgraded" : assessment.state().code();
            cases.close(open.id(), closedAs, assessment.rationale(), now);
            audit.record("close", "regulatory_case", open.id(), open, Map.of("case", cases.find(open.id()).orElseThrow(),
                    "assessmentId", assessment.id()));
        } else if (open.status() == CaseStatus.CLOSED && !uncontrolled.isEmpty()) {
            cases.reopen(open.id(), now);
            audit.record("reopen", "regulatory_case", open.id(), open, Map.of("case", cases.find(open.id()).orElseThrow(),
                    "cause", cause(assessment, uncontrolled)));
        }
    }

    private void open(long product, List<CaseFinding> members, List<CaseFinding> uncontrolled, AssessmentView assessment,
                      Instant now) {
        CaseFinding first = uncontrolled.get(0);
        Set<String> ids = new LinkedHashSet<>();
        ids.add(first.vulnerabilityId());
        members.stream().flatMap(f -> f.ids().stream()).sorted().forEach(ids::add);
        // T0 defaults to when the server first knew (PM-16: learning, not assessment, starts the clocks).
        Instant firstDetected = members.stream().map(CaseFinding::firstDetectedAt).min(Comparator.naturalOrder())
                .orElse(now);
        String summary = members.stream().map(CaseFinding::summary).filter(Objects::nonNull).findFirst().orElse(null);
        long id = cases.insert(new CaseRepository.NewCase(product, first.vulnerabilityId(), List.copyOf(ids), summary,
                now, actor(), LocalDate.ofInstant(firstDetected, ZoneOffset.UTC)));
        audit.record("open", "regulatory_case", id, null, Map.of("case", cases.find(id).orElseThrow(),
                "cause", cause(assessment, uncontrolled)));
    }

    /** The assessment takes the risk away: controlled, or the device is not (or no longer) exposed. */
    private static boolean clears(AssessmentView a) {
        return a != null && (CaseFinding.CONTROLLED.equals(a.determination()) || a.state() == AnalysisState.RESOLVED
                || a.state() == AnalysisState.NOT_AFFECTED || a.state() == AnalysisState.FALSE_POSITIVE);
    }

    private static Map<String, Object> cause(AssessmentView a, List<CaseFinding> uncontrolled) {
        Map<String, Object> cause = new LinkedHashMap<>();
        if (a != null) {
            cause.put("assessmentId", a.id());
        }
        cause.put("uncontrolledFindings", uncontrolled.stream().map(CaseFinding::findingId).toList());
        return cause;
    }

    /** Vulnerabilities whose ids overlap are one. */
    private static void merge(List<Set<String>> vulnerabilities, Set<String> ids) {
        for (Set<String> v : vulnerabilities) {
            if (!Collections.disjoint(v, ids)) {
                v.addAll(ids);
                return;
            }
        }
        vulnerabilities.add(new LinkedHashSet<>(ids));
    }

    private String actor() {
        try {
            return current.get().name();
        } catch (AccessDeniedException e) {
            return AuditLog.SYSTEM;
        }
    }
}
