package org.medvigil.app.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Which roles may open which page of the web UI, and post which form: the browser side's role
 * matrix, in one place, mirroring {@link ApiAccessRules} (the pages call the same services, so a
 * page never allows what the matching API call denies). Anything not listed is denied. Data
 * scoping (a customer sees only its own organisation) stays the services' job.
 * A new page needs a line here, and one in the page access test's own table.
 */
final class PageAccessRules {
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> STAFF = Role.STAFF;
    private static final Set<Role> ANALYSTS = EnumSet.of(Role.ADMIN, Role.SECURITY_ANALYST);
    private static final Set<Role> PORTFOLIO_EDITORS = EnumSet.of(Role.ADMIN, Role.SECURITY_ANALYST, Role.REGULATORY);
    private static final Set<Role> AUDIT_READERS = EnumSet.of(Role.ADMIN, Role.AUDITOR);
    private static final Set<Role> CUSTOMERS = EnumSet.of(Role.CUSTOMER);
    private static final Set<Role> CASE_MANAGERS = EnumSet.of(Role.ADMIN, Role.REGULATORY);
    /** Product security names compensating controls and plans remediation; regulatory owns the rest of a case. */
    private static final Set<Role> CASE_ANALYSTS = EnumSet.of(Role.ADMIN, Role.REGULATORY, Role.SECURITY_ANALYST);

    /** One line of the matrix: a method and path pattern ({@code *} is one path segment). */
    record Rule(HttpMethod method, String pattern, Set<Role> roles) {
    }

    static final List<Rule> RULES = List.of(
            rule(GET, "/", EVERYONE),
            rule(GET, "/swagger-ui.html", EVERYONE),
            rule(GET, "/swagger-ui/**", EVERYONE),

            rule(GET, "/products", STAFF),
            rule(GET, "/products/new", PORTFOLIO_EDITORS),
            rule(POST, "/products", PORTFOLIO_EDITORS),
            rule(GET, "/products/*", STAFF),
            rule(POST, "/products/*/releases", PORTFOLIO_EDITORS),
            rule(GET, "/releases/*", STAFF),
            rule(POST, "/releases/*/sboms", ANALYSTS),
            rule(GET, "/releases/*/sboms/*/content", STAFF),
            rule(GET, "/components/*", STAFF),
            rule(POST, "/components/*/support", ANALYSTS),

            rule(GET, "/findings", EVERYONE),
            rule(GET, "/findings/*", EVERYONE),
            rule(GET, "/findings/*/assess", ANALYSTS),
            rule(POST, "/findings/*/assessments", ANALYSTS),
            rule(GET, "/findings/*/rubric", ANALYSTS),
            rule(POST, "/findings/*/rubric", ANALYSTS),

            rule(GET, "/customers", EVERYONE),
            rule(GET, "/customers/*", EVERYONE),
            rule(GET, "/deployments/*", EVERYONE),
            rule(GET, "/my-devices", CUSTOMERS),

            rule(GET, "/cases", STAFF),
            rule(GET, "/cases/*", STAFF),
            rule(POST, "/cases/*/learned-on", CASE_MANAGERS),
            rule(POST, "/cases/*/record", CASE_MANAGERS),
            rule(POST, "/cases/*/communications", CASE_MANAGERS),
            rule(POST, "/cases/*/evidence/compensating-controls", CASE_ANALYSTS),
            rule(POST, "/cases/*/evidence/remediation-plan", CASE_ANALYSTS),
            rule(POST, "/cases/*/evidence/fix-distributed", CASE_MANAGERS),
            rule(POST, "/cases/*/evidence/isao-share", CASE_MANAGERS),
            rule(POST, "/cases/*/evidence/serious-adverse-event", CASE_MANAGERS),
            rule(GET, "/communications", EVERYONE),
            rule(GET, "/communications/*", EVERYONE),

            rule(GET, "/audit", AUDIT_READERS));

    /** Public: the sign-in page, static assets and the health probe. */
    static final List<String> PUBLIC_GET = List.of("/login", "/css/**", "/js/**", "/favicon.ico", "/actuator/health");

    private PageAccessRules() {
    }

    private static Rule rule(HttpMethod method, String pattern, Set<Role> roles) {
        return new Rule(method, pattern, Set.copyOf(roles));
    }

    static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry) {
        registry.requestMatchers(GET, PUBLIC_GET.toArray(String[]::new)).permitAll();
        // Error pages are rendered on the error dispatch of a request that was already decided.
        registry.requestMatchers("/error").permitAll();
        for (Rule r : RULES) {
            registry.requestMatchers(r.method(), r.pattern())
                    .hasAnyRole(r.roles().stream().map(Role::name).sorted().toArray(String[]::new));
        }
        registry.anyRequest().denyAll();
    }
}
