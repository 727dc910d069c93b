package org.medvigil.core.sbom;

import java.time.LocalDate;

/**
 * A component's level of support and end-of-support date, which FDA premarket guidance asks
 * for each SBOM component (C-06). Any part may be {@code null} when not stated.
 *
 * @param level            e.g. "actively maintained", "no longer maintained", "abandoned", as the document says it
 * @param endOfSupport     the date support ends or ended, when the document states a date
 * @param endOfSupportText the end of support exactly as the document states it: a date, or text such as
 *                         "Until hardware support ends" that is not a date (then {@code endOfSupport} is null)
 */
public record Support(String level, LocalDate endOfSupport, String endOfSupportText) {
    public static final Support UNKNOWN = new Support(null, null, null);

    /** A support statement whose end of support is a date (or absent). */
    public Support(String level, LocalDate endOfSupport) {
        this(level, endOfSupport, endOfSupport == null ? null : endOfSupport.toString());
    }

    /** Whether the document says anything about support. */
    public boolean isStated() {
        return level != null || endOfSupport != null || endOfSupportText != null;
    }
}
