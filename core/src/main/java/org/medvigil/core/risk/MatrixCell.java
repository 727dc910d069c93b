package org.medvigil.core.risk;

/** One cell of a risk-acceptance matrix: exploitability × harm severity → controlled or uncontrolled. */
public record MatrixCell(ExploitabilityLevel exploitability, HarmSeverity harm, RiskStatus status) {

    /** "high × serious → uncontrolled". */
    public String describe() {
        return exploitability.label() + " × " + harm.label() + " → " + status.label();
    }
}
