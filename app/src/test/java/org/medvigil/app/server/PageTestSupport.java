package org.medvigil.app.server;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.medvigil.app.security.Role;
import org.medvigil.app.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What tests of the web UI add to {@link ServerTestSupport}: local users (people sign in to the
 * pages with a user name and password, not an API key), created through the API as an admin
 * would, one per role and one per customer.
 */
public abstract class PageTestSupport extends ServerTestSupport {
    protected static final String PASSWORD = "page-test-password";

    @Autowired
    protected UserService userService;

    private final Map<Role, String> users = new EnumMap<>(Role.class);
    private final Map<Long, String> customerUsers = new HashMap<>();

    /** A staff user of this role (its name); the password is {@link #PASSWORD}. */
    protected String staff(Role role) {
        if (role == Role.CUSTOMER) {
            throw new IllegalArgumentException("customer users need a customer: use customerUser(id)");
        }
        return users.computeIfAbsent(role, r -> createUser(r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), r, null));
    }

    /** A CUSTOMER user of this customer (its name). */
    protected String customerUser(long customerId) {
        return customerUsers.computeIfAbsent(customerId, id -> createUser("biomed", Role.CUSTOMER, id));
    }

    /** Performs a request of any kind (multipart included). */
    protected MvcResult send(RequestBuilder request) {
        try {
            return mvc.perform(request).andReturn();
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    /** The signed-in user as Spring Security holds it, for MockMvc's {@code user(...)}. */
    protected UserDetails signedIn(String username) {
        return userService.loadUserByUsername(username);
    }

    private String createUser(String prefix, Role role, Long customerId) {
        String name = prefix + "-" + unique();
        String body = "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\""
                + (customerId == null ? "" : ",\"customerId\":" + customerId) + "}";
        call(post("/api/v1/users").header(HttpHeaders.AUTHORIZATION, basicAdmin())
                .contentType(MediaType.APPLICATION_JSON).content(body), 201);
        return name;
    }
}
