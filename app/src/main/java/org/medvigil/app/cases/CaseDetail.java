package org.medvigil.app.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.medvigil.app.findings.AffectedView;

/**
 * Everything about one case: the risk, T0 and the clocks, the 806 verdict with each condition's
 * state and evidence, the PM-19 escalation, the evidence records, the releases it covers with
 * their findings, and the customers and units affected.
 *
 * @param learnedOn   T0 and where it comes from
 * @param evaluatedOn the day the clocks and verdict were evaluated (today, or the closing day)
 * @param releases    every affected release of the product (a present, exposed finding not determined controlled)
 */
public record CaseDetail(long id, ProductRef product, VulnerabilityRef vulnerability, CaseStatus status,
                         Instant openedAt, String openedBy, Instant closedAt, String closedAs, String closeReason,
                         LearnedOn learnedOn, LocalDate evaluatedOn, CaseEvaluation.Clocks clocks,
                         CaseEvaluation.Verdict verdict, CaseEvaluation.Escalation escalation,
                         List<EvidenceRecord> evidence, List<AffectedRelease> releases, Affected affected,
                         RegulatoryCase.CaseRecord record) {

    public record ProductRef(long id, String name, String pathway, String submissionNumber) {
    }

    public record VulnerabilityRef(String id, List<String> ids, String summary) {
    }

    /**
     * @param date            T0
     * @param source          first_detected (the default) or edited
     * @param reason          why it was edited
     * @param firstDetectedOn when the server first matched any finding of the case (the default T0)
     */
    public record LearnedOn(LocalDate date, String source, String reason, LocalDate firstDetectedOn) {
    }

    public record AffectedRelease(long releaseId, String version, List<CaseFindingRef> findings) {
    }

    /** @param determination controlled, uncontrolled, or null when the applied assessment made none */
    public record CaseFindingRef(long findingId, String component, String componentVersion, String vulnerabilityId,
                                 String state, String determination, Long assessmentId) {
    }

    /** Which customers and units run an affected release: one query over the case's releases. */
    public record Affected(long customers, int units, List<AffectedView.Unit> deployments) {
    }
}
