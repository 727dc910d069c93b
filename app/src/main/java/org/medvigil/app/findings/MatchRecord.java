package org.medvigil.app.findings;

import java.util.List;
import org.medvigil.core.report.CvssRating;
import org.medvigil.core.report.Rating;

/** What a match says about a finding, as stored with it. */
record MatchRecord(String vulnerabilityId, List<String> aliases, String summary, String source, String rule,
                   String reason, boolean certain, List<String> fixedVersions, Rating rating, List<CvssRating> cvss) {
}
