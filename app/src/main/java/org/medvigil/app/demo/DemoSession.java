package org.medvigil.app.demo;

import java.util.function.Supplier;
import org.medvigil.app.security.UserService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Runs demo steps as a demo user, signed in as the API would sign them in, so the services
 * scope, check and audit them exactly as they do requests ("who" in the audit log is the user).
 */
final class DemoSession {
    private final UserService users;

    DemoSession(UserService users) {
        this.users = users;
    }

    <T> T as(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(signedIn);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    void run(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
