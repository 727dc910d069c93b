package org.medvigil.app.demo;

import java.util.List;
import org.medvigil.app.security.Role;

/**
 * A demo sign-in. The passwords are public on purpose: they exist only in the throw-away demo
 * database, which {@code serve --demo} recreates at every start.
 *
 * @param customer the customer organisation of a CUSTOMER user, by name
 */
record DemoUser(String username, String password, Role role, String customer) {

    static final String ADMIN_PASSWORD = "admin-demo-pass";

    static final List<DemoUser> STAFF = List.of(
            new DemoUser("analyst", "analyst-demo-pass", Role.SECURITY_ANALYST, null),
            new DemoUser("regulatory", "regulatory-demo-pass", Role.REGULATORY, null),
            new DemoUser("auditor", "auditor-demo-pass", Role.AUDITOR, null));

    static final List<DemoUser> CUSTOMERS = List.of(
            new DemoUser("aurelia", "aurelia-demo-pass", Role.CUSTOMER, DemoInstalledBase.AURELIA),
            new DemoUser("harbor", "harbor-demo-pass", Role.CUSTOMER, DemoInstalledBase.HARBOR),
            new DemoUser("lakeside", "lakeside-demo-pass", Role.CUSTOMER, DemoInstalledBase.LAKESIDE));
}
