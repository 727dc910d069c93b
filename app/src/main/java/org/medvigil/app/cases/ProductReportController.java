package org.medvigil.app.cases;

import java.time.LocalDate;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What a product owes FDA outside 806: routine updates (PM-11) and, for PMA devices, the periodic report (PM-22). */
@RestController
@RequestMapping("/api/v1/products/{id}")
class ProductReportController {
    private final ProductReportService reports;

    ProductReportController(ProductReportService reports) {
        this.reports = reports;
    }

    /** Controlled risks with their rationale: cybersecurity routine updates, not reported under 806. */
    @GetMapping("/routine-updates")
    public PageOf<RoutineUpdateItem> routineUpdates(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                                                    @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return reports.routineUpdates(id, Paging.of(page, size));
    }

    /** PM-22 entries for a period (default: the year up to today); PMA products only (409 otherwise). */
    @GetMapping("/pma-report")
    public PmaReport pmaReport(@PathVariable long id,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.report(id, from, to);
    }
}
