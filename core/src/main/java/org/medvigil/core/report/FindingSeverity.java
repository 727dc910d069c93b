package org.medvigil.core.report;

import java.util.List;

/**
 * How severe a finding is: its rating and the CVSS statements it rests on.
 *
 * @param rating the qualitative rating used for sorting and {@code --fail-on}
 * @param cvss   every CVSS vector the sources give, scored by MedVigil (invalid vectors left out)
 */
public record FindingSeverity(Rating rating, List<CvssRating> cvss) {
    public FindingSeverity {
        cvss = List.copyOf(cvss);
    }

    /** The highest CVSS score, or -1 when there is none. */
    public double topScore() {
        return cvss.stream().mapToDouble(CvssRating::score).max().orElse(-1);
    }
}
