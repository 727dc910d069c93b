package org.medvigil.core.advisory;

import java.util.List;

/**
 * The result of loading advisory files: every advisory read (withdrawn ones included and
 * flagged, the matcher ignores them), one problem per document that could not be read, and how
 * many documents were read.
 *
 * @param filesRead documents in a recognised format that were read: files and zip entries
 */
public record AdvisoryLoad(List<Advisory> advisories, List<LoadProblem> problems, int filesRead) {

    public AdvisoryLoad {
        advisories = List.copyOf(advisories);
        problems = List.copyOf(problems);
    }

    /** The advisories that are not withdrawn. */
    public List<Advisory> active() {
        return advisories.stream().filter(a -> !a.isWithdrawn()).toList();
    }
}
