package org.medvigil.app.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.medvigil.core.risk.ExploitabilityLevel;
import org.medvigil.core.risk.HarmSeverity;
import org.medvigil.core.risk.RiskAcceptanceMatrix;

/**
 * A risk-acceptance matrix laid out for a page as the FDA figure draws it: exploitability from
 * very high (top) to very low, harm severity from negligible (left) to catastrophic, and
 * optionally the cell a determination used marked.
 */
public record RiskMatrixView(String name, double epssThreshold, List<String> harms, List<Row> rows) {

    public record Row(String exploitability, List<Cell> cells) {
    }

    /** @param marked the cell the determination being shown was decided by */
    public record Cell(String harm, String status, boolean marked) {
    }

    /** The whole matrix; {@code exploitability} and {@code harm} (labels, may be null) mark one cell. */
    public static RiskMatrixView of(RiskAcceptanceMatrix matrix, String exploitability, String harm) {
        List<String> harms = Arrays.stream(HarmSeverity.values()).map(HarmSeverity::label).toList();
        List<Row> rows = new ArrayList<>();
        ExploitabilityLevel[] levels = ExploitabilityLevel.values();
        for (int i = levels.length - 1; i >= 0; i--) {
            ExploitabilityLevel e = levels[i];
            List<Cell> cells = new ArrayList<>();
            for (HarmSeverity h : HarmSeverity.values()) {
                boolean marked = e.label().equals(exploitability) && h.label().equals(harm);
                cells.add(new Cell(h.label(), matrix.status(e, h).label(), marked));
            }
            rows.add(new Row(e.label(), cells));
        }
        return new RiskMatrixView(matrix.name(), matrix.epssThreshold(), harms, rows);
    }
}
