package org.medvigil.app.audit;

import java.util.ArrayList;
import java.util.List;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.web.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {
    private static final RowMapper<AuditEventView> VIEW = (rs, n) -> new AuditEventView(rs.getLong("seq"),
            DbTime.instant(rs, "occurred_at"), rs.getString("actor"), rs.getString("action"),
            rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("before_state"),
            rs.getString("after_state"), rs.getString("hash"));

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Head(long lastSeq, String lastHash) {
    }

    /** Reads the head and holds its row lock until the transaction ends. */
    Head lockHead() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    void append(AuditEntry e, String prevHash, String hash) {
        jdbc.sql("INSERT INTO audit_event (seq, occurred_at, actor, action, entity_type, entity_id, before_state, "
                        + "after_state, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.seq(), DbTime.of(e.occurredAt()), e.actor(), e.action(), e.entityType(), e.entityId(),
                        e.before(), e.after(), prevHash, hash)
                .update();
        jdbc.sql("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1").params(e.seq(), hash).update();
    }

    List<AuditEventView> page(String entityType, String entityId, Paging paging) {
        StringBuilder sql = new StringBuilder("SELECT seq, occurred_at, actor, action, entity_type, entity_id, "
                + "before_state, after_state, hash FROM audit_event");
        List<Object> params = where(sql, entityType, entityId);
        sql.append(" ORDER BY seq DESC LIMIT ? OFFSET ?");
        params.add(paging.size());
        params.add(paging.offset());
        return jdbc.sql(sql.toString()).params(params).query(VIEW).list();
    }

    long count(String entityType, String entityId) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM audit_event");
        List<Object> params = where(sql, entityType, entityId);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static List<Object> where(StringBuilder sql, String entityType, String entityId) {
        List<Object> params = new ArrayList<>();
        if (entityType != null) {
            sql.append(" WHERE entity_type = ?");
            params.add(entityType);
            if (entityId != null) {
                sql.append(" AND entity_id = ?");
                params.add(entityId);
            }
        }
        return params;
    }
}
