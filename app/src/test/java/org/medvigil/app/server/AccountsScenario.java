package org.medvigil.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medvigil.app.security.Role;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Local users: created by an admin, hashed, scoped, and the last administrator protected. */
abstract class AccountsScenario extends ServerTestSupport {

    @Test
    void aCustomerUserSignsInWithItsPasswordAndSeesOnlyItsOrganisation() {
        long customer = createCustomer("Accounts hospital " + unique());
        createCustomer("Accounts other hospital " + unique());
        String name = "biomed-" + unique();
        JsonNode user = postJson(key(Role.ADMIN), Map.of("username", name, "password", "a long enough password",
                "role", "CUSTOMER", "customerId", customer), "/api/v1/users");
        assertThat(user.has("passwordHash")).isFalse();
        String stored = jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(name).query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}").doesNotContain("a long enough password");

        String basic = "Basic " + Base64.getEncoder().encodeToString((name + ":a long enough password").getBytes(StandardCharsets.UTF_8));
        JsonNode me = call(get("/api/v1/me").header("Authorization", basic), 200);
        assertThat(me.get("role").asString()).isEqualTo("CUSTOMER");
        JsonNode customers = call(get("/api/v1/customers").header("Authorization", basic), 200);
        assertThat(customers.get("total").asLong()).isEqualTo(1);
        assertThat(customers.get("items").get(0).get("id").asLong()).isEqualTo(customer);

        String wrong = "Basic " + Base64.getEncoder().encodeToString((name + ":wrong password!").getBytes(StandardCharsets.UTF_8));
        assertThat(perform(get("/api/v1/me").header("Authorization", wrong)).getResponse().getStatus()).isEqualTo(401);

        putJson(key(Role.ADMIN), Map.of("role", "CUSTOMER", "customerId", customer, "enabled", false),
                "/api/v1/users/{id}", user.get("id").asLong());
        assertThat(perform(get("/api/v1/me").header("Authorization", basic)).getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void badAccountsAreRefused() {
        String admin = key(Role.ADMIN);
        assertThat(status(post("/api/v1/users"), admin, "{\"username\":\"short-" + unique() + "\",\"password\":\"short\",\"role\":\"AUDITOR\"}"))
                .isEqualTo(400);
        assertThat(status(post("/api/v1/users"), admin, "{\"username\":\"nocustomer-" + unique()
                + "\",\"password\":\"a long enough password\",\"role\":\"CUSTOMER\"}")).isEqualTo(400);
        assertThat(status(post("/api/v1/users"), admin, "{\"username\":\"admin\",\"password\":\"a long enough password\","
                + "\"role\":\"AUDITOR\"}")).isEqualTo(409);
        assertThat(status(post("/api/v1/api-keys"), admin, "{\"name\":\"k\",\"role\":\"CUSTOMER\"}")).isEqualTo(400);
    }

    @Test
    void theLastEnabledAdministratorCannotBeDisabledOrDemoted() {
        // Only the initial administrator is an ADMIN user in the test database (tests use ADMIN API keys).
        long adminId = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN' AND enabled = TRUE").query(Long.class).single())
                .isEqualTo(1);
        for (String change : new String[] {"{\"role\":\"AUDITOR\",\"enabled\":true}", "{\"role\":\"ADMIN\",\"enabled\":false}"}) {
            MvcResult r = perform(put("/api/v1/users/{id}", adminId).header("Authorization", bearer(key(Role.ADMIN)))
                    .contentType("application/json").content(change));
            assertThat(r.getResponse().getStatus()).isEqualTo(409);
            assertThat(bodyJson(r).get("detail").asString()).contains("last enabled administrator");
        }
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder b, String key, String body) {
        return perform(b.header("Authorization", bearer(key)).contentType("application/json").content(body)).getResponse().getStatus();
    }
}

@OnH2
class AccountsH2Test extends AccountsScenario {
}

@OnPostgres
class AccountsPostgresTest extends AccountsScenario {
}
