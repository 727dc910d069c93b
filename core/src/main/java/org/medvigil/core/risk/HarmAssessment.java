package org.medvigil.core.risk;

import java.util.Objects;

/**
 * The assessor's judgement of what exploitation would do to patients. Loss of confidentiality
 * alone, including PHI, is not patient harm under the FDA postmarket guidance ([PM16] §IV,
 * PM-06), so it has its own case instead of a severity.
 */
public sealed interface HarmAssessment {

    /** One line for reports. */
    String describe();

    String rationale();

    /** Exploitation could physically injure or damage the health of patients, up to death. */
    record PatientHarm(HarmSeverity severity, String rationale) implements HarmAssessment {
        public PatientHarm {
            Objects.requireNonNull(severity, "severity");
            rationale = rationale == null ? "" : rationale.strip();
        }

        @Override
        public String describe() {
            return severity.label() + " (" + severity.definition() + ")";
        }
    }

    /** Only confidentiality can be lost (e.g. PHI disclosure): no patient harm in the FDA sense. */
    record ConfidentialityOnly(String rationale) implements HarmAssessment {
        public ConfidentialityOnly {
            rationale = rationale == null ? "" : rationale.strip();
        }

        @Override
        public String describe() {
            return "loss of confidentiality only: not patient harm (PM-06)";
        }
    }

    static HarmAssessment of(HarmSeverity severity) {
        return new PatientHarm(severity, "");
    }
}
