package org.medvigil.app.portfolio;

import java.util.LinkedHashMap;
import java.util.Map;
import org.medvigil.app.web.BadRequestException;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.risk.HarmSeverity;
import org.medvigil.core.risk.RiskAcceptanceMatrix;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a product form's harm scale and risk-acceptance matrix into their stored forms, checked
 * by core's risk types: every harm level named as core's {@link HarmSeverity}, the matrix read
 * strictly by {@link RiskAcceptanceMatrix#fromJson} and stored in its canonical JSON form.
 */
final class DeviceRiskProfile {
    private DeviceRiskProfile() {
    }

    /** Level label to the product's definition of it, in scale order; missing levels get the guidance's words. */
    static Map<String, String> harmScale(Map<String, String> given) {
        Map<String, String> scale = new LinkedHashMap<>();
        for (HarmSeverity h : HarmSeverity.values()) {
            scale.put(h.label(), h.definition());
        }
        if (given != null) {
            given.forEach((level, definition) -> {
                try {
                    scale.put(HarmSeverity.parse(level).label(), definition.strip());
                } catch (InvalidInputException e) {
                    throw new BadRequestException("harmSeverityScale: " + e.oneLine());
                }
            });
        }
        return scale;
    }

    /** The matrix's canonical JSON; the default matrix when none is given. */
    static String matrixJson(Map<String, Object> given, JsonMapper json) {
        if (given == null) {
            return RiskAcceptanceMatrix.fdaDefault().toJson();
        }
        try {
            return RiskAcceptanceMatrix.fromJson(json.writeValueAsString(given)).toJson();
        } catch (InvalidInputException e) {
            throw new BadRequestException("riskAcceptanceMatrix: " + e.oneLine());
        }
    }
}
