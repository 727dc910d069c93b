package org.medvigil.app.cases;

import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Customer communications; a customer reads those addressed to its organisation. */
@RestController
@RequestMapping("/api/v1/communications")
class CommunicationController {
    private final CommunicationService communications;

    CommunicationController(CommunicationService communications) {
        this.communications = communications;
    }

    /** Newest first; {@code caseId} narrows to one case (staff only). */
    @GetMapping
    public PageOf<CommunicationView> list(@RequestParam(required = false) Long caseId,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return communications.list(caseId, Paging.of(page, size));
    }

    @GetMapping("/{id}")
    public CommunicationView get(@PathVariable long id) {
        return communications.get(id);
    }
}
