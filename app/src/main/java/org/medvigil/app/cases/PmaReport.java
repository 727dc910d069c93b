package org.medvigil.app.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * The cybersecurity part of a PMA device's periodic (annual) report under 21 CFR 814.84 (FDA
 * postmarket guidance §VIII, PM-12, PM-22): one entry per case active in the period and per
 * controlled risk assessed in it, each with the eleven items and the ones still missing.
 */
public record PmaReport(long productId, String productName, String submissionNumber, LocalDate from, LocalDate to,
                        LocalDate generatedOn, int cases, int routineUpdates, int entriesWithMissingItems,
                        List<Entry> entries) {

    /**
     * @param kind       case (uncontrolled risk) or routine_update (controlled risk, PM-11)
     * @param caseId     the case, for kind case
     * @param findingIds the findings the entry covers
     * @param missing    the PM-22 items without content, as "PM-22(n) title"
     */
    public record Entry(String kind, Long caseId, List<Long> findingIds, String vulnerabilityId, List<Item> items,
                        List<String> missing) {
    }

    /** One of the eleven PM-22 items. */
    public record Item(int number, String title, String text, boolean present) {
    }
}
