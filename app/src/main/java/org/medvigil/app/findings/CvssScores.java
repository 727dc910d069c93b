package org.medvigil.app.findings;

import java.util.Optional;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.report.CvssRating;
import org.medvigil.core.report.Rating;
import org.medvigil.core.risk.cvss.Cvss;
import org.medvigil.core.risk.cvss.CvssScore;

/** Scores one CVSS vector with core's calculators; a malformed vector in a source rates nothing. */
final class CvssScores {
    private CvssScores() {
    }

    static Optional<CvssRating> score(String vector) {
        try {
            CvssScore s = Cvss.score(vector);
            return Optional.of(new CvssRating(s.version(), s.vector(), s.score(), Rating.parse(s.severity())));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }
}
