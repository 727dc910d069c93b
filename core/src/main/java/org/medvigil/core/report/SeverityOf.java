package org.medvigil.core.report;

import java.util.ArrayList;
import java.util.List;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.advisory.Severity;
import org.medvigil.core.risk.cvss.Cvss;
import org.medvigil.core.risk.cvss.CvssScore;

/**
 * Rates an advisory from what its source says: every CVSS vector is scored by MedVigil's own
 * calculators (a source's stated score is never trusted over its vector), and the rating
 * comes from CVSS v3.x when present (what NVD and most advisories rate by), else v4.0, else
 * v2, else the source's textual rating. Invalid vectors are left out.
 */
final class SeverityOf {
    private SeverityOf() {
    }

    static FindingSeverity of(Advisory advisory) {
        List<CvssRating> cvss = new ArrayList<>();
        Rating textual = Rating.UNKNOWN;
        for (Severity s : advisory.severities()) {
            if (s.isCvss()) {
                try {
                    CvssScore score = Cvss.score(s.value());
                    cvss.add(new CvssRating(score.version(), score.vector(), score.score(), Rating.parse(score.severity())));
                } catch (InvalidInputException e) {
                    // A malformed vector in a source rates nothing; the other statements still count.
                }
            } else {
                Rating r = Rating.parse(s.value());
                if (r.ordinal() < textual.ordinal()) {
                    textual = r;
                }
            }
        }
        Rating rating = mostSevere(cvss, "3.");
        if (rating == null) {
            rating = mostSevere(cvss, "4.");
        }
        if (rating == null) {
            rating = mostSevere(cvss, "2.");
        }
        return new FindingSeverity(rating == null ? textual : rating, cvss);
    }

    private static Rating mostSevere(List<CvssRating> cvss, String versionPrefix) {
        Rating best = null;
        for (CvssRating c : cvss) {
            if (c.version().startsWith(versionPrefix) && (best == null || c.rating().ordinal() < best.ordinal())) {
                best = c.rating();
            }
        }
        return best;
    }
}
