package org.medvigil.app.cases;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The installation's ISAO membership evidence (PM-23). */
@RestController
@RequestMapping("/api/v1/settings/isao")
class IsaoMembershipController {
    private final IsaoMembershipService membership;

    IsaoMembershipController(IsaoMembershipService membership) {
        this.membership = membership;
    }

    @GetMapping
    public IsaoMembership get() {
        return membership.get();
    }

    @PutMapping
    public IsaoMembership replace(@Valid @RequestBody IsaoMembershipForm form) {
        return membership.replace(form);
    }
}
