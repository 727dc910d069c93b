package org.medvigil.app.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A regulatory case: one uncontrolled risk of one device model (FDA postmarket guidance §VII.B),
 * covering every affected release of the product.
 *
 * @param vulnerabilityIds the vulnerability's ids known when opened (primary id and aliases); the
 *                         case covers the product's findings whose ids overlap them
 * @param learnedOn        T0 (PM-16): when the manufacturer learned of the vulnerability
 * @param learnedOnSource  {@code first_detected} (the earliest first-detected time of its findings) or {@code edited}
 * @param learnedOnReason  why T0 was edited; null while it is the default
 * @param closedAs         {@code downgraded} (re-assessed controlled) or the triage state that ended the risk
 *                         ({@code resolved}, {@code not_affected}, {@code false_positive}); null while open
 * @param record           what the case records beyond evidence (PM-18, PM-22)
 */
public record RegulatoryCase(long id, long productId, String productName, String pathway, String submissionNumber,
                             String vulnerabilityId, List<String> vulnerabilityIds, String summary, CaseStatus status,
                             Instant openedAt, String openedBy, LocalDate learnedOn, String learnedOnSource,
                             String learnedOnReason, Instant closedAt, String closedAs, String closeReason,
                             CaseRecord record, Instant updatedAt) {

    public static final String FIRST_DETECTED = "first_detected";
    public static final String EDITED = "edited";

    /**
     * What a case records for the PMA periodic report and the premarket decision (PM-18, PM-22).
     *
     * @param premarketSubmission {@code needed}, {@code not_needed}, or null while undecided (PM-18)
     * @param submissions         related submissions (PMA supplement, 30-day notice, 806 report) or the basis for none (PM-22(11))
     * @param recallNumbers       related recall numbers (PM-22(6))
     * @param advisoryUrl         the ICS-CERT, government or ISAO advisory (PM-22(8)); derived from the ids when empty
     */
    public record CaseRecord(String premarketSubmission, String submissions, String recallNumbers, String advisoryUrl) {
    }
}
