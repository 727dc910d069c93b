package org.medvigil.app.findings;

import java.util.Optional;
import org.medvigil.core.report.CvssRating;

/** Scores one CVSS vector with core's calculator; an invalid vector gives nothing. PENDING core risk merge. */
final class CvssScores {
    private CvssScores() {
    }

    static Optional<CvssRating> score(String vector) {
        return Optional.empty();
    }
}
