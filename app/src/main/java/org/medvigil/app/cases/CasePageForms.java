package org.medvigil.app.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.medvigil.app.web.FormErrors;

/**
 * The case page's browser forms as sent: every field as typed, so a refused form is shown again
 * as it was. Each turns into the API's {@link EvidenceForms} record, which is then validated by
 * the same constraints the API applies.
 */
final class CasePageForms {
    private CasePageForms() {
    }

    /**
     * Any of the case page's evidence forms: the fields a kind does not use stay empty.
     *
     * @param text             what was done: the controls, the plan, the fix, what was shared, the event
     * @param communicationIds the customer communications an ISAO share included
     */
    record EvidencePageForm(String date, String reference, String text, String addedRisk, String targetDate,
                            String capaReference, String releaseId, String validation, String isaoName,
                            List<String> communicationIds, String mdrNumber, String channel, String vulnerability,
                            String impactAssessment, String effortsUnderway, String compensatingControls,
                            String fixPlan) {

        /** Where a field's problem is shown; the API's names of "what was done" all map to {@code text}. */
        static final Set<String> FIELDS = Set.of("date", "reference", "text", "addedRisk", "targetDate", "capaReference",
                "releaseId", "validation", "isaoName", "communicationIds", "mdrNumber", "channel", "notice");

        static EvidencePageForm today(LocalDate today) {
            return new EvidencePageForm(today.toString(), null, null, null, null, null, null, null, null, List.of(),
                    null, null, null, null, null, null, null);
        }

        EvidenceForms.CommunicationForm communication(FormErrors errors) {
            return new EvidenceForms.CommunicationForm(parseDate(errors, "date", date), trim(channel),
                    new EvidenceForms.Notice(trim(vulnerability), trim(impactAssessment), trim(effortsUnderway),
                            trim(compensatingControls), trim(fixPlan)), trim(reference));
        }

        EvidenceForms.CompensatingControlsForm compensatingControls(FormErrors errors) {
            return new EvidenceForms.CompensatingControlsForm(parseDate(errors, "date", date), trim(text), trim(addedRisk),
                    trim(reference));
        }

        EvidenceForms.RemediationPlanForm remediationPlan(FormErrors errors) {
            return new EvidenceForms.RemediationPlanForm(parseDate(errors, "date", date), trim(text),
                    parseDate(errors, "targetDate", targetDate), trim(capaReference), trim(reference));
        }

        EvidenceForms.FixDistributedForm fixDistributed(FormErrors errors) {
            Long release = null;
            if (releaseId != null && !releaseId.isBlank()) {
                try {
                    release = Long.valueOf(releaseId.strip());
                } catch (NumberFormatException e) {
                    errors.field("releaseId", "is not one of the choices offered");
                }
            }
            return new EvidenceForms.FixDistributedForm(parseDate(errors, "date", date), release, trim(text), trim(validation),
                    trim(reference));
        }

        EvidenceForms.IsaoShareForm isaoShare(FormErrors errors) {
            List<Long> ids = new ArrayList<>();
            for (String id : communicationIds == null ? List.<String>of() : communicationIds) {
                try {
                    ids.add(Long.valueOf(id.strip()));
                } catch (NumberFormatException e) {
                    errors.field("communicationIds", "is not one of the choices offered");
                }
            }
            return new EvidenceForms.IsaoShareForm(parseDate(errors, "date", date), trim(isaoName), trim(text), ids,
                    trim(reference));
        }

        EvidenceForms.AdverseEventForm adverseEvent(FormErrors errors) {
            return new EvidenceForms.AdverseEventForm(parseDate(errors, "date", date), trim(text), trim(mdrNumber),
                    trim(reference));
        }

        public boolean shares(long communicationId) {
            return communicationIds != null && communicationIds.contains(Long.toString(communicationId));
        }
    }

    /** A new T0 and why. */
    record LearnedOnPageForm(String date, String reason) {
        static final Set<String> FIELDS = Set.of("date", "reason");

        EvidenceForms.LearnedOnForm toForm(FormErrors errors) {
            return new EvidenceForms.LearnedOnForm(parseDate(errors, "date", date), trim(reason));
        }
    }

    /** What the case records for the premarket decision and the PMA report. */
    record CaseRecordPageForm(String premarketSubmission, String submissions, String recallNumbers, String advisoryUrl) {
        static final Set<String> FIELDS = Set.of("premarketSubmission", "submissions", "recallNumbers", "advisoryUrl");

        static CaseRecordPageForm of(RegulatoryCase.CaseRecord r) {
            return r == null ? new CaseRecordPageForm(null, null, null, null)
                    : new CaseRecordPageForm(r.premarketSubmission(), r.submissions(), r.recallNumbers(), r.advisoryUrl());
        }

        EvidenceForms.CaseRecordForm toForm() {
            return new EvidenceForms.CaseRecordForm(trim(premarketSubmission), trim(submissions), trim(recallNumbers),
                    trim(advisoryUrl));
        }
    }

    static LocalDate parseDate(FormErrors errors, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.field(field, "must be a date such as 2026-11-30");
            return null;
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
