package org.medvigil.app.findings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.advisory.Severity;
import org.medvigil.core.report.CvssRating;
import org.medvigil.core.report.Rating;

/**
 * A finding's severity from every record of its vulnerability: each CVSS vector the sources
 * give, scored; the rating is the highest score's band, else the most severe textual rating.
 */
final class SeverityRating {
    private SeverityRating() {
    }

    /** The rating and the scored vectors; invalid vectors are left out. */
    record Rated(Rating rating, List<CvssRating> cvss) {
    }

    static Rated of(List<Advisory> records) {
        Set<String> vectors = new LinkedHashSet<>();
        Rating textual = Rating.UNKNOWN;
        for (Advisory a : records) {
            for (Severity s : a.severities()) {
                if (s.isCvss()) {
                    vectors.add(s.value().trim());
                } else {
                    Rating r = Rating.parse(s.value());
                    if (r != Rating.UNKNOWN && (textual == Rating.UNKNOWN || r.ordinal() < textual.ordinal())) {
                        textual = r;
                    }
                }
            }
        }
        List<CvssRating> cvss = new ArrayList<>();
        for (String v : vectors) {
            CvssScores.score(v).ifPresent(cvss::add);
        }
        Rating rating = cvss.stream().max((x, y) -> Double.compare(x.score(), y.score()))
                .map(CvssRating::rating).orElse(textual);
        return new Rated(rating, cvss);
    }
}
