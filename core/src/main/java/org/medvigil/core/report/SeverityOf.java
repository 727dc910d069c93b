package org.medvigil.core.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.advisory.Severity;
import org.medvigil.core.risk.cvss.Cvss;
import org.medvigil.core.risk.cvss.CvssScore;

/**
 * Rates a vulnerability from what its records say (the primary record and those of its
 * aliases): every CVSS vector is scored by MedVigil's own calculators (a source's stated score
 * is never trusted over its vector), and the rating comes from CVSS v3.x when present (what
 * NVD and most advisories rate by), else v4.0, else v2, else the sources' textual rating.
 * Invalid vectors are left out; a vector given by several records counts once.
 */
public final class SeverityOf {
    private SeverityOf() {
    }

    public static FindingSeverity records(List<Advisory> records) {
        Set<String> vectors = new LinkedHashSet<>();
        Rating textual = Rating.UNKNOWN;
        for (Advisory advisory : records) {
            for (Severity s : advisory.severities()) {
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
        Set<String> normalised = new LinkedHashSet<>();
        for (String vector : vectors) {
            try {
                CvssScore score = Cvss.score(vector);
                if (normalised.add(score.vector())) {
                    cvss.add(new CvssRating(score.version(), score.vector(), score.score(), Rating.parse(score.severity())));
                }
            } catch (InvalidInputException e) {
                // A malformed vector in a source rates nothing; the other statements still count.
            }
        }
        for (String versionPrefix : List.of("3.", "4.", "2.")) {
            Rating best = mostSevere(cvss, versionPrefix);
            if (best != null) {
                return new FindingSeverity(best, cvss);
            }
        }
        return new FindingSeverity(textual, cvss);
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
