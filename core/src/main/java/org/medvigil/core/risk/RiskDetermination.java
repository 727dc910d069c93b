package org.medvigil.core.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.medvigil.core.risk.HarmAssessment.ConfidentialityOnly;
import org.medvigil.core.risk.HarmAssessment.PatientHarm;

/**
 * The FDA controlled / uncontrolled determination for one vulnerability in one device (PM-04,
 * PM-07), explaining itself: which inputs, how exploitability was reached and changed by threat
 * signals, which matrix cell decided, and any analyst override with its rationale and author.
 *
 * @param status          the determination in force (the override's, if any)
 * @param matrixStatus    what the matrix (or the confidentiality rule) gave, before any override
 * @param exploitability  the exploitability level after threat signals
 * @param assessment      the exploitability assessment it started from
 * @param signals         KEV listing and EPSS, as given
 * @param harm            the harm assessment
 * @param cell            the matrix cell consulted; empty when loss of confidentiality alone made the matrix irrelevant
 * @param matrixName      the matrix used
 * @param reason          one line: why this status
 * @param explanation     every step, in order
 * @param override        the analyst override, if any
 */
public record RiskDetermination(RiskStatus status, RiskStatus matrixStatus, ExploitabilityLevel exploitability,
                                ExploitabilityAssessment assessment, ThreatSignals signals, HarmAssessment harm,
                                Optional<MatrixCell> cell, String matrixName, String reason, List<String> explanation,
                                Optional<AnalystOverride> override) {

    public RiskDetermination {
        Objects.requireNonNull(status, "status");
        explanation = List.copyOf(explanation);
    }

    /**
     * Determines the status from exploitability, threat signals and harm through the product's
     * matrix. A CISA KEV listing, or an EPSS probability at or above the matrix's threshold,
     * raises exploitability one level and overrules an "unproven exploit" in the vector; EPSS
     * below the threshold changes nothing. Loss of confidentiality alone is controlled: it is not
     * patient harm, so the matrix is not consulted.
     */
    public static RiskDetermination determine(ExploitabilityAssessment assessment, ThreatSignals signals,
                                              HarmAssessment harm, RiskAcceptanceMatrix matrix) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(harm, "harm");
        Objects.requireNonNull(matrix, "matrix");
        signals = signals == null ? ThreatSignals.none() : signals;
        List<String> steps = new ArrayList<>(assessment.steps());
        ExploitabilityLevel level = withSignals(assessment, signals, matrix.epssThreshold(), steps);

        if (harm instanceof ConfidentialityOnly c) {
            steps.add("harm: " + c.describe() + rationale(c.rationale()));
            String reason = "controlled: loss of confidentiality alone is not patient harm (PM-06), so the matrix is not consulted";
            steps.add(reason);
            return new RiskDetermination(RiskStatus.CONTROLLED, RiskStatus.CONTROLLED, level, assessment, signals, harm,
                    Optional.empty(), matrix.name(), reason, steps, Optional.empty());
        }
        PatientHarm patientHarm = (PatientHarm) harm;
        steps.add("harm: " + patientHarm.describe() + rationale(patientHarm.rationale()));
        if (assessment.vectorShowsConfidentialityOnly()) {
            steps.add("note: the vector shows a confidentiality impact only; if exploitation can only disclose data,"
                    + " assess harm as confidentiality only (PM-06)");
        }
        MatrixCell cell = matrix.cell(level, patientHarm.severity());
        String reason = cell.status().label() + ": exploitability " + level.label() + " × harm "
                + patientHarm.severity().label() + " is " + cell.status().label() + " in matrix '" + matrix.name() + "'";
        steps.add("matrix '" + matrix.name() + "': " + cell.describe());
        return new RiskDetermination(cell.status(), cell.status(), level, assessment, signals, harm, Optional.of(cell),
                matrix.name(), reason, steps, Optional.empty());
    }

    private static ExploitabilityLevel withSignals(ExploitabilityAssessment assessment, ThreatSignals signals,
                                                   double threshold, List<String> steps) {
        ExploitabilityLevel level = assessment.level();
        boolean epssHigh = signals.epss().isPresent() && signals.epss().getAsDouble() >= threshold;
        String epss = signals.epss().isPresent() ? String.format(Locale.ROOT, "%.4f", signals.epss().getAsDouble()) : "";
        if (signals.epss().isPresent() && !epssHigh) {
            steps.add("EPSS " + epss + " below threshold " + threshold + ": no change (EPSS never lowers exploitability)");
        }
        if (signals.kevListed() || epssHigh) {
            ExploitabilityLevel raised = level.raised();
            String why = signals.kevListed()
                    ? "listed in CISA KEV (exploited in the wild)" + (epssHigh ? ", EPSS " + epss + " ≥ " + threshold : "")
                    : "EPSS " + epss + " ≥ threshold " + threshold;
            steps.add(why + ": raised " + level.label() + " → " + raised.label()
                    + (assessment.unproven() ? " (the vector's 'unproven exploit' does not apply)" : ""));
            return raised;
        }
        if (assessment.unproven()) {
            ExploitabilityLevel lowered = level.lowered();
            steps.add("exploit maturity unproven (E:U), no KEV listing or high EPSS: lowered " + level.label()
                    + " → " + lowered.label());
            return lowered;
        }
        return level;
    }

    private static String rationale(String text) {
        return text.isEmpty() ? "" : " — " + text;
    }

    /** The same determination with an analyst's override in force; the matrix result stays on record. */
    public RiskDetermination overriddenBy(AnalystOverride by) {
        Objects.requireNonNull(by, "override");
        List<String> steps = new ArrayList<>(explanation);
        String newReason = by.status().label() + ": set by " + by.analyst() + " overriding the matrix result "
                + matrixStatus.label() + " — " + by.rationale();
        steps.add("override: " + newReason);
        return new RiskDetermination(by.status(), matrixStatus, exploitability, assessment, signals, harm, cell,
                matrixName, newReason, steps, Optional.of(by));
    }
}
