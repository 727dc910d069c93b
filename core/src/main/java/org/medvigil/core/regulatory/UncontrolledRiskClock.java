package org.medvigil.core.regulatory;

import java.time.LocalDate;

/**
 * The two postmarket deadlines of an uncontrolled risk (FDA postmarket guidance §VII.B,
 * PM-15/PM-16): counted in calendar days from T0, the day the manufacturer learned of the
 * vulnerability — not the day it was assessed.
 *
 * @param learnedOn T0
 */
public record UncontrolledRiskClock(LocalDate learnedOn) {
    /** Communicate with customers, identify compensating controls and plan remediation within this many days. */
    public static final int COMMUNICATE_DAYS = 30;
    /** Fix, validate and distribute within this many days. */
    public static final int REMEDIATE_DAYS = 60;

    public UncontrolledRiskClock {
        if (learnedOn == null) {
            throw new IllegalArgumentException("T0 (learned-on date) is required");
        }
    }

    /** T0 + 30 calendar days. */
    public LocalDate communicateBy() {
        return learnedOn.plusDays(COMMUNICATE_DAYS);
    }

    /** T0 + 60 calendar days. */
    public LocalDate remediateBy() {
        return learnedOn.plusDays(REMEDIATE_DAYS);
    }
}
