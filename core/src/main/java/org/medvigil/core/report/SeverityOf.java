package org.medvigil.core.report;

import java.util.ArrayList;
import java.util.List;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.advisory.Severity;

/**
 * Rates an advisory. PLACEHOLDER until the CVSS calculators land: textual ratings only.
 */
final class SeverityOf {
    private SeverityOf() {
    }

    static FindingSeverity of(Advisory advisory) {
        List<CvssRating> cvss = new ArrayList<>();
        Rating textual = Rating.UNKNOWN;
        for (Severity s : advisory.severities()) {
            if (!s.isCvss()) {
                Rating r = Rating.parse(s.value());
                if (r.ordinal() < textual.ordinal()) {
                    textual = r;
                }
            }
        }
        return new FindingSeverity(textual, cvss);
    }
}
