package org.medvigil.app.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One piece of dated evidence: what was done on which day, who recorded it and when, and where
 * the proof is. Never changed once recorded.
 *
 * @param occurredOn the day the step was done (sent, identified, distributed, shared, known)
 * @param summary    what was done, in words (the controls named, the plan, what was shared, the event)
 * @param reference  where the proof is: a document id, a ticket, a URL
 * @param details    what the kind adds: a communication's notice, channel and recipients; an ISAO
 *                   share's ISAO and the communications shared; a fix's validation; an event's MDR number
 * @param releaseId  the remediation release of a distributed fix, else null
 */
public record EvidenceRecord(long id, long caseId, EvidenceKind kind, LocalDate occurredOn, String summary,
                             String reference, Map<String, Object> details, Long releaseId, Instant recordedAt,
                             String recordedBy) {
}
