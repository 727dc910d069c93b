package org.medvigil.app.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A case in a list: which risk, where its clocks stand, the 806 verdict and whether it escalates.
 *
 * @param verdict  the 806 outcome: not_required, required or pending
 * @param escalate PM-19: no remediation plan near or after T0+30
 */
public record CaseSummary(long id, long productId, String productName, String vulnerabilityId,
                          List<String> vulnerabilityIds, String summary, CaseStatus status, String closedAs,
                          LocalDate learnedOn, CaseEvaluation.Deadline communicate, CaseEvaluation.Deadline remediate,
                          String verdict, boolean escalate) {

    static CaseSummary of(RegulatoryCase c, CaseEvaluation e) {
        return new CaseSummary(c.id(), c.productId(), c.productName(), c.vulnerabilityId(), c.vulnerabilityIds(),
                c.summary(), c.status(), c.closedAs(), c.learnedOn(), e.clocks().communicate(), e.clocks().remediate(),
                e.verdict().outcome(), e.escalation().escalate());
    }
}
