package org.medvigil.app.dashboard;

import org.medvigil.app.cases.CaseService;
import org.medvigil.app.cases.CaseStatus;
import org.medvigil.app.cases.CaseSummary;
import org.medvigil.app.findings.FindingFilter;
import org.medvigil.app.findings.FindingService;
import org.medvigil.app.findings.FindingOrder;
import org.medvigil.app.security.CurrentActor;
import org.medvigil.app.web.PageController;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: for the manufacturer's staff, open regulatory cases with their clocks, open
 * findings by severity, KEV-listed and uncertain ones, and the newest findings; a customer goes
 * to its own devices instead. Its own
 * package because it reads several features and none of them should depend on it.
 */
@PageController
class DashboardPages {
    private static final int NEWEST = 10;

    private final FindingService findings;
    private final CaseService cases;
    private final CurrentActor current;

    DashboardPages(FindingService findings, CaseService cases, CurrentActor current) {
        this.findings = findings;
        this.cases = cases;
        this.current = current;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        if (current.get().isCustomer()) {
            return "redirect:/my-devices";
        }
        PageOf<CaseSummary> open = cases.list(CaseStatus.OPEN, null, Paging.of(0, NEWEST));
        model.addAttribute("cases", open.items());
        model.addAttribute("openCases", open.total());
        model.addAttribute("summary", findings.summary());
        model.addAttribute("newest", findings.list(FindingFilter.all(FindingOrder.FIRST_DETECTED), Paging.of(0, NEWEST)).items());
        model.addAttribute("kevListed", findings.list(new FindingFilter(null, null, null, null, false, true, null,
                FindingOrder.KEV), Paging.of(0, NEWEST)).items());
        return "dashboard/dashboard";
    }
}
