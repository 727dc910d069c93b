package org.medvigil.core.risk;

import java.util.Objects;
import org.medvigil.core.InvalidInputException;

/**
 * An analyst's decision to set the determination against the matrix (PM-07: overrides need a
 * written rationale). The time of the decision is recorded by the audit log that stores it.
 *
 * @param status    the determination the analyst sets
 * @param rationale why, in words; required
 * @param analyst   who decided; required
 */
public record AnalystOverride(RiskStatus status, String rationale, String analyst) {
    public AnalystOverride {
        Objects.requireNonNull(status, "status");
        if (rationale == null || rationale.isBlank()) {
            throw new InvalidInputException("an override of the risk determination needs a written rationale");
        }
        if (analyst == null || analyst.isBlank()) {
            throw new InvalidInputException("an override of the risk determination needs the analyst's name");
        }
        rationale = rationale.strip();
        analyst = analyst.strip();
    }
}
