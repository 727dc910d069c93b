package org.medvigil.app.findings;

import java.util.Map;

/**
 * Counts for a dashboard, over findings that still match.
 *
 * @param openBySeverity findings in triage or exploitable, per rating, most severe first (every rating present, 0 when none)
 * @param open           their total
 * @param kevListed      findings listed in CISA's Known Exploited Vulnerabilities catalogue
 * @param toReview       findings in triage whose match is uncertain: a person must check it
 */
public record FindingSummary(Map<String, Long> openBySeverity, long open, long kevListed, long toReview) {
    public FindingSummary {
        openBySeverity = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(openBySeverity));
    }
}
