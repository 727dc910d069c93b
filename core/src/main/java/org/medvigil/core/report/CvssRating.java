package org.medvigil.core.report;

/** One CVSS statement of a finding: version, vector and its computed score. */
public record CvssRating(String version, String vector, double score, Rating rating) {
}
