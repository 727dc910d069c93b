package org.medvigil.app.cases;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.medvigil.core.regulatory.CaseEvidence;
import org.medvigil.core.regulatory.DeadlineStatus;
import org.medvigil.core.regulatory.Part806Verdict;
import org.medvigil.core.regulatory.UncontrolledRiskClock;

/**
 * Where a case stands on a day, by core's regulatory rules: the two clocks from T0
 * ({@link UncontrolledRiskClock}, {@link DeadlineStatus}), the 21 CFR 806 verdict
 * ({@link Part806Verdict}) with each condition's evidence, and the PM-19 escalation. Computed on
 * every read, never stored: it changes with the calendar. A closed case is evaluated on the day
 * it closed (its risk was controlled from then on), from the evidence dated up to that day.
 *
 * @param evaluatedOn the day evaluated: today (server clock) while open, the closing day once closed
 * @param facts       the dated facts the verdict rests on, as core reads them
 */
public record CaseEvaluation(LocalDate evaluatedOn, Clocks clocks, Verdict verdict, Escalation escalation,
                             CaseEvidence facts) {

    /** The statement PM-19 asks a case of uncontrolled risk to record (FDA postmarket guidance §VII.B). */
    public static final String PM19_STATEMENT = "In the absence of remediation, the device may be considered to have a "
            + "reasonable probability that use of, or exposure to, it will cause serious adverse health consequences "
            + "or death (FDA postmarket guidance, section VII.B).";

    /**
     * @param communicate T0+30: customers notified (PM-17 notice), compensating controls, remediation plan
     * @param remediate   T0+60: fix validated and distributed
     * @param warnDays    how many days before a deadline it counts as due soon (installation setting)
     */
    public record Clocks(LocalDate learnedOn, Deadline communicate, Deadline remediate, int warnDays) {
    }

    /**
     * @param state on_track, due_soon, overdue, met or met_late
     * @param description "due in 5 days (2026-12-01)", "met on 2026-11-20 (due 2026-12-01)", ...
     */
    public record Deadline(String state, LocalDate due, LocalDate metOn, long daysLeft, String description) {
        static Deadline of(DeadlineStatus s) {
            return new Deadline(code(s.state()), s.due(), s.metOn(), s.daysLeft(), s.describe());
        }
    }

    /** @param outcome not_required (all four hold), required (one fails), pending (none failed, some open) */
    public record Verdict(String outcome, List<Condition> conditions) {
    }

    /**
     * One PM-15 condition.
     *
     * @param state    met, not_met or pending
     * @param evidence what core concluded, in one sentence
     * @param records  the evidence records it rests on
     */
    public record Condition(String condition, String requirement, String text, String state, String evidence,
                            List<Long> records) {
    }

    /**
     * PM-19: an uncontrolled case without a remediation plan near or after T0+30 escalates.
     *
     * @param escalate  whether it escalates now
     * @param reason    why (or why not)
     * @param statement the PM-19 statement recorded with every uncontrolled case
     */
    public record Escalation(boolean escalate, String reason, String statement) {
    }

    static CaseEvaluation of(RegulatoryCase c, List<EvidenceRecord> evidence, IsaoMembership isao, LocalDate today,
                             int warnDays) {
        LocalDate on = c.status() == CaseStatus.CLOSED && c.closedAt() != null
                ? LocalDate.ofInstant(c.closedAt(), ZoneOffset.UTC) : today;
        List<EvidenceRecord> dated = evidence.stream().filter(e -> !e.occurredOn().isAfter(on)).toList();
        CaseEvidence facts = facts(dated, isao.active());
        UncontrolledRiskClock clock = new UncontrolledRiskClock(c.learnedOn());
        DeadlineStatus communicate = DeadlineStatus.of(clock.communicateBy(),
                facts.noticeMeetsPm17() ? facts.communicationStepsDoneOn() : null, on, warnDays);
        DeadlineStatus remediate = DeadlineStatus.of(clock.remediateBy(), facts.fixDistributedOn(), on, warnDays);
        Part806Verdict verdict = Part806Verdict.evaluate(clock, facts, on);
        return new CaseEvaluation(on,
                new Clocks(c.learnedOn(), Deadline.of(communicate), Deadline.of(remediate), warnDays),
                new Verdict(code(verdict.outcome()), verdict.conditions().stream().map(x -> condition(x, dated)).toList()),
                escalation(c, facts, communicate), facts);
    }

    /** The dated facts of the evidence, as core's {@link CaseEvidence}: each step's first day. */
    static CaseEvidence facts(List<EvidenceRecord> evidence, boolean isaoMember) {
        boolean adverseEvent = evidence.stream().anyMatch(e -> e.kind() == EvidenceKind.SERIOUS_ADVERSE_EVENT);
        LocalDate completeNotice = first(evidence, e -> e.kind() == EvidenceKind.CUSTOMER_COMMUNICATION
                && Boolean.TRUE.equals(e.details().get("pm17Complete")));
        LocalDate anyNotice = first(evidence, e -> e.kind() == EvidenceKind.CUSTOMER_COMMUNICATION);
        return new CaseEvidence(adverseEvent,
                completeNotice != null ? completeNotice : anyNotice, completeNotice != null,
                first(evidence, e -> e.kind() == EvidenceKind.COMPENSATING_CONTROLS),
                first(evidence, e -> e.kind() == EvidenceKind.REMEDIATION_PLAN),
                first(evidence, e -> e.kind() == EvidenceKind.FIX_DISTRIBUTED),
                isaoMember,
                first(evidence, CaseEvaluation::sharesACommunication));
    }

    /** PM-15.4 asks for the customer communications to reach the ISAO: a share counts when it includes one. */
    static boolean sharesACommunication(EvidenceRecord e) {
        return e.kind() == EvidenceKind.ISAO_SHARE && e.details().get("communicationIds") instanceof List<?> ids
                && !ids.isEmpty();
    }

    private static LocalDate first(List<EvidenceRecord> evidence, Predicate<EvidenceRecord> which) {
        return evidence.stream().filter(which).map(EvidenceRecord::occurredOn).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private static Condition condition(Part806Verdict.ConditionCheck check, List<EvidenceRecord> evidence) {
        Predicate<EvidenceRecord> relevant = switch (check.condition()) {
            case NO_SERIOUS_ADVERSE_EVENT -> e -> e.kind() == EvidenceKind.SERIOUS_ADVERSE_EVENT;
            case COMMUNICATED_WITHIN_30_DAYS -> e -> e.kind() == EvidenceKind.CUSTOMER_COMMUNICATION
                    || e.kind() == EvidenceKind.COMPENSATING_CONTROLS || e.kind() == EvidenceKind.REMEDIATION_PLAN;
            case REMEDIATED_WITHIN_60_DAYS -> e -> e.kind() == EvidenceKind.FIX_DISTRIBUTED;
            case ISAO_PARTICIPATION -> e -> e.kind() == EvidenceKind.ISAO_SHARE;
        };
        return new Condition(code(check.condition()), check.condition().requirement(), check.condition().text(),
                code(check.state()), check.evidence(), evidence.stream().filter(relevant).map(EvidenceRecord::id).toList());
    }

    private static Escalation escalation(RegulatoryCase c, CaseEvidence facts, DeadlineStatus communicate) {
        if (c.status() != CaseStatus.OPEN) {
            return new Escalation(false, "closed (" + c.closedAs() + ")", PM19_STATEMENT);
        }
        if (facts.remediationPlanOn() != null) {
            return new Escalation(false, "remediation plan developed on " + facts.remediationPlanOn(), PM19_STATEMENT);
        }
        boolean near = communicate.state() == DeadlineStatus.State.DUE_SOON
                || communicate.state() == DeadlineStatus.State.OVERDUE;
        return near
                ? new Escalation(true, "no remediation plan and the 30-day deadline is " + communicate.describe(), PM19_STATEMENT)
                : new Escalation(false, "no remediation plan yet; the 30-day deadline is " + communicate.describe(),
                        PM19_STATEMENT);
    }

    private static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
