package org.medvigil.core.risk;

import java.util.OptionalDouble;
import org.medvigil.core.InvalidInputException;

/**
 * Evidence about exploitation in the wild that informs the exploitability level: a CISA Known
 * Exploited Vulnerabilities listing and the FIRST EPSS probability of exploitation within 30 days.
 *
 * @param kevListed the vulnerability is in the CISA KEV catalog
 * @param epss      EPSS probability between 0 and 1, when known
 */
public record ThreatSignals(boolean kevListed, OptionalDouble epss) {
    public ThreatSignals {
        if (epss == null) {
            epss = OptionalDouble.empty();
        }
        if (epss.isPresent() && !(epss.getAsDouble() >= 0.0 && epss.getAsDouble() <= 1.0)) {
            throw new InvalidInputException("EPSS probability " + epss.getAsDouble() + " is not between 0 and 1");
        }
    }

    /** No KEV listing, no EPSS figure. */
    public static ThreatSignals none() {
        return new ThreatSignals(false, OptionalDouble.empty());
    }

    public static ThreatSignals of(boolean kevListed, Double epss) {
        return new ThreatSignals(kevListed, epss == null ? OptionalDouble.empty() : OptionalDouble.of(epss));
    }
}
