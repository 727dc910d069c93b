package org.medvigil.app.findings;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A recorded assessment.
 *
 * @param releaseId null when it applies to every release carrying the component version
 * @param findingId the finding it was made on
 * @param vulnerabilityIds the vulnerability's primary id and aliases when assessed: it applies wherever one of them is found
 */
public record AssessmentView(long id, long findingId, String componentIdentity, String vulnerabilityId,
                             List<String> vulnerabilityIds,
                             Long releaseId, AnalysisState state, Justification justification,
                             List<VexResponse> responses, String detail, Map<String, String> rubricAnswers,
                             List<String> cvssVectors, String exploitability, HarmSeverity harmSeverity,
                             Determination determination, String rationale, String assessor, Instant assessedAt) {
}
