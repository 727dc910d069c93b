package org.medvigil.core.risk.rubric;

import java.util.Locale;

/** An answer to a rubric question. Unknown is always allowed and resolves to the worst case. */
public enum Answer {
    YES, NO, UNKNOWN;

    /** Lower-case name as stored ("unknown"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads y, yes, n, no, u, unknown in any case; null when the text is none of them. */
    static Answer read(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "y", "yes" -> YES;
            case "n", "no" -> NO;
            case "u", "unknown" -> UNKNOWN;
            default -> null;
        };
    }
}
