package org.medvigil.core.report;

import java.util.Locale;

/**
 * A finding's qualitative severity, most severe first. UNKNOWN (no score, no rating in any
 * source) sorts after LOW, and counts as reaching the {@code low} threshold of
 * {@code --fail-on}: a vulnerability nobody has rated may be anything.
 */
public enum Rating {
    CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN, NONE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the rating words sources use: CVSS bands, GHSA's "moderate", Debian's
     * "unimportant", NVD's upper case. Anything else is UNKNOWN.
     */
    public static Rating parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "critical" -> CRITICAL;
            case "high", "important" -> HIGH;
            case "medium", "moderate" -> MEDIUM;
            case "low", "unimportant", "negligible" -> LOW;
            case "none" -> NONE;
            default -> UNKNOWN;
        };
    }

    /** Whether a finding of this rating fails a {@code --fail-on threshold} run. */
    public boolean reaches(Rating threshold) {
        if (threshold == NONE) {
            return false;
        }
        if (this == UNKNOWN) {
            return threshold == LOW;
        }
        if (this == NONE) {
            return false;
        }
        return ordinal() <= threshold.ordinal();
    }
}
