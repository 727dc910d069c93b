package org.medvigil.app.findings;

import java.util.List;

/**
 * Published inside the transaction that changed which assessment applies to findings, so that
 * whatever follows from a finding's risk (a regulatory case for an uncontrolled one) commits
 * with it or not at all.
 *
 * @param findingIds the findings whose applied assessment may have changed
 * @param assessment the assessment just recorded; {@code null} when matching created or reopened
 *                   findings, which then carry the assessment they inherited
 */
public record FindingRisksChanged(List<Long> findingIds, AssessmentView assessment) {
    public FindingRisksChanged {
        findingIds = List.copyOf(findingIds);
    }
}
