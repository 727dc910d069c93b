package org.medvigil.core.risk;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.medvigil.core.InvalidInputException;

/**
 * Severity of patient harm if a vulnerability were exploited: the ISO 14971 qualitative scale
 * as the FDA postmarket guidance gives it (PM-06, [PM16] §VI.B).
 */
public enum HarmSeverity {
    NEGLIGIBLE("inconvenience or temporary discomfort"),
    MINOR("temporary injury or impairment not requiring professional medical intervention"),
    SERIOUS("injury or impairment requiring professional medical intervention"),
    CRITICAL("permanent impairment or life-threatening injury"),
    CATASTROPHIC("patient death");

    private final String definition;

    HarmSeverity(String definition) {
        this.definition = definition;
    }

    /** "serious". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The guidance's definition of this level. */
    public String definition() {
        return definition;
    }

    /** Reads a label (any case). */
    public static HarmSeverity parse(String text) {
        for (HarmSeverity h : values()) {
            if (h.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return h;
            }
        }
        throw new InvalidInputException("harm severity '" + text + "' is not one of "
                + Arrays.stream(values()).map(HarmSeverity::label).collect(Collectors.joining(", ")));
    }
}
