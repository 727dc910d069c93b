package org.medvigil.app.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.storage.JsonText;
import org.medvigil.app.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Regulatory cases. */
@Repository
class CaseRepository {
    private static final String SELECT = "SELECT k.*, p.name AS product_name, p.pathway, p.submission_number "
            + "FROM regulatory_case k JOIN product p ON p.id = k.product_id";

    private final JdbcClient jdbc;
    private final JsonText json;

    /** Which cases to list. */
    record Filter(CaseStatus status, Long productId) {
    }

    /** A case as opened. */
    record NewCase(long productId, String vulnerabilityId, List<String> vulnerabilityIds, String summary,
                   Instant openedAt, String openedBy, LocalDate learnedOn) {
    }

    CaseRepository(JdbcClient jdbc, JsonText json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<RegulatoryCase> find(long id) {
        return jdbc.sql(SELECT + " WHERE k.id = ?").param(id).query(this::map).optional();
    }

    /** Serialises changes to one case (evidence, T0 edits, closing) across transactions and nodes. */
    void lock(long id) {
        jdbc.sql("SELECT id FROM regulatory_case WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
    }

    /**
     * Serialises opening and closing the cases of one product: two assessments of the same
     * vulnerability committing at once would otherwise both open a case.
     */
    void lockProduct(long productId) {
        jdbc.sql("SELECT id FROM product WHERE id = ? FOR UPDATE").param(productId).query(Long.class).optional();
    }

    List<RegulatoryCase> ofProduct(long productId) {
        return jdbc.sql(SELECT + " WHERE k.product_id = ? ORDER BY k.id").param(productId).query(this::map).list();
    }

    List<RegulatoryCase> page(Filter filter, Paging paging) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> params = where(sql, filter);
        // Open cases first, the oldest T0 (the nearest deadlines) first.
        sql.append(" ORDER BY CASE k.status WHEN 'open' THEN 0 ELSE 1 END, k.learned_on, k.id LIMIT ? OFFSET ?");
        params.add(paging.size());
        params.add(paging.offset());
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    long count(Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM regulatory_case k");
        List<Object> params = where(sql, filter);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    long insert(NewCase c) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO regulatory_case (product_id, vulnerability_id, vulnerability_ids, summary, status, opened_at, "
                        + "opened_by, learned_on, learned_on_source, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.productId(), c.vulnerabilityId(), json.write(c.vulnerabilityIds()), c.summary(),
                        CaseStatus.OPEN.code(), DbTime.of(c.openedAt()), c.openedBy(), c.learnedOn(),
                        RegulatoryCase.FIRST_DETECTED, DbTime.of(c.openedAt()))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    void close(long id, String closedAs, String reason, Instant now) {
        jdbc.sql("UPDATE regulatory_case SET status = ?, closed_at = ?, closed_as = ?, close_reason = ?, updated_at = ? "
                        + "WHERE id = ?")
                .params(CaseStatus.CLOSED.code(), DbTime.of(now), closedAs, reason, DbTime.of(now), id).update();
    }

    void reopen(long id, Instant now) {
        jdbc.sql("UPDATE regulatory_case SET status = ?, closed_at = NULL, closed_as = NULL, close_reason = NULL, "
                + "updated_at = ? WHERE id = ?").params(CaseStatus.OPEN.code(), DbTime.of(now), id).update();
    }

    void setLearnedOn(long id, LocalDate date, String reason, Instant now) {
        jdbc.sql("UPDATE regulatory_case SET learned_on = ?, learned_on_source = ?, learned_on_reason = ?, updated_at = ? "
                        + "WHERE id = ?")
                .params(date, RegulatoryCase.EDITED, reason, DbTime.of(now), id).update();
    }

    void setRecord(long id, RegulatoryCase.CaseRecord r, Instant now) {
        jdbc.sql("UPDATE regulatory_case SET premarket_submission = ?, submissions = ?, recall_numbers = ?, "
                        + "advisory_url = ?, updated_at = ? WHERE id = ?")
                .params(r.premarketSubmission(), r.submissions(), r.recallNumbers(), r.advisoryUrl(), DbTime.of(now), id)
                .update();
    }

    private static List<Object> where(StringBuilder sql, Filter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("k.status = ?");
            params.add(filter.status().code());
        }
        if (filter.productId() != null) {
            conditions.add("k.product_id = ?");
            params.add(filter.productId());
        }
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        return params;
    }

    private RegulatoryCase map(ResultSet rs, int n) throws SQLException {
        return new RegulatoryCase(rs.getLong("id"), rs.getLong("product_id"), rs.getString("product_name"),
                rs.getString("pathway"), rs.getString("submission_number"), rs.getString("vulnerability_id"),
                json.strings(rs.getString("vulnerability_ids")), rs.getString("summary"),
                CaseStatus.ofCode(rs.getString("status")), DbTime.instant(rs, "opened_at"), rs.getString("opened_by"),
                DbTime.date(rs, "learned_on"), rs.getString("learned_on_source"), rs.getString("learned_on_reason"),
                DbTime.instant(rs, "closed_at"), rs.getString("closed_as"), rs.getString("close_reason"),
                new RegulatoryCase.CaseRecord(rs.getString("premarket_submission"), rs.getString("submissions"),
                        rs.getString("recall_numbers"), rs.getString("advisory_url")),
                DbTime.instant(rs, "updated_at"));
    }
}
