package org.medvigil.app.findings;

import java.util.ArrayList;
import java.util.List;

/**
 * What one matching step changed.
 *
 * @param created  findings seen for the first time (their first-detected time is now)
 * @param reopened findings that had gone (component or advisory changed) and match again
 * @param gone     findings that no longer match (kept, with their history, as not present)
 * @param matched  findings that matched before and still do
 */
public record FindingChanges(List<Long> created, List<Long> reopened, List<Long> gone, int matched) {
    public FindingChanges {
        created = List.copyOf(created);
        reopened = List.copyOf(reopened);
        gone = List.copyOf(gone);
    }

    /** Collects changes while reconciling. */
    static final class Builder {
        final List<Long> created = new ArrayList<>();
        final List<Long> reopened = new ArrayList<>();
        final List<Long> gone = new ArrayList<>();
        int matched;

        FindingChanges build() {
            return new FindingChanges(created, reopened, gone, matched);
        }
    }
}
