package org.medvigil.app.findings;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * An assessment of a finding (PM-04, PM-07): the triage state with its VEX justification and
 * responses, the rubric answers and CVSS vectors it rests on, exploitability, harm severity,
 * the controlled/uncontrolled determination, and the rationale (always required).
 *
 * @param rubricAnswers  answers to the MITRE medical-device rubric by question id (free until the risk package types them)
 * @param exploitability the exploitability level the assessor arrived at
 * @param scope          all releases carrying the component version (default), or this release only
 */
public record AssessmentForm(
        @NotNull AnalysisState state,
        Justification justification,
        List<@NotNull VexResponse> responses,
        @Size(max = 10000) String detail,
        Map<@NotBlank String, @Size(max = 1000) String> rubricAnswers,
        @Size(max = 10) List<@NotBlank @Size(max = 512) String> cvssVectors,
        @Size(max = 50) String exploitability,
        HarmSeverity harmSeverity,
        Determination determination,
        @NotBlank @Size(max = 20000) String rationale,
        AssessmentScope scope) {

    @AssertTrue(message = "is required when state is not_affected, and only then")
    boolean isJustification() {
        return (state == AnalysisState.NOT_AFFECTED) == (justification != null);
    }

    @AssertTrue(message = "harmSeverity and determination are required when state is exploitable (PM-04)")
    boolean isExploitableAssessed() {
        return state != AnalysisState.EXPLOITABLE || harmSeverity != null && determination != null;
    }

    AssessmentScope scopeOrDefault() {
        return scope == null ? AssessmentScope.ALL_RELEASES : scope;
    }
}
