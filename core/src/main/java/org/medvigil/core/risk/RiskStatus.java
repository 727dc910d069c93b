package org.medvigil.core.risk;

import java.util.Locale;
import org.medvigil.core.InvalidInputException;

/**
 * The binary FDA determination (PM-07): whether the residual risk of patient harm from a
 * vulnerability is acceptable (controlled) or not (uncontrolled), per [PM16] §IV.
 */
public enum RiskStatus {
    CONTROLLED, UNCONTROLLED;

    /** "controlled". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RiskStatus parse(String text) {
        for (RiskStatus s : values()) {
            if (text != null && s.label().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        throw new InvalidInputException("'" + text + "' is neither controlled nor uncontrolled");
    }
}
