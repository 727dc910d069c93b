package org.medvigil.app.findings;

import java.util.Map;
import org.medvigil.core.risk.RiskAcceptanceMatrix;

/**
 * The product's criteria an assessment of one of its findings is judged by.
 *
 * @param harmScale what each harm level means for this device, in scale order
 */
public record RiskContext(RiskAcceptanceMatrix matrix, Map<String, String> harmScale) {
}
