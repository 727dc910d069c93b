package org.medvigil.core.risk.cvss;

import java.util.Map;

/**
 * A fully scored CVSS vector of any version: the rich counterpart of {@link CvssScore}.
 * Switch over the three records for version-specific figures (temporal and environmental
 * scores, sub-scores, v4 nomenclature and supplemental metrics).
 */
public sealed interface CvssResult permits CvssV2Result, CvssV3Result, CvssV4Result {

    /** "2.0", "3.0", "3.1" or "4.0". */
    String version();

    /** The normalised vector: specification order, not-defined values dropped. */
    String vector();

    /** The metrics as given, in specification order, with explicit not-defined values kept. */
    Map<String, String> metrics();

    /** v2/v3: the base score; v4: the score of the whole vector. */
    double score();

    /** The rating of {@link #score()}. */
    CvssSeverity severity();

    /** The headline view used by reports. */
    default CvssScore toScore() {
        return new CvssScore(version(), vector(), score(), severity().label());
    }
}
