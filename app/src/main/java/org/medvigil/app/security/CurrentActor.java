package org.medvigil.app.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The actor of the current request, for services that confine what they return to it (a
 * customer sees only its own data; other customers' ids answer 404).
 */
@Component
public class CurrentActor {

    /** The authenticated actor; {@link AccessDeniedException} when there is none. */
    public Actor get() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.getPrincipal() instanceof Account account) {
            return account.actor();
        }
        if (a != null && a.getPrincipal() instanceof Actor actor) {
            return actor;
        }
        throw new AccessDeniedException("not signed in");
    }
}
