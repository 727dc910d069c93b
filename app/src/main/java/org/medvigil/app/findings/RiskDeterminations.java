package org.medvigil.app.findings;

import java.util.Optional;
import org.medvigil.app.web.BadRequestException;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.risk.AnalystOverride;
import org.medvigil.core.risk.ExploitabilityAssessment;
import org.medvigil.core.risk.HarmAssessment;
import org.medvigil.core.risk.HarmSeverity;
import org.medvigil.core.risk.RiskAcceptanceMatrix;
import org.medvigil.core.risk.RiskDetermination;
import org.medvigil.core.risk.RiskStatus;
import org.medvigil.core.risk.ThreatSignals;
import org.medvigil.core.risk.cvss.Cvss;
import org.medvigil.core.risk.rubric.MedicalDeviceRubric;
import org.medvigil.core.risk.rubric.RubricAnswers;

/**
 * The FDA determination of an assessment, by core's risk rules: exploitability from the rubric
 * answers, else the first CVSS vector, else the worst case; threat signals; the harm severity;
 * the product's matrix; and the analyst's override when the stated determination differs.
 * Bad input (a malformed vector, an unknown answer code) is a 400 naming the field.
 */
final class RiskDeterminations {
    private RiskDeterminations() {
    }

    static Optional<RiskDetermination> of(AssessmentForm form, RiskAcceptanceMatrix matrix, String assessor) {
        if (form.cvssVectors() != null) {
            for (String v : form.cvssVectors()) {
                field("cvssVectors", () -> Cvss.evaluate(v));
            }
        }
        HarmSeverity harm = form.harmSeverity() == null ? null
                : field("harmSeverity", () -> HarmSeverity.parse(form.harmSeverity()));
        RiskStatus stated = form.determination() == null ? null
                : field("determination", () -> RiskStatus.parse(form.determination()));
        ExploitabilityAssessment exploitability = exploitability(form);
        if (harm == null || exploitability == null) {
            if (stated != null) {
                throw new BadRequestException("determination: needs harmSeverity and one of rubricAnswers, cvssVectors "
                        + "or worstCase, so the matrix's result can be recorded beside the override");
            }
            return Optional.empty();
        }
        RiskDetermination d = RiskDetermination.determine(exploitability,
                ThreatSignals.of(Boolean.TRUE.equals(form.kev()), form.epss()),
                new HarmAssessment.PatientHarm(harm, form.rationale()), matrix);
        if (stated != null && stated != d.status()) {
            d = d.overriddenBy(new AnalystOverride(stated, form.rationale(), assessor));
        }
        return Optional.of(d);
    }

    private static ExploitabilityAssessment exploitability(AssessmentForm form) {
        if (form.rubricAnswers() != null && !form.rubricAnswers().isBlank()) {
            return field("rubricAnswers", () -> ExploitabilityAssessment.ofRubric(
                    MedicalDeviceRubric.score(RubricAnswers.parse(form.rubricAnswers()))));
        }
        if (form.cvssVectors() != null && !form.cvssVectors().isEmpty()) {
            return field("cvssVectors", () -> ExploitabilityAssessment.ofVector(form.cvssVectors().get(0)));
        }
        if (Boolean.TRUE.equals(form.worstCase())) {
            return ExploitabilityAssessment.worstCase(form.rationale());
        }
        return null;
    }

    private interface Step<T> {
        T get();
    }

    private static <T> T field(String name, Step<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            throw new BadRequestException(name + ": " + e.oneLine());
        }
    }
}
