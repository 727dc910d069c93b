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
 * A finding's severity from every record of its vulnerability (the primary and its aliases),
 * by the rule the CLI's reports use: each CVSS vector scored by MedVigil's calculators, the
 * rating from CVSS v3.x when present, else v4.0, else v2, else the sources' textual rating.
 */
final class SeverityRating {
    private SeverityRating() {
    }

    /** The rating and the scored vectors; malformed vectors are left out. */
    record Rated(Rating rating, List<CvssRating> cvss) {
    }

    static Rated of(List<Advisory> records) {
        Set<String> vectors = new LinkedHashSet<>();
        Rating textual = Rating.UNKNOWN;
        for (Advisory a : records) {
            for (Severity s : a.severities()) {
                if (s.isCvss()) {
                    vectors.add(s.value().strip());
                } else {
                    Rating r = Rating.parse(s.value());
                    if (r.ordinal() < textual.ordinal()) {
                        textual = r;
                    }
                }
            }
        }
        List<CvssRating> cvss = new ArrayList<>();
        for (String v : vectors) {
            CvssScores.score(v).ifPresent(r -> {
                if (cvss.stream().noneMatch(c -> c.vector().equals(r.vector()))) {
                    cvss.add(r);
                }
            });
        }
        for (String prefix : List.of("3.", "4.", "2.")) {
            Rating best = null;
            for (CvssRating c : cvss) {
                if (c.version().startsWith(prefix) && (best == null || c.rating().ordinal() < best.ordinal())) {
                    best = c.rating();
                }
            }
            if (best != null) {
                return new Rated(best, cvss);
            }
        }
        return new Rated(textual, cvss);
    }
}
