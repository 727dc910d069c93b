package org.medvigil.core.regulatory;

import java.time.LocalDate;

/**
 * What a manufacturer has done about one uncontrolled risk, as dated facts. Each date is
 * {@code null} until the step is recorded; each step's evidence text says where the proof is
 * (a document id, a ticket, the notice itself).
 *
 * @param seriousAdverseEventKnown  a serious adverse event or death is known to be associated (PM-15.1, PM-16)
 * @param customersNotifiedOn       customers and user community told (PM-15.2a), with a notice meeting PM-17
 * @param noticeMeetsPm17           the customer notice carries the four PM-17 elements
 * @param compensatingControlsOn    interim compensating controls identified (PM-15.2b)
 * @param remediationPlanOn         remediation plan developed (PM-15.2c)
 * @param fixDistributedOn          fix (or long-term compensating control) validated and distributed (PM-15.3)
 * @param isaoMember                the manufacturer actively participates in an ISAO (PM-15.4, PM-23)
 * @param isaoSharedOn              the customer communication shared with the ISAO (PM-15.4)
 */
public record CaseEvidence(boolean seriousAdverseEventKnown,
                           LocalDate customersNotifiedOn, boolean noticeMeetsPm17,
                           LocalDate compensatingControlsOn, LocalDate remediationPlanOn,
                           LocalDate fixDistributedOn,
                           boolean isaoMember, LocalDate isaoSharedOn) {

    public static final CaseEvidence NONE = new CaseEvidence(false, null, false, null, null, null, false, null);

    /** The day the last of the three 30-day steps was done, or {@code null} while one is missing. */
    public LocalDate communicationStepsDoneOn() {
        if (customersNotifiedOn == null || compensatingControlsOn == null || remediationPlanOn == null) {
            return null;
        }
        LocalDate last = customersNotifiedOn;
        if (compensatingControlsOn.isAfter(last)) {
            last = compensatingControlsOn;
        }
        if (remediationPlanOn.isAfter(last)) {
            last = remediationPlanOn;
        }
        return last;
    }
}
