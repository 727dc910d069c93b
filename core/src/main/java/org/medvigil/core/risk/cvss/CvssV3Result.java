package org.medvigil.core.risk.cvss;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * A scored CVSS v3.0 or v3.1 vector. Temporal and environmental scores are always defined: the
 * specification gives omitted metrics the value Not Defined (X), which scores like the base.
 *
 * @param version                "3.0" or "3.1"
 * @param vector                 normalised vector with its {@code CVSS:3.x/} prefix
 * @param metrics                the metrics as given, in specification order (explicit X kept)
 * @param baseScore              base score
 * @param temporalScore          temporal score
 * @param environmentalScore     environmental score
 * @param impactSubscore         base impact sub-score (unrounded; may be negative under changed scope)
 * @param exploitabilitySubscore base exploitability sub-score, 8.22 × AV × AC × PR × UI (unrounded)
 * @param modifiedExploitabilitySubscore the same from the modified (environmental) metrics, which
 *                               equal the base ones when not given
 */
public record CvssV3Result(String version, String vector, Map<String, String> metrics, double baseScore,
                           double temporalScore, double environmentalScore, double impactSubscore,
                           double exploitabilitySubscore, double modifiedExploitabilitySubscore)
        implements CvssResult {

    public CvssV3Result {
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }

    @Override
    public double score() {
        return baseScore;
    }

    @Override
    public CvssSeverity severity() {
        return CvssSeverity.ofScore(baseScore);
    }

    public CvssSeverity temporalSeverity() {
        return CvssSeverity.ofScore(temporalScore);
    }

    public CvssSeverity environmentalSeverity() {
        return CvssSeverity.ofScore(environmentalScore);
    }

    /** The exploitability sub-score as NVD shows it: rounded half-up to one decimal. */
    public double exploitabilitySubscoreRounded() {
        return BigDecimal.valueOf(exploitabilitySubscore).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
