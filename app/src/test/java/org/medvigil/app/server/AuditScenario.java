package org.medvigil.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.medvigil.app.audit.AuditChainVerifier;
import org.medvigil.app.audit.AuditVerification;
import org.medvigil.app.cli.MedvigilCommand;
import org.medvigil.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * The audit log: every change recorded with who, when, before and after, hash-chained, and
 * {@code medvigil audit verify} naming any entry edited, inserted or deleted. Tampering happens
 * in a transaction that is rolled back (or is undone at once), so the shared chain stays intact.
 */
abstract class AuditScenario extends ServerTestSupport {
    @Autowired
    DataSource dataSource;
    @Value("${spring.datasource.url}")
    String url;
    @Value("${spring.datasource.username}")
    String user;
    @Value("${spring.datasource.password}")
    String password;

    @Test
    void everyChangeIsRecordedWithActorBeforeAndAfter() {
        long product = createProduct("Audited pump " + unique());
        Map<String, Object> change = Map.of("name", "Audited pump renamed " + unique(), "deviceClass", "III",
                "pathway", "pma", "submissionNumber", "P260001", "cyberDevice", true,
                "cyberDeviceRationale", "Connects to the hospital network");
        putJson(key(Role.REGULATORY), change, "/api/v1/products/{id}", product);

        JsonNode entries = getJson(key(Role.AUDITOR), "/api/v1/audit?entityType=product&entityId={id}", product).get("items");
        assertThat(entries).hasSize(2);
        JsonNode update = entries.get(0);
        JsonNode create = entries.get(1);
        assertThat(create.get("action").asString()).isEqualTo("create");
        assertThat(create.get("actor").asString()).startsWith("api-key:test-REGULATORY-");
        assertThat(create.has("before")).isFalse();
        assertThat(update.get("action").asString()).isEqualTo("update");
        assertThat(json.readTree(update.get("before").asString()).get("deviceClass").asString()).isEqualTo("II");
        assertThat(json.readTree(update.get("after").asString()).get("deviceClass").asString()).isEqualTo("III");
        assertThat(update.get("seq").asLong()).isGreaterThan(create.get("seq").asLong());
        assertThat(verifyInTransaction(c -> { }).problems()).isEmpty();
    }

    @Test
    void aFailedChangeLeavesNoAuditEntry() {
        String name = "Duplicate pump " + unique();
        createProduct(name);
        long before = count("audit_event");
        var result = perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/products")
                .header("Authorization", bearer(key(Role.REGULATORY))).contentType("application/json")
                .content("{\"name\":\"" + name + "\",\"deviceClass\":\"II\",\"pathway\":\"510k\",\"cyberDevice\":false,"
                        + "\"cyberDeviceRationale\":\"no connectivity\"}"));
        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        assertThat(count("audit_event")).isEqualTo(before);
    }

    @Test
    void anEditedEntryIsNamed() {
        createProduct("Edited " + unique());
        long seq = lastSeq() - 1;
        AuditVerification v = verifyInTransaction(c -> update(c,
                "UPDATE audit_event SET actor = 'mallory' WHERE seq = " + seq));
        assertThat(v.problems()).containsExactly("entry #" + seq + " was edited (its content no longer matches its hash)");
    }

    @Test
    void anEntryDeletedInTheMiddleIsNamed() {
        createProduct("Deleted " + unique());
        long seq = lastSeq() - 1;
        AuditVerification v = verifyInTransaction(c -> update(c, "DELETE FROM audit_event WHERE seq = " + seq));
        assertThat(v.problems()).singleElement().asString()
                .startsWith("entry #" + seq + " is missing (deleted); entry #" + (seq + 1) + " follows entry #" + (seq - 1));
    }

    @Test
    void entriesDeletedAtTheEndAreNamed() {
        createProduct("Truncated " + unique());
        long last = lastSeq();
        AuditVerification v = verifyInTransaction(c -> update(c, "DELETE FROM audit_event WHERE seq >= " + (last - 1)));
        assertThat(v.problems()).containsExactly("entries #" + (last - 1) + " to #" + last
                + " are missing (deleted from the end; the log recorded entry #" + last + " as its last)");
    }

    @Test
    void anInsertedEntryIsNamed() {
        createProduct("Inserted " + unique());
        long last = lastSeq();
        AuditVerification v = verifyInTransaction(c -> {
            update(c, "UPDATE audit_event SET seq = seq + 1 WHERE seq = " + last);
            update(c, "INSERT INTO audit_event (seq, occurred_at, actor, action, entity_type, entity_id, before_state, "
                    + "after_state, prev_hash, hash) SELECT " + last + ", occurred_at, 'mallory', 'delete', entity_type, "
                    + "entity_id, NULL, NULL, prev_hash, hash FROM audit_event WHERE seq = " + (last + 1));
        });
        assertThat(v.problems()).contains("entry #" + last + " was edited (its content no longer matches its hash)",
                "entry #" + (last + 1) + " does not follow entry #" + last
                        + " (its previous hash differs: an entry was inserted, replaced or re-chained)");
    }

    @Test
    void auditVerifyCommandExitsZeroWhenIntactAndOneNamingTheEntryWhenNot() throws SQLException {
        createProduct("Verified " + unique());
        assertThat(verifyCommand().exitCode).isZero();

        long seq = lastSeq();
        String actor = jdbc.sql("SELECT actor FROM audit_event WHERE seq = ?").param(seq).query(String.class).single();
        jdbc.sql("UPDATE audit_event SET actor = 'mallory' WHERE seq = ?").param(seq).update();
        try {
            Run broken = verifyCommand();
            assertThat(broken.exitCode).isEqualTo(1);
            assertThat(broken.err).contains("entry #" + seq + " was edited");
        } finally {
            jdbc.sql("UPDATE audit_event SET actor = ? WHERE seq = ?").params(actor, seq).update();
        }
        Run repaired = verifyCommand();
        assertThat(repaired.exitCode).isZero();
        assertThat(repaired.out).startsWith("audit chain intact: ");
    }

    @Test
    void auditVerifyCommandExitsTwoOnBadUsage() {
        assertThat(run("audit", "verify", "--no-such-option").exitCode).isEqualTo(2);
        assertThat(run("audit", "verify", "--db-url", "jdbc:h2:mem:no-such-db;IFEXISTS=TRUE").exitCode).isEqualTo(2);
    }

    private long lastSeq() {
        return jdbc.sql("SELECT MAX(seq) FROM audit_event").query(Long.class).single();
    }

    private interface Tamper {
        void apply(Connection c) throws SQLException;
    }

    private AuditVerification verifyInTransaction(Tamper tamper) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                tamper.apply(c);
                return new AuditChainVerifier().verify(c);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static void update(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    record Run(int exitCode, String out, String err) {
    }

    private Run verifyCommand() {
        return run("audit", "verify", "--db-url", url, "--db-user", user, "--db-password", password);
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MedvigilCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }
}

@OnH2
class AuditH2Test extends AuditScenario {
}

@OnPostgres
class AuditPostgresTest extends AuditScenario {
}
