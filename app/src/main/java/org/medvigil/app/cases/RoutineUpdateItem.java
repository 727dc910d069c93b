package org.medvigil.app.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A controlled risk: a cybersecurity routine update or patch, not reported under 21 CFR 806 (FDA
 * postmarket guidance §VII.A, PM-11), with the controlled-risk rationale the assessor recorded.
 * One item per vulnerability, component version and applied assessment, across the product's releases.
 *
 * @param releases the releases that carry it, each with its finding
 * @param fixedIn  later releases of the product whose SBOM no longer carries it: the routine update
 */
public record RoutineUpdateItem(String vulnerabilityId, List<String> aliases, String summary, String severity,
                                Component component, List<ReleaseFinding> releases, Assessment assessment,
                                List<String> fixedIn, LocalDate firstDetectedOn) {

    public record Component(String name, String version, String identity) {
    }

    public record ReleaseFinding(long releaseId, String version, long findingId, String state) {
    }

    /** The assessment that determined the risk controlled: its exploitability, harm and rationale (PM-04, PM-11). */
    public record Assessment(long id, String determination, String exploitability, String harmSeverity,
                             String rationale, String assessor, Instant assessedAt) {
    }
}
