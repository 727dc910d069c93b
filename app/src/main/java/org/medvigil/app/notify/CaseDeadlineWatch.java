package org.medvigil.app.notify;

import java.util.List;
import org.medvigil.app.cases.CaseEvaluation;
import org.medvigil.app.cases.CaseService;
import org.medvigil.app.cases.CaseStatus;
import org.medvigil.app.cases.CaseSummary;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks at every open regulatory case's clocks (computed by the cases, from core's rules) and
 * raises a {@link CaseDeadlineEvent} for each deadline that is due soon (within
 * {@code medvigil.cases.warn-days}) or overdue: FDA PM-16, warn before T0+30 and T0+60 and
 * record who was told. Each (case, clock, deadline, status) notifies once, however often this
 * runs and on however many nodes.
 */
@Service
public class CaseDeadlineWatch {
    private static final Logger LOG = LoggerFactory.getLogger(CaseDeadlineWatch.class);

    private final CaseService cases;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    CaseDeadlineWatch(CaseService cases, ApplicationEventPublisher events, PlatformTransactionManager tm) {
        this.cases = cases;
        this.events = events;
        this.transactions = new TransactionTemplate(tm);
    }

    /** Checks every open case now; returns the deadline events raised (repeats included, which notify nobody twice). */
    public int check() {
        int raised = 0;
        for (int page = 0; ; page++) {
            PageOf<CaseSummary> p = cases.list(CaseStatus.OPEN, null, Paging.of(page, Paging.MAX_SIZE));
            for (CaseSummary c : p.items()) {
                raised += raise(c, "customer-communication-30d", "Customers, compensating controls and a remediation plan "
                        + "(T0+30) for " + c.vulnerabilityId() + " in " + c.productName(), c.communicate());
                raised += raise(c, "remediation-60d", "Fix validated and distributed (T0+60) for " + c.vulnerabilityId()
                        + " in " + c.productName(), c.remediate());
            }
            if ((long) (page + 1) * Paging.MAX_SIZE >= p.total()) {
                return raised;
            }
        }
    }

    private int raise(CaseSummary c, String clock, String title, CaseEvaluation.Deadline d) {
        if (d == null || !List.of("due_soon", "overdue").contains(d.state())) {
            return 0;
        }
        CaseDeadlineEvent e = new CaseDeadlineEvent(c.id(), c.productId(), null, c.vulnerabilityId(), clock, d.due(),
                d.state().equals("overdue"), d.daysLeft(), title);
        try {
            transactions.executeWithoutResult(s -> events.publishEvent(e));
            return 1;
        } catch (DataIntegrityViolationException race) {
            // Another node recorded the same event a moment ago: it notifies, this one need not.
            LOG.debug("case {} {} already notified", c.id(), clock);
            return 0;
        }
    }
}
