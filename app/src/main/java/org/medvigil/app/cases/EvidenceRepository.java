package org.medvigil.app.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.storage.JsonText;
import org.medvigil.app.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Case evidence (append-only) and the customers each communication was addressed to. */
@Repository
class EvidenceRepository {
    private static final String COMMUNICATIONS = "SELECT e.*, k.product_id, k.vulnerability_id, p.name AS product_name "
            + "FROM case_evidence e JOIN regulatory_case k ON k.id = e.case_id JOIN product p ON p.id = k.product_id "
            + "WHERE e.kind = 'customer_communication'";
    private static final String ADDRESSED_TO = " AND e.id IN (SELECT evidence_id FROM communication_recipient WHERE customer_id = ?)";

    private final JdbcClient jdbc;
    private final JsonText json;

    /** Evidence as recorded. */
    record NewEvidence(long caseId, EvidenceKind kind, LocalDate occurredOn, String summary, String reference,
                       Map<String, Object> details, Long releaseId, Instant recordedAt, String recordedBy) {
    }

    /** A stored communication with the case facts a reader needs. */
    record StoredCommunication(EvidenceRecord evidence, long productId, String productName, String vulnerabilityId) {
    }

    EvidenceRepository(JdbcClient jdbc, JsonText json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(NewEvidence e) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO case_evidence (case_id, kind, occurred_on, summary, reference, details, release_id, "
                        + "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.caseId(), e.kind().code(), e.occurredOn(), e.summary(), e.reference(), json.write(e.details()),
                        e.releaseId(), DbTime.of(e.recordedAt()), e.recordedBy())
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    void addRecipients(long evidenceId, List<CommunicationView.Recipient> recipients) {
        for (CommunicationView.Recipient r : recipients) {
            jdbc.sql("INSERT INTO communication_recipient (evidence_id, customer_id, customer_name, units) VALUES (?, ?, ?, ?)")
                    .params(evidenceId, r.customerId(), r.customerName(), r.units()).update();
        }
    }

    Optional<EvidenceRecord> find(long id) {
        return jdbc.sql("SELECT * FROM case_evidence WHERE id = ?").param(id).query(this::map).optional();
    }

    /** The evidence of a case in the order the steps were done. */
    List<EvidenceRecord> ofCase(long caseId) {
        return jdbc.sql("SELECT * FROM case_evidence WHERE case_id = ? ORDER BY occurred_on, id").param(caseId)
                .query(this::map).list();
    }

    /** The evidence of several cases, by case id. */
    Map<Long, List<EvidenceRecord>> ofCases(Collection<Long> caseIds) {
        Map<Long, List<EvidenceRecord>> out = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        String in = caseIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        for (EvidenceRecord e : jdbc.sql("SELECT * FROM case_evidence WHERE case_id IN (" + in + ") ORDER BY occurred_on, id")
                .query(this::map).list()) {
            out.computeIfAbsent(e.caseId(), k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    List<CommunicationView.Recipient> recipients(long evidenceId) {
        return jdbc.sql("SELECT customer_id, customer_name, units FROM communication_recipient WHERE evidence_id = ? "
                        + "ORDER BY customer_name, customer_id").param(evidenceId)
                .query((rs, n) -> new CommunicationView.Recipient(rs.getLong("customer_id"), rs.getString("customer_name"), rs.getInt("units")))
                .list();
    }

    /**
     * Communications, newest first.
     *
     * @param customerId only those addressed to this customer, or null for all
     * @param caseId     only those of this case, or null for all
     */
    List<StoredCommunication> communications(Long customerId, Long caseId, Paging paging) {
        StringBuilder sql = new StringBuilder(COMMUNICATIONS);
        List<Object> params = communicationFilter(sql, customerId, caseId);
        sql.append(" ORDER BY e.occurred_on DESC, e.id DESC LIMIT ? OFFSET ?");
        params.add(paging.size());
        params.add(paging.offset());
        return jdbc.sql(sql.toString()).params(params).query(this::mapCommunication).list();
    }

    long communicationCount(Long customerId, Long caseId) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM (" + COMMUNICATIONS);
        List<Object> params = communicationFilter(sql, customerId, caseId);
        sql.append(") x");
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    Optional<StoredCommunication> communication(long id, Long customerId) {
        StringBuilder sql = new StringBuilder(COMMUNICATIONS + " AND e.id = ?");
        List<Object> params = new ArrayList<>(List.of(id));
        if (customerId != null) {
            sql.append(ADDRESSED_TO);
            params.add(customerId);
        }
        return jdbc.sql(sql.toString()).params(params).query(this::mapCommunication).optional();
    }

    private static List<Object> communicationFilter(StringBuilder sql, Long customerId, Long caseId) {
        List<Object> params = new ArrayList<>();
        if (customerId != null) {
            sql.append(ADDRESSED_TO);
            params.add(customerId);
        }
        if (caseId != null) {
            sql.append(" AND e.case_id = ?");
            params.add(caseId);
        }
        return params;
    }

    private StoredCommunication mapCommunication(ResultSet rs, int n) throws SQLException {
        return new StoredCommunication(map(rs, n), rs.getLong("product_id"), rs.getString("product_name"),
                rs.getString("vulnerability_id"));
    }

    private EvidenceRecord map(ResultSet rs, int n) throws SQLException {
        Map<String, Object> details = json.object(rs.getString("details"));
        return new EvidenceRecord(rs.getLong("id"), rs.getLong("case_id"), EvidenceKind.ofCode(rs.getString("kind")),
                DbTime.date(rs, "occurred_on"), rs.getString("summary"), rs.getString("reference"),
                details == null ? Map.of() : details, rs.getObject("release_id", Long.class),
                DbTime.instant(rs, "recorded_at"), rs.getString("recorded_by"));
    }
}
