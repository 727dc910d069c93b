package org.medvigil.app.audit;

import org.medvigil.app.web.BadRequestException;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log, newest first (ADMIN and AUDITOR). */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {
    private final AuditRepository repository;

    AuditController(AuditRepository repository) {
        this.repository = repository;
    }

    @GetMapping
    @Transactional(readOnly = true)
    public PageOf<AuditEventView> list(@RequestParam(required = false) String entityType,
                                       @RequestParam(required = false) String entityId,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        if (entityId != null && entityType == null) {
            throw new BadRequestException("entityId needs entityType");
        }
        Paging paging = Paging.of(page, size);
        return PageOf.of(repository.page(entityType, entityId, paging), paging, repository.count(entityType, entityId));
    }
}
