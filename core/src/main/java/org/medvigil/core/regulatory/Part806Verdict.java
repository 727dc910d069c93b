package org.medvigil.core.regulatory;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether an uncontrolled risk must be reported under 21 CFR 806. FDA does not intend to
 * enforce 806 reporting when ALL four conditions of the postmarket guidance §VII.B hold
 * (PM-15); this evaluates them as a logical AND, each with its evidence, from the case's dated
 * facts on a given day. A condition whose deadline has not yet passed and is not yet met is
 * PENDING, so the verdict is PENDING until every condition is decided.
 *
 * @param outcome    NOT_REQUIRED (all four hold), REQUIRED (one fails), PENDING (none failed yet, some open)
 * @param conditions the four conditions in guidance order
 */
public record Part806Verdict(Outcome outcome, List<ConditionCheck> conditions) {

    public enum Outcome { NOT_REQUIRED, REQUIRED, PENDING }

    public enum ConditionState { MET, NOT_MET, PENDING }

    /** The four conditions of PM-15, in the guidance's order. */
    public enum Condition {
        NO_SERIOUS_ADVERSE_EVENT("PM-15.1", "No known serious adverse events or deaths"),
        COMMUNICATED_WITHIN_30_DAYS("PM-15.2", "Within 30 days: customers notified (PM-17 content), compensating controls identified, remediation plan developed"),
        REMEDIATED_WITHIN_60_DAYS("PM-15.3", "Within 60 days: fix validated and distributed"),
        ISAO_PARTICIPATION("PM-15.4", "Active ISAO member, customer communication shared with it");

        private final String requirement;
        private final String text;

        Condition(String requirement, String text) {
            this.requirement = requirement;
            this.text = text;
        }

        public String requirement() {
            return requirement;
        }

        public String text() {
            return text;
        }
    }

    /** One condition, its state and the evidence (or the lack of it) in one sentence. */
    public record ConditionCheck(Condition condition, ConditionState state, String evidence) {
    }

    public Part806Verdict {
        conditions = List.copyOf(conditions);
    }

    public static Part806Verdict evaluate(UncontrolledRiskClock clock, CaseEvidence e, LocalDate today) {
        List<ConditionCheck> checks = List.of(
                adverseEvents(e),
                communication(clock, e, today),
                remediation(clock, e, today),
                isao(clock, e, today));
        Outcome outcome = checks.stream().anyMatch(c -> c.state() == ConditionState.NOT_MET) ? Outcome.REQUIRED
                : checks.stream().allMatch(c -> c.state() == ConditionState.MET) ? Outcome.NOT_REQUIRED
                : Outcome.PENDING;
        return new Part806Verdict(outcome, checks);
    }

    private static ConditionCheck adverseEvents(CaseEvidence e) {
        return e.seriousAdverseEventKnown()
                ? new ConditionCheck(Condition.NO_SERIOUS_ADVERSE_EVENT, ConditionState.NOT_MET,
                        "a serious adverse event or death is associated: report under 806 (and 803)")
                : new ConditionCheck(Condition.NO_SERIOUS_ADVERSE_EVENT, ConditionState.MET,
                        "no serious adverse event or death is known");
    }

    private static ConditionCheck communication(UncontrolledRiskClock clock, CaseEvidence e, LocalDate today) {
        Condition c = Condition.COMMUNICATED_WITHIN_30_DAYS;
        LocalDate due = clock.communicateBy();
        LocalDate done = e.communicationStepsDoneOn();
        if (done != null && done.isAfter(due)) {
            return new ConditionCheck(c, ConditionState.NOT_MET, "steps completed on " + done + ", after the deadline " + due);
        }
        if (done != null && e.noticeMeetsPm17()) {
            return new ConditionCheck(c, ConditionState.MET, "customers notified " + e.customersNotifiedOn()
                    + ", compensating controls " + e.compensatingControlsOn() + ", remediation plan "
                    + e.remediationPlanOn() + ": all by " + due);
        }
        String missing = missingCommunicationSteps(e);
        return open(c, due, today, missing);
    }

    private static String missingCommunicationSteps(CaseEvidence e) {
        StringBuilder s = new StringBuilder();
        if (e.customersNotifiedOn() == null) {
            s.append("customer notice, ");
        } else if (!e.noticeMeetsPm17()) {
            s.append("a customer notice with all PM-17 elements, ");
        }
        if (e.compensatingControlsOn() == null) {
            s.append("compensating controls, ");
        }
        if (e.remediationPlanOn() == null) {
            s.append("remediation plan, ");
        }
        return s.length() == 0 ? "nothing" : s.substring(0, s.length() - 2);
    }

    private static ConditionCheck remediation(UncontrolledRiskClock clock, CaseEvidence e, LocalDate today) {
        Condition c = Condition.REMEDIATED_WITHIN_60_DAYS;
        LocalDate due = clock.remediateBy();
        LocalDate done = e.fixDistributedOn();
        if (done != null) {
            return done.isAfter(due)
                    ? new ConditionCheck(c, ConditionState.NOT_MET, "fix distributed on " + done + ", after the deadline " + due)
                    : new ConditionCheck(c, ConditionState.MET, "fix validated and distributed on " + done + " (due " + due + ")");
        }
        return open(c, due, today, "validated fix distributed");
    }

    private static ConditionCheck isao(UncontrolledRiskClock clock, CaseEvidence e, LocalDate today) {
        Condition c = Condition.ISAO_PARTICIPATION;
        if (!e.isaoMember()) {
            return new ConditionCheck(c, ConditionState.NOT_MET, "no evidence of active ISAO membership (PM-23)");
        }
        if (e.isaoSharedOn() != null) {
            return new ConditionCheck(c, ConditionState.MET, "ISAO member; customer communication shared on " + e.isaoSharedOn());
        }
        return open(c, clock.communicateBy(), today, "customer communication shared with the ISAO");
    }

    private static ConditionCheck open(Condition c, LocalDate due, LocalDate today, String missing) {
        return today.isAfter(due)
                ? new ConditionCheck(c, ConditionState.NOT_MET, "missing after the deadline " + due + ": " + missing)
                : new ConditionCheck(c, ConditionState.PENDING, "open until " + due + ": " + missing);
    }
}
