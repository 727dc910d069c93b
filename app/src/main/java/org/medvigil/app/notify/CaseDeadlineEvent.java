package org.medvigil.app.notify;

import java.time.LocalDate;

/**
 * What the regulatory cases publish (Spring {@code ApplicationEventPublisher.publishEvent}) when
 * a clock of an uncontrolled-risk case comes close to its deadline or passes it (FDA PM-16:
 * warn at configurable offsets; record who was notified, when and through which channel).
 * Published inside the cases' transaction, it queues the e-mails and webhooks in that same
 * transaction. Publishing the same (case, clock, deadline, status) again notifies once.
 *
 * @param caseId          the regulatory case
 * @param productId       its device model (subscriptions may be confined to one product)
 * @param findingId       the finding it started from, or null
 * @param vulnerabilityId the vulnerability's id
 * @param clock           which clock: e.g. {@code customer-communication-30d}, {@code remediation-60d}
 * @param deadline        the clock's due date
 * @param missed          false: approaching; true: passed without the step done
 * @param daysLeft        days until the deadline (negative when missed)
 * @param title           a one-line description for people
 */
public record CaseDeadlineEvent(long caseId, Long productId, Long findingId, String vulnerabilityId, String clock,
                                LocalDate deadline, boolean missed, long daysLeft, String title) {
}
