package org.medvigil.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.medvigil.app.web.BadRequestException;
import org.medvigil.app.web.PageController;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Pager;
import org.medvigil.app.web.Paging;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, newest first, optionally for one entity (ADMIN and AUDITOR). */
@PageController
class AuditPages {
    private static final int PAGE_SIZE = 50;

    private final AuditRepository repository;

    AuditPages(AuditRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/audit")
    @Transactional(readOnly = true)
    public String list(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                       @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
        String type = entityType == null || entityType.isBlank() ? null : entityType.strip();
        String id = entityId == null || entityId.isBlank() ? null : entityId.strip();
        if (id != null && type == null) {
            throw new BadRequestException("an entity id needs its entity type");
        }
        Paging paging = Paging.of(page, PAGE_SIZE);
        PageOf<AuditEventView> items = PageOf.of(repository.page(type, id, paging), paging, repository.count(type, id));
        model.addAttribute("items", items.items());
        model.addAttribute("pager", Pager.of(items, request));
        model.addAttribute("entityType", type);
        model.addAttribute("entityId", id);
        return "audit/audit";
    }
}
