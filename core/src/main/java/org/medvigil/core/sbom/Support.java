package org.medvigil.core.sbom;

import java.time.LocalDate;

/**
 * A component's level of support and end-of-support date, which FDA premarket guidance asks
 * for each SBOM component (C-06). Either part may be {@code null} when not stated.
 *
 * @param level        e.g. "actively maintained", "no longer maintained", "abandoned"
 * @param endOfSupport the date support ends or ended
 */
public record Support(String level, LocalDate endOfSupport) {
    public static final Support UNKNOWN = new Support(null, null);
}
