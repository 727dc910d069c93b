package org.medvigil.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.medvigil.app.findings.FindingThreats;
import org.medvigil.app.security.Role;
import org.medvigil.app.server.OnH2;
import org.medvigil.app.server.OnPostgres;
import org.medvigil.app.server.ServerTestSupport;
import org.medvigil.app.storage.DbTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Notifications delivered for real: e-mail to an in-process SMTP server (GreenMail), webhooks
 * to a local receiver that checks the HMAC signature and fails the first attempt; the retry
 * comes after the backoff on the injected clock, and the delivery log shows both attempts.
 * Events: a new finding, a finding whose CVE CISA lists as known exploited, a case deadline.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NotificationScenario extends ServerTestSupport {
    private static final String SECRET = "webhook-secret-for-tests-0123456789";

    record Received(Map<String, String> headers, String body) {
    }

    @Autowired
    DeliveryWorker worker;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    FindingThreats threats;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    CaseDeadlineWatch watch;

    private GreenMail smtp;
    private String savedHost;
    private int savedPort;
    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();

    @BeforeAll
    void start() throws IOException {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        savedHost = mailSender.getHost();
        savedPort = mailSender.getPort();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(smtp.getSmtp().getPort());
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", x -> {
            try (x) {
                Map<String, String> h = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                x.getRequestHeaders().forEach((k, v) -> h.put(k, v.get(0)));
                received.add(new Received(h, new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                Integer status = answers.poll();
                x.sendResponseHeaders(status == null ? 204 : status, -1);
            }
        });
        receiver.start();
    }

    @AfterAll
    void stop() {
        mailSender.setHost(savedHost);
        mailSender.setPort(savedPort);
        smtp.stop();
        receiver.stop(0);
    }

    @Test
    void newFindingsGoOutByMailAndSignedWebhookWithRetries() throws Exception {
        String u = unique().replace('-', 'x');
        String admin = key(Role.ADMIN);
        String analyst = key(Role.SECURITY_ANALYST);
        long product = createProduct("Notified pump " + u);
        long release = createRelease(product, "1.0");
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        long webhook = postJson(admin, Map.of("channel", "webhook", "target", hook, "secret", SECRET, "productId", product,
                "events", List.of("finding.new", "finding.kev", "case.deadline.missed")), "/api/v1/notification-subscriptions")
                .get("id").asLong();
        JsonNode mailSub = postJson(admin, Map.of("channel", "email", "target", "biomed-" + u + "@hospital.example",
                "productId", product, "events", List.of("finding.new")), "/api/v1/notification-subscriptions");
        assertThat(getJson(analyst, "/api/v1/notification-subscriptions/{id}", webhook).toString()).doesNotContain(SECRET);

        upload(analyst, "/api/v1/releases/" + release + "/sboms", sbom("notified-lib-" + u + "@1.0.0"), "application/json");
        String vuln = "MVNOTE-" + u;
        String cve = "CVE-2099-" + Math.abs(u.hashCode() % 90000 + 10000);
        assertThat(upload(analyst, "/api/v1/advisories?fileName=n.json", osv(vuln, cve, "notified-lib-" + u), "application/json")
                .getResponse().getStatus()).isEqualTo(201);

        // First round: the mail goes out; the receiver fails the webhook (HTTP 500), which waits for its retry.
        answers.add(500);
        deliverAll();
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).anySatisfy(m -> {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo("biomed-" + u + "@hospital.example");
            assertThat(m.getSubject()).isEqualTo("[MedVigil] New finding: " + vuln + " in Notified pump " + u + " 1.0");
        });
        JsonNode pending = onlyDelivery(webhook);
        assertThat(pending.get("status").asString()).isEqualTo("pending");
        assertThat(pending.get("attempts").asInt()).isEqualTo(1);
        assertThat(pending.get("lastStatus").asInt()).isEqualTo(500);
        assertThat(java.time.Instant.parse(pending.get("nextAttemptAt").asString())).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(onlyDelivery(mailSub.get("id").asLong()).get("status").asString()).isEqualTo("delivered");

        // Not due yet: nothing is sent. After the backoff, on the injected clock: delivered.
        deliverAll();
        assertThat(received).hasSize(1);
        clock.advance(Duration.ofMinutes(1));
        deliverAll();
        assertThat(received).hasSize(2);
        JsonNode delivered = onlyDelivery(webhook);
        assertThat(delivered.get("status").asString()).isEqualTo("delivered");
        assertThat(delivered.get("attempts").asInt()).isEqualTo(2);
        assertThat(delivered.get("lastStatus").asInt()).isEqualTo(204);

        // Both attempts carried the same event, each correctly signed.
        assertThat(received.get(0).body()).isEqualTo(received.get(1).body());
        for (Received r : received) {
            assertThat(r.headers().get("X-MedVigil-Event")).isEqualTo("finding.new");
            assertThat(r.headers().get(WebhookSignature.SIGNATURE_HEADER)).isEqualTo(WebhookSignature.sign(SECRET,
                    r.headers().get(WebhookSignature.TIMESTAMP_HEADER), r.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(r.headers().get(WebhookSignature.SIGNATURE_HEADER)).isNotEqualTo(WebhookSignature.sign("another-secret-000000",
                    r.headers().get(WebhookSignature.TIMESTAMP_HEADER), r.body().getBytes(StandardCharsets.UTF_8)));
        }
        JsonNode event = json.readTree(received.get(0).body());
        assertThat(event.get("type").asString()).isEqualTo("finding.new");
        assertThat(event.get("data").get("vulnerability").get("id").asString()).isEqualTo(vuln);
        assertThat(event.get("data").get("component").get("name").asString()).isEqualTo("notified-lib-" + u);
        assertThat(event.get("data").get("kev").get("listed").asBoolean()).isFalse();

        // CISA lists the CVE: the existing finding is flagged and the subscriber told.
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            jdbc.sql("INSERT INTO kev_entry (cve_id, vendor_project, product, date_added, due_date, ransomware_use, updated_at) "
                    + "VALUES (?, 'Test', 'notified-lib', ?, ?, 'Unknown', ?)").params(cve, LocalDate.of(2026, 11, 2),
                    LocalDate.of(2026, 11, 23), DbTime.of(clock.instant())).update();
            threats.kevListed(Set.of(cve));
        });
        // A deadline missed, told twice by the cases: notified once.
        CaseDeadlineEvent missed = new CaseDeadlineEvent(424242L, product, null, vuln, "customer-communication-30d",
                LocalDate.of(2026, 12, 2), true, -1, "Notify customers of " + vuln);
        for (int i = 0; i < 2; i++) {
            new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(missed));
        }
        received.clear();
        deliverAll();
        assertThat(received).extracting(r -> r.headers().get("X-MedVigil-Event"))
                .containsExactlyInAnyOrder("finding.kev", "case.deadline.missed");
        JsonNode kev = json.readTree(received.stream().filter(r -> r.body().contains("finding.kev")).findFirst().orElseThrow().body());
        assertThat(kev.get("data").get("kev").get("cve").asString()).isEqualTo(cve);
        assertThat(kev.get("data").get("kev").get("dueDate").asString()).isEqualTo("2026-11-23");

        // A test message on request; the log lists every delivery of the subscription.
        received.clear();
        postJson(admin, Map.of(), "/api/v1/notification-subscriptions/{id}/test", webhook);
        deliverAll();
        assertThat(received).singleElement().satisfies(r -> assertThat(r.headers().get("X-MedVigil-Event")).isEqualTo("ping"));
        assertThat(getJson(key(Role.AUDITOR), "/api/v1/notification-deliveries?subscriptionId={id}", webhook).get("total").asInt())
                .isEqualTo(4);
    }

    @Test
    void anUncontrolledCasesDeadlinesAreAnnouncedOnce_PM16() throws Exception {
        String u = unique().replace('-', 'x');
        String admin = key(Role.ADMIN);
        String analyst = key(Role.SECURITY_ANALYST);
        long product = createProduct("Deadline pump " + u);
        long release = createRelease(product, "1.0");
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        long webhook = postJson(admin, Map.of("channel", "webhook", "target", hook, "secret", SECRET, "productId", product,
                "events", List.of("case.deadline.approaching", "case.deadline.missed")), "/api/v1/notification-subscriptions")
                .get("id").asLong();
        upload(analyst, "/api/v1/releases/" + release + "/sboms", sbom("deadline-lib-" + u + "@1.0.0"), "application/json");
        String vuln = "MVDEAD-" + u;
        upload(analyst, "/api/v1/advisories?fileName=d.json", osv(vuln, "CVE-2098-" + Math.abs(u.hashCode() % 90000 + 10000),
                "deadline-lib-" + u), "application/json");
        long finding = getJson(analyst, "/api/v1/findings?releaseId={id}", release).get("items").get(0).get("id").asLong();
        JsonNode assessed = postJson(analyst, Map.of("state", "exploitable", "harmSeverity", "catastrophic",
                "cvssVectors", List.of("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
                "rationale", "Remote dose change without authentication"), "/api/v1/findings/{id}/assessments", finding);
        assertThat(assessed.get("determination").asString()).isEqualTo("uncontrolled");

        received.clear();
        watch.check();
        deliverAll();
        assertThat(received).isEmpty(); // T0 today: 30 days to go
        clock.advance(Duration.ofDays(24));
        watch.check();
        watch.check();
        deliverAll();
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.headers().get("X-MedVigil-Event")).isEqualTo("case.deadline.approaching");
            assertThat(r.body()).contains("customer-communication-30d").contains(vuln);
        });
        clock.advance(Duration.ofDays(7));
        received.clear();
        watch.check();
        deliverAll();
        assertThat(received).extracting(r -> r.headers().get("X-MedVigil-Event")).containsExactly("case.deadline.missed");
        assertThat(getJson(key(Role.AUDITOR), "/api/v1/notification-deliveries?subscriptionId={id}&status=delivered", webhook)
                .get("total").asInt()).isEqualTo(2);
    }

    @Test
    void retriesBackOffExponentiallyUpToAnHour() {
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= 9; attempt++) {
            waits.add(worker.backoff(attempt));
        }
        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));
    }

    @Test
    void aWebhookNeedsASecretAndKnownEvents() {
        var r = perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/notification-subscriptions")
                .header("Authorization", bearer(key(Role.ADMIN))).contentType("application/json")
                .content("{\"channel\":\"webhook\",\"target\":\"http://127.0.0.1:9/x\",\"events\":[\"finding.new\"]}"));
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(r)).contains("needs a secret");
        r = perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/notification-subscriptions")
                .header("Authorization", bearer(key(Role.ADMIN))).contentType("application/json")
                .content("{\"channel\":\"email\",\"target\":\"a@b.example\",\"events\":[\"finding.gone\"]}"));
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(r)).contains("event must be one of");
    }

    private void deliverAll() {
        for (int i = 0; i < 20 && worker.deliverDue() > 0; i++) {
            // each round sends what is due now
        }
    }

    private JsonNode onlyDelivery(long subscription) {
        JsonNode items = getJson(key(Role.AUDITOR), "/api/v1/notification-deliveries?subscriptionId={id}", subscription).get("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static byte[] sbom(String npm) {
        String name = npm.substring(0, npm.lastIndexOf('@'));
        String version = npm.substring(npm.lastIndexOf('@') + 1);
        return ("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"components\":[{\"type\":\"library\","
                + "\"bom-ref\":\"c\",\"name\":\"" + name + "\",\"version\":\"" + version + "\",\"purl\":\"pkg:npm/" + name + "@"
                + version + "\"}]}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] osv(String id, String cve, String pkg) {
        return ("{\"schema_version\":\"1.6.0\",\"id\":\"" + id + "\",\"modified\":\"2026-10-20T00:00:00Z\",\"aliases\":[\"" + cve
                + "\"],\"summary\":\"Test vulnerability\",\"severity\":[{\"type\":\"CVSS_V3\",\"score\":"
                + "\"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\"}],\"affected\":[{\"package\":{\"ecosystem\":\"npm\",\"name\":\""
                + pkg + "\"},\"ranges\":[{\"type\":\"ECOSYSTEM\",\"events\":[{\"introduced\":\"0\"},{\"fixed\":\"1.0.1\"}]}]}]}")
                .getBytes(StandardCharsets.UTF_8);
    }
}

@OnH2
class NotificationH2Test extends NotificationScenario {
}

@OnPostgres
class NotificationPostgresTest extends NotificationScenario {
}
