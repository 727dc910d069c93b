package org.medvigil.app.findings;

import java.time.Instant;
import java.util.List;

/**
 * A recorded assessment.
 *
 * @param findingId           the finding it was made on
 * @param vulnerabilityIds    the vulnerability's primary id and aliases when assessed: it applies wherever one of them is found
 * @param releaseId           null when it applies to every release carrying the component version
 * @param exploitability      the level after threat signals (very-low .. very-high), when assessed
 * @param determination       controlled or uncontrolled: the matrix's, or the analyst's override
 * @param matrixDetermination what the product's matrix gave
 * @param overridden          the analyst overrode the matrix (PM-07: the rationale says why)
 * @param explanation         how the determination was reached, step by step
 */
public record AssessmentView(long id, long findingId, String componentIdentity, String vulnerabilityId,
                             List<String> vulnerabilityIds, Long releaseId, AnalysisState state,
                             Justification justification, List<VexResponse> responses, String detail,
                             String rubricAnswers, List<String> cvssVectors, boolean worstCase, boolean kev, Double epss,
                             String exploitability, String harmSeverity, String determination,
                             String matrixDetermination, boolean overridden, String determinationReason,
                             List<String> explanation, String rationale, String assessor, Instant assessedAt) {
}
