package org.medvigil.app.findings;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An assessment of a finding (PM-04, PM-05, PM-07): the triage state with its VEX justification
 * and responses, and the risk work: exploitability from the MITRE rubric answers, a CVSS vector
 * (environmental metrics carry the compensating controls) or the reasonable worst case; the
 * severity of patient harm; threat signals; and the rationale, always required. The
 * controlled/uncontrolled determination comes from the product's risk-acceptance matrix;
 * {@code determination} given and different from the matrix's is an analyst override.
 *
 * @param rubricAnswers answers to the medical-device rubric, one {@code CODE=ANSWER} per line (core's RubricAnswers text form)
 * @param cvssVectors   the vectors the assessor rests on; the first gives exploitability when there are no rubric answers
 * @param worstCase     exploitability is assumed very high (no vector or rubric)
 * @param harmSeverity  negligible, minor, serious, critical or catastrophic
 * @param kev           listed in CISA's Known Exploited Vulnerabilities catalogue (default: the finding's listing)
 * @param epss          EPSS probability, 0 to 1 (default: the finding's stored score)
 * @param determination controlled or uncontrolled, to override the matrix (with the rationale)
 * @param scope         all releases carrying the component version (default), or this release only
 */
public record AssessmentForm(
        @NotNull AnalysisState state,
        Justification justification,
        List<@NotNull VexResponse> responses,
        @Size(max = 10000) String detail,
        @Size(max = 65536) String rubricAnswers,
        @Size(max = 10) List<@NotBlank @Size(max = 512) String> cvssVectors,
        Boolean worstCase,
        @Size(max = 20) String harmSeverity,
        Boolean kev,
        @DecimalMin("0.0") @DecimalMax("1.0") Double epss,
        @Size(max = 20) String determination,
        @NotBlank @Size(max = 20000) String rationale,
        AssessmentScope scope) {

    @AssertTrue(message = "is required when state is not_affected, and only then")
    boolean isJustification() {
        return (state == AnalysisState.NOT_AFFECTED) == (justification != null);
    }

    @AssertTrue(message = "an exploitable finding needs harmSeverity and one of rubricAnswers, cvssVectors or worstCase (PM-04)")
    boolean isRiskAssessed() {
        return state != AnalysisState.EXPLOITABLE || harmSeverity != null && hasExploitability();
    }

    boolean hasExploitability() {
        return rubricAnswers != null && !rubricAnswers.isBlank() || cvssVectors != null && !cvssVectors.isEmpty()
                || Boolean.TRUE.equals(worstCase);
    }

    /**
     * This form with the threat signals the assessor left out taken from the stored catalogues
     * (the finding's CISA KEV listing and EPSS score), so the FDA determination always weighs them.
     */
    AssessmentForm withThreatSignals(boolean kevListed, Double epssScore) {
        return new AssessmentForm(state, justification, responses, detail, rubricAnswers, cvssVectors, worstCase,
                harmSeverity, kev != null ? kev : kevListed, epss != null ? epss : epssScore, determination, rationale, scope);
    }

    AssessmentScope scopeOrDefault() {
        return scope == null ? AssessmentScope.ALL_RELEASES : scope;
    }
}
