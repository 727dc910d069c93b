package org.medvigil.app.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer communication. Staff see all of it; a customer sees only what was sent to it (the
 * product, the vulnerability, the day, the channel and the notice), never the case behind it or
 * the other recipients.
 *
 * @param pm17       whether the notice carries the four PM-17 elements, and which are missing
 * @param recipients the customers it was addressed to, with how many of their units run an affected release
 */
public record CommunicationView(long id, Long caseId, long productId, String productName, String vulnerabilityId,
                                LocalDate date, String channel, EvidenceForms.Notice notice, Pm17 pm17,
                                List<Recipient> recipients, String reference, Instant recordedAt,
                                String recordedBy) {

    /** @param missing the PM-17 elements the notice lacks, as "PM-17(x) what" */
    public record Pm17(boolean complete, List<String> missing) {
    }

    /** A customer it went to, and how many of its units ran an affected release when it was sent. */
    public record Recipient(long customerId, String customerName, int units) {
    }

    CommunicationView forCustomer() {
        return new CommunicationView(id, null, productId, productName, vulnerabilityId, date, channel, notice, null,
                null, null, null, null);
    }
}
