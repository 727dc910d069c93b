package org.medvigil.app.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Which roles may call which API endpoint: the role matrix, in one place. Anything not listed
 * is denied. Data scoping (a customer sees only its own data) is the services' job on top.
 * A new endpoint needs a line here, and one in the access-control test's own table.
 */
final class ApiAccessRules {
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> STAFF = Role.STAFF;
    private static final Set<Role> STAFF_AND_CUSTOMER = EVERYONE;
    private static final Set<Role> ANALYSTS = EnumSet.of(Role.ADMIN, Role.SECURITY_ANALYST);
    private static final Set<Role> PORTFOLIO_EDITORS = EnumSet.of(Role.ADMIN, Role.SECURITY_ANALYST, Role.REGULATORY);
    private static final Set<Role> INSTALLED_BASE_EDITORS = EnumSet.of(Role.ADMIN, Role.REGULATORY);
    private static final Set<Role> AUDIT_READERS = EnumSet.of(Role.ADMIN, Role.AUDITOR);
    private static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);
    private static final Set<Role> CASE_MANAGERS = EnumSet.of(Role.ADMIN, Role.REGULATORY);
    /** Product security names compensating controls and plans remediation; regulatory owns the rest of a case. */
    private static final Set<Role> CASE_ANALYSTS = EnumSet.of(Role.ADMIN, Role.REGULATORY, Role.SECURITY_ANALYST);

    /** One line of the matrix: a method and path pattern ({@code *} is one path segment). */
    record Rule(HttpMethod method, String pattern, Set<Role> roles) {
    }

    static final List<Rule> RULES = List.of(
            rule(GET, "/api/v1/me", EVERYONE),

            rule(GET, "/api/v1/products", STAFF),
            rule(POST, "/api/v1/products", PORTFOLIO_EDITORS),
            rule(GET, "/api/v1/products/*", STAFF),
            rule(PUT, "/api/v1/products/*", PORTFOLIO_EDITORS),
            rule(GET, "/api/v1/products/*/releases", STAFF),
            rule(POST, "/api/v1/products/*/releases", PORTFOLIO_EDITORS),
            rule(POST, "/api/v1/products/*/sboms", ANALYSTS),
            rule(GET, "/api/v1/releases/*", STAFF),
            rule(PUT, "/api/v1/releases/*", PORTFOLIO_EDITORS),
            rule(GET, "/api/v1/releases/*/sboms", STAFF),
            rule(POST, "/api/v1/releases/*/sboms", ANALYSTS),
            rule(GET, "/api/v1/releases/*/sboms/*", STAFF),
            rule(GET, "/api/v1/releases/*/sboms/*/content", STAFF),
            rule(GET, "/api/v1/releases/*/components", STAFF),
            rule(GET, "/api/v1/components/*", STAFF),
            rule(PUT, "/api/v1/components/*/support", ANALYSTS),

            rule(GET, "/api/v1/customers", STAFF_AND_CUSTOMER),
            rule(POST, "/api/v1/customers", INSTALLED_BASE_EDITORS),
            rule(GET, "/api/v1/customers/*", STAFF_AND_CUSTOMER),
            rule(PUT, "/api/v1/customers/*", INSTALLED_BASE_EDITORS),
            rule(GET, "/api/v1/customers/*/sites", STAFF_AND_CUSTOMER),
            rule(POST, "/api/v1/customers/*/sites", INSTALLED_BASE_EDITORS),
            rule(GET, "/api/v1/customers/*/contacts", STAFF_AND_CUSTOMER),
            rule(POST, "/api/v1/customers/*/contacts", INSTALLED_BASE_EDITORS),
            rule(DELETE, "/api/v1/contacts/*", INSTALLED_BASE_EDITORS),
            rule(GET, "/api/v1/deployments", STAFF_AND_CUSTOMER),
            rule(POST, "/api/v1/deployments", INSTALLED_BASE_EDITORS),
            rule(GET, "/api/v1/deployments/*", STAFF_AND_CUSTOMER),
            rule(PUT, "/api/v1/deployments/*", INSTALLED_BASE_EDITORS),
            rule(DELETE, "/api/v1/deployments/*", INSTALLED_BASE_EDITORS),

            rule(POST, "/api/v1/advisories", ANALYSTS),
            rule(GET, "/api/v1/advisories", STAFF),
            rule(GET, "/api/v1/advisory-imports", STAFF),
            rule(GET, "/api/v1/advisory-imports/*", STAFF),
            rule(GET, "/api/v1/advisory-imports/*/content", STAFF),
            rule(POST, "/api/v1/manual-advisories", ANALYSTS),

            rule(GET, "/api/v1/feeds", STAFF),
            rule(GET, "/api/v1/feeds/*", STAFF),
            rule(PUT, "/api/v1/feeds/*", ADMINS),
            rule(POST, "/api/v1/feeds/*/sync", ANALYSTS),
            rule(GET, "/api/v1/feed-runs", STAFF),
            rule(GET, "/api/v1/feed-runs/*", STAFF),
            rule(POST, "/api/v1/feed-imports", ANALYSTS),

            rule(GET, "/api/v1/notification-subscriptions", STAFF),
            rule(POST, "/api/v1/notification-subscriptions", ADMINS),
            rule(GET, "/api/v1/notification-subscriptions/*", STAFF),
            rule(PUT, "/api/v1/notification-subscriptions/*", ADMINS),
            rule(DELETE, "/api/v1/notification-subscriptions/*", ADMINS),
            rule(POST, "/api/v1/notification-subscriptions/*/test", ADMINS),
            rule(GET, "/api/v1/notification-deliveries", STAFF),

            rule(GET, "/api/v1/findings", STAFF_AND_CUSTOMER),
            rule(GET, "/api/v1/findings/*", STAFF_AND_CUSTOMER),
            rule(GET, "/api/v1/findings/*/affected", STAFF_AND_CUSTOMER),
            rule(GET, "/api/v1/findings/*/assessments", STAFF),
            rule(POST, "/api/v1/findings/*/assessments", ANALYSTS),

            rule(GET, "/api/v1/cases", STAFF),
            rule(GET, "/api/v1/cases/*", STAFF),
            rule(PUT, "/api/v1/cases/*/learned-on", CASE_MANAGERS),
            rule(PUT, "/api/v1/cases/*/record", CASE_MANAGERS),
            rule(POST, "/api/v1/cases/*/communications", CASE_MANAGERS),
            rule(POST, "/api/v1/cases/*/evidence/compensating-controls", CASE_ANALYSTS),
            rule(POST, "/api/v1/cases/*/evidence/remediation-plan", CASE_ANALYSTS),
            rule(POST, "/api/v1/cases/*/evidence/fix-distributed", CASE_MANAGERS),
            rule(POST, "/api/v1/cases/*/evidence/isao-share", CASE_MANAGERS),
            rule(POST, "/api/v1/cases/*/evidence/serious-adverse-event", CASE_MANAGERS),
            rule(GET, "/api/v1/communications", STAFF_AND_CUSTOMER),
            rule(GET, "/api/v1/communications/*", STAFF_AND_CUSTOMER),
            rule(GET, "/api/v1/products/*/routine-updates", STAFF),
            rule(GET, "/api/v1/products/*/pma-report", STAFF),
            rule(GET, "/api/v1/settings/isao", STAFF),
            rule(PUT, "/api/v1/settings/isao", CASE_MANAGERS),

            rule(GET, "/api/v1/users", ADMINS),
            rule(POST, "/api/v1/users", ADMINS),
            rule(GET, "/api/v1/users/*", ADMINS),
            rule(PUT, "/api/v1/users/*", ADMINS),
            rule(GET, "/api/v1/api-keys", ADMINS),
            rule(POST, "/api/v1/api-keys", ADMINS),
            rule(DELETE, "/api/v1/api-keys/*", ADMINS),

            rule(GET, "/api/v1/audit", AUDIT_READERS));

    /** Public: the API's description, no data. */
    static final List<String> PUBLIC_GET = List.of("/api/v1/openapi.json", "/api/v1/openapi.json.yaml",
            "/api/v1/openapi.json/**");

    private ApiAccessRules() {
    }

    private static Rule rule(HttpMethod method, String pattern, Set<Role> roles) {
        return new Rule(method, pattern, Set.copyOf(roles));
    }

    static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry) {
        registry.requestMatchers(GET, PUBLIC_GET.toArray(String[]::new)).permitAll();
        for (Rule r : RULES) {
            registry.requestMatchers(r.method(), r.pattern())
                    .hasAnyRole(r.roles().stream().map(Role::name).sorted().toArray(String[]::new));
        }
        registry.anyRequest().denyAll();
    }
}
