package org.medvigil.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medvigil.app.server.MutableClock;
import org.medvigil.app.server.ServerTestConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code serve --demo}'s portfolio, loaded at start into a fresh database exactly as the command
 * does it, then read back through the API as the demo users would.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:medvigil-demo-test;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "medvigil.admin.password=" + DemoDatabase.ADMIN_PASSWORD,
        "medvigil.demo=true",
        "spring.flyway.clean-disabled=false",
        "logging.level.org.medvigil=WARN"})
@AutoConfigureMockMvc
@Import(ServerTestConfiguration.class)
class DemoDataTest {
    @Autowired
    DemoData demo;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    MutableClock clock;

    @Test
    void theDemoLoadsDevicesFindingsHospitalsAndCasesThroughTheServices() {
        DemoSummary s = demo.summary();
        assertThat(s.products()).isEqualTo(3);
        assertThat(s.releases()).isEqualTo(7);
        assertThat(s.sbomComponents()).isEqualTo(92);
        assertThat(s.advisories()).isEqualTo(19);
        assertThat(s.findings()).isEqualTo(34);
        assertThat(s.customers()).isEqualTo(3);
        assertThat(s.units()).isEqualTo(24);
        assertThat(s.assessments()).isEqualTo(6);
        assertThat(s.openCases()).isEqualTo(3);

        Map<String, JsonNode> cases = new HashMap<>();
        read("regulatory", "/api/v1/cases").get("items").forEach(c -> cases.put(c.get("productName").asString(), c));
        assertThat(cases.get(DemoDevices.VOLARA).get("verdict").asString()).isEqualTo("not_required");
        assertThat(cases.get(DemoDevices.CORVIDA).get("verdict").asString()).isEqualTo("pending");
        assertThat(cases.get(DemoDevices.CORVIDA).get("escalate").asBoolean()).isTrue();

        // The insulin-pump case: T0 weeks ago, the 30-day steps done, the fix still due: 806 verdict pending.
        JsonNode glyra = read("auditor", "/api/v1/cases/" + cases.get(DemoDevices.GLYRA).get("id").asLong());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        assertThat(glyra.get("learnedOn").get("date").asString()).isEqualTo(today.minusDays(38).toString());
        assertThat(glyra.get("verdict").get("outcome").asString()).isEqualTo("pending");
        assertThat(glyra.get("clocks").get("communicate").get("state").asString()).isEqualTo("met");
        assertThat(glyra.get("clocks").get("remediate").get("state").asString()).isEqualTo("on_track");
        assertThat(glyra.get("evidence")).hasSize(4);
        assertThat(glyra.get("releases")).extracting(r -> r.get("version").asString()).containsExactly("2.0.4", "2.1.0");
        assertThat(glyra.get("affected").get("customers").asLong()).isEqualTo(2);
        assertThat(glyra.get("affected").get("units").asInt()).isEqualTo(6);

        // Controlled risks are routine updates, fixed in the next release.
        JsonNode routine = read("auditor", "/api/v1/products/" + glyra.get("product").get("id").asLong() + "/routine-updates");
        assertThat(routine.get("items")).singleElement().satisfies(i -> {
            assertThat(i.get("vulnerabilityId").asString()).isEqualTo("CVE-2021-44732");
            assertThat(i.get("fixedIn")).extracting(JsonNode::asString).containsExactly("2.1.0");
        });

        // Hospitals read the notices addressed to them; the demo users sign in with the printed passwords.
        assertThat(read("aurelia", "/api/v1/communications").get("total").asLong()).isEqualTo(3);
        assertThat(read("lakeside", "/api/v1/communications").get("total").asLong()).isEqualTo(2);
        assertThat(read("admin", "/api/v1/me").get("role").asString()).isEqualTo("ADMIN");

        // Loaded as the demo users, so the audit log says who did what.
        List<String> actors = new ArrayList<>();
        read("auditor", "/api/v1/audit?size=500").get("items").forEach(e -> actors.add(e.get("actor").asString()));
        assertThat(actors).contains("analyst", "regulatory");
    }

    private JsonNode read(String user, String url) {
        String password = user.equals("admin") ? DemoDatabase.ADMIN_PASSWORD : demoPassword(user);
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            MvcResult r = mvc.perform(get(url).header("Authorization", basic)).andReturn();
            String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(r.getResponse().getStatus()).as(url + ": " + body).isEqualTo(200);
            return json.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(url + ": " + e, e);
        }
    }

    private static String demoPassword(String user) {
        List<DemoUser> all = new ArrayList<>(DemoUser.STAFF);
        all.addAll(DemoUser.CUSTOMERS);
        return all.stream().filter(u -> u.username().equals(user)).findFirst().orElseThrow().password();
    }
}
