package org.medvigil.core.risk.cvss;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * A scored CVSS v2 vector.
 *
 * @param vector                 normalised vector (specification order, ND dropped, no prefix)
 * @param metrics                the metrics as given, in specification order (explicit ND kept)
 * @param baseScore              base score
 * @param temporalScore          temporal score; empty when the vector defines no temporal metric
 * @param environmentalScore     environmental score; empty when it defines no environmental metric
 * @param impactSubscore         base impact sub-score (unrounded)
 * @param exploitabilitySubscore base exploitability sub-score, 20 × AV × AC × Au (unrounded)
 */
public record CvssV2Result(String vector, Map<String, String> metrics, double baseScore,
                           OptionalDouble temporalScore, OptionalDouble environmentalScore,
                           double impactSubscore, double exploitabilitySubscore) implements CvssResult {

    public CvssV2Result {
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }

    @Override
    public String version() {
        return "2.0";
    }

    @Override
    public double score() {
        return baseScore;
    }

    /** NVD band of the base score (v2 has no official rating scale). */
    @Override
    public CvssSeverity severity() {
        return CvssSeverity.ofV2Score(baseScore);
    }
}
