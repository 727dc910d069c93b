package org.medvigil.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.medvigil.app.security.Actor;
import org.medvigil.app.security.CurrentActor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the page layout and most pages need: the current path (to mark the navigation entry in
 * use), who is signed in and in which role, and today's date by the server clock (support and
 * deadline dates are compared with it).
 */
@ControllerAdvice(annotations = PageController.class)
class PageModel {
    private static final Formats FORMATS = new Formats();

    private final CurrentActor current;
    private final Clock clock;

    PageModel(CurrentActor current, Clock clock) {
        this.current = current;
        this.clock = clock;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("actor")
    Actor actor() {
        return current.get();
    }

    @ModelAttribute("roleName")
    String roleName() {
        return switch (current.get().role()) {
            case ADMIN -> "administrator";
            case SECURITY_ANALYST -> "security analyst";
            case REGULATORY -> "regulatory affairs";
            case AUDITOR -> "auditor";
            case CUSTOMER -> "customer";
        };
    }

    @ModelAttribute("fmt")
    Formats fmt() {
        return FORMATS;
    }

    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.now(clock);
    }
}
