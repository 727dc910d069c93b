package org.medvigil.core.risk.cvss;

/**
 * The headline of a scored CVSS vector, as reports and the server show it.
 *
 * @param version  "2.0", "3.0", "3.1" or "4.0"
 * @param vector   the vector normalised: metrics in the specification's order, not-defined
 *                 values (X, ND) dropped
 * @param score    v2/v3: the base score; v4: the score of the whole vector (CVSS-B/BT/BE/BTE)
 * @param severity "none", "low", "medium", "high" or "critical" (v2: NVD bands low/medium/high)
 */
public record CvssScore(String version, String vector, double score, String severity) {
}
