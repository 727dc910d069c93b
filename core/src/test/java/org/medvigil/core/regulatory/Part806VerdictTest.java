package org.medvigil.core.regulatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.medvigil.core.regulatory.Part806Verdict.Condition;
import org.medvigil.core.regulatory.Part806Verdict.ConditionState;
import org.medvigil.core.regulatory.Part806Verdict.Outcome;

class Part806VerdictTest {
    static final LocalDate T0 = LocalDate.of(2026, 1, 10);
    static final UncontrolledRiskClock CLOCK = new UncontrolledRiskClock(T0);

    /** Every step done on time, ISAO member that got the notice. */
    static final CaseEvidence ALL_DONE = new CaseEvidence(false, T0.plusDays(20), true, T0.plusDays(15),
            T0.plusDays(25), T0.plusDays(55), true, T0.plusDays(21));

    @Test
    void deadlinesAreThirtyAndSixtyCalendarDaysAfterLearningOfTheVulnerability_PM16() {
        assertThat(CLOCK.communicateBy()).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(CLOCK.remediateBy()).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void uncontrolledRiskNeedsNo806ReportWhenAllFourConditionsHold_PM15() {
        Part806Verdict v = Part806Verdict.evaluate(CLOCK, ALL_DONE, T0.plusDays(70));
        assertThat(v.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
        assertThat(v.conditions()).extracting(Part806Verdict.ConditionCheck::state).containsOnly(ConditionState.MET);
    }

    @Test
    void verdictIsPendingWhileDeadlinesHaveNotPassed_PM15() {
        Part806Verdict v = Part806Verdict.evaluate(CLOCK, new CaseEvidence(false, null, false, null, null, null, true, null),
                T0.plusDays(5));
        assertThat(v.outcome()).isEqualTo(Outcome.PENDING);
        assertThat(state(v, Condition.COMMUNICATED_WITHIN_30_DAYS)).isEqualTo(ConditionState.PENDING);
        assertThat(evidence(v, Condition.COMMUNICATED_WITHIN_30_DAYS))
                .contains("customer notice", "compensating controls", "remediation plan");
    }

    @Test
    void knownSeriousAdverseEventMakesTheReportRequiredAtOnce_PM15_PM16() {
        CaseEvidence sae = new CaseEvidence(true, ALL_DONE.customersNotifiedOn(), true, ALL_DONE.compensatingControlsOn(),
                ALL_DONE.remediationPlanOn(), ALL_DONE.fixDistributedOn(), true, ALL_DONE.isaoSharedOn());
        Part806Verdict v = Part806Verdict.evaluate(CLOCK, sae, T0.plusDays(1));
        assertThat(v.outcome()).isEqualTo(Outcome.REQUIRED);
        assertThat(state(v, Condition.NO_SERIOUS_ADVERSE_EVENT)).isEqualTo(ConditionState.NOT_MET);
    }

    @Test
    void customerNoticeAfterDay30FailsTheSecondCondition_PM15() {
        CaseEvidence late = new CaseEvidence(false, T0.plusDays(31), true, T0.plusDays(15), T0.plusDays(25),
                T0.plusDays(55), true, T0.plusDays(31));
        Part806Verdict v = Part806Verdict.evaluate(CLOCK, late, T0.plusDays(40));
        assertThat(v.outcome()).isEqualTo(Outcome.REQUIRED);
        assertThat(state(v, Condition.COMMUNICATED_WITHIN_30_DAYS)).isEqualTo(ConditionState.NOT_MET);
        assertThat(evidence(v, Condition.COMMUNICATED_WITHIN_30_DAYS)).contains("after the deadline 2026-02-09");
    }

    @Test
    void onTheThirtiethDayTheCommunicationIsStillOnTimeAndTheNextDayItIsNot_PM16() {
        CaseEvidence none = new CaseEvidence(false, null, false, null, null, null, true, null);
        assertThat(state(Part806Verdict.evaluate(CLOCK, none, T0.plusDays(30)), Condition.COMMUNICATED_WITHIN_30_DAYS))
                .isEqualTo(ConditionState.PENDING);
        assertThat(state(Part806Verdict.evaluate(CLOCK, none, T0.plusDays(31)), Condition.COMMUNICATED_WITHIN_30_DAYS))
                .isEqualTo(ConditionState.NOT_MET);
        CaseEvidence onDay30 = new CaseEvidence(false, T0.plusDays(30), true, T0.plusDays(30), T0.plusDays(30), null, true, null);
        assertThat(state(Part806Verdict.evaluate(CLOCK, onDay30, T0.plusDays(45)), Condition.COMMUNICATED_WITHIN_30_DAYS))
                .isEqualTo(ConditionState.MET);
    }

    @Test
    void noticeWithoutThePm17ElementsDoesNotCountAsCommunication_PM17() {
        CaseEvidence weakNotice = new CaseEvidence(false, T0.plusDays(10), false, T0.plusDays(10), T0.plusDays(10),
                T0.plusDays(50), true, T0.plusDays(10));
        assertThat(state(Part806Verdict.evaluate(CLOCK, weakNotice, T0.plusDays(20)), Condition.COMMUNICATED_WITHIN_30_DAYS))
                .isEqualTo(ConditionState.PENDING);
        assertThat(Part806Verdict.evaluate(CLOCK, weakNotice, T0.plusDays(61)).outcome()).isEqualTo(Outcome.REQUIRED);
    }

    @Test
    void fixDistributedAfterDay60FailsTheThirdCondition_PM15() {
        CaseEvidence lateFix = new CaseEvidence(false, T0.plusDays(20), true, T0.plusDays(15), T0.plusDays(25),
                T0.plusDays(61), true, T0.plusDays(21));
        Part806Verdict v = Part806Verdict.evaluate(CLOCK, lateFix, T0.plusDays(62));
        assertThat(state(v, Condition.REMEDIATED_WITHIN_60_DAYS)).isEqualTo(ConditionState.NOT_MET);
        assertThat(v.outcome()).isEqualTo(Outcome.REQUIRED);
    }

    @Test
    void withoutIsaoMembershipEnforcementDiscretionDoesNotApply_PM15_PM23() {
        CaseEvidence noIsao = new CaseEvidence(false, T0.plusDays(20), true, T0.plusDays(15), T0.plusDays(25),
                T0.plusDays(55), false, null);
        Part806Verdict v = Part806Verdict.evaluate(CLOCK, noIsao, T0.plusDays(70));
        assertThat(v.outcome()).isEqualTo(Outcome.REQUIRED);
        assertThat(state(v, Condition.ISAO_PARTICIPATION)).isEqualTo(ConditionState.NOT_MET);
    }

    @Test
    void isaoMemberWhoHasNotSharedTheNoticeIsPendingUntilDay30ThenFails_PM15() {
        CaseEvidence notShared = new CaseEvidence(false, T0.plusDays(20), true, T0.plusDays(15), T0.plusDays(25),
                T0.plusDays(55), true, null);
        assertThat(state(Part806Verdict.evaluate(CLOCK, notShared, T0.plusDays(25)), Condition.ISAO_PARTICIPATION))
                .isEqualTo(ConditionState.PENDING);
        assertThat(state(Part806Verdict.evaluate(CLOCK, notShared, T0.plusDays(31)), Condition.ISAO_PARTICIPATION))
                .isEqualTo(ConditionState.NOT_MET);
    }

    @Test
    void verdictChangesExactlyWhenEachConditionChanges_PM15() {
        // Start from all met; knock out one condition at a time: each alone flips the verdict.
        LocalDate day = T0.plusDays(70);
        assertThat(Part806Verdict.evaluate(CLOCK, ALL_DONE, day).outcome()).isEqualTo(Outcome.NOT_REQUIRED);
        CaseEvidence[] oneMissing = {
                new CaseEvidence(true, T0.plusDays(20), true, T0.plusDays(15), T0.plusDays(25), T0.plusDays(55), true, T0.plusDays(21)),
                new CaseEvidence(false, T0.plusDays(20), true, T0.plusDays(15), null, T0.plusDays(55), true, T0.plusDays(21)),
                new CaseEvidence(false, T0.plusDays(20), true, T0.plusDays(15), T0.plusDays(25), null, true, T0.plusDays(21)),
                new CaseEvidence(false, T0.plusDays(20), true, T0.plusDays(15), T0.plusDays(25), T0.plusDays(55), true, null),
        };
        for (int i = 0; i < oneMissing.length; i++) {
            Part806Verdict v = Part806Verdict.evaluate(CLOCK, oneMissing[i], day);
            assertThat(v.outcome()).as("condition %d missing", i + 1).isEqualTo(Outcome.REQUIRED);
            assertThat(v.conditions().get(i).state()).as("condition %d", i + 1).isEqualTo(ConditionState.NOT_MET);
            for (int j = 0; j < 4; j++) {
                if (j != i) {
                    assertThat(v.conditions().get(j).state()).as("condition %d unaffected", j + 1).isEqualTo(ConditionState.MET);
                }
            }
        }
    }

    static ConditionState state(Part806Verdict v, Condition c) {
        return v.conditions().stream().filter(x -> x.condition() == c).findFirst().orElseThrow().state();
    }

    static String evidence(Part806Verdict v, Condition c) {
        return v.conditions().stream().filter(x -> x.condition() == c).findFirst().orElseThrow().evidence();
    }
}
