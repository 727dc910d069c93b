package org.medvigil.app.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.web.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ApiKeyRepository {
    private static final String COLUMNS = "id, name, key_prefix, role, customer_id, created_at, created_by, revoked_at, revoked_by";
    private static final RowMapper<ApiKeyView> VIEW = (rs, n) -> new ApiKeyView(rs.getLong("id"), rs.getString("name"),
            rs.getString("key_prefix"), Role.valueOf(rs.getString("role")), rs.getObject("customer_id", Long.class),
            DbTime.instant(rs, "created_at"), rs.getString("created_by"), DbTime.instant(rs, "revoked_at"),
            rs.getString("revoked_by"));

    private final JdbcClient jdbc;

    ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, String prefix, String hash, Role role, Long customerId, Instant now, String by) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO api_key (name, key_prefix, key_hash, role, customer_id, created_at, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(name, prefix, hash, role.name(), customerId, DbTime.of(now), by)
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    Optional<ApiKeyView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE id = ?").param(id).query(VIEW).optional();
    }

    /** The key with this hash, if it is not revoked. */
    Optional<ApiKeyView> findActiveByHash(String hash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE key_hash = ? AND revoked_at IS NULL")
                .param(hash).query(VIEW).optional();
    }

    List<ApiKeyView> page(Paging paging) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key ORDER BY id LIMIT ? OFFSET ?")
                .param(paging.size()).param(paging.offset()).query(VIEW).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM api_key").query(Long.class).single();
    }

    void revoke(long id, Instant now, String by) {
        jdbc.sql("UPDATE api_key SET revoked_at = ?, revoked_by = ? WHERE id = ?").params(DbTime.of(now), by, id).update();
    }

    boolean customerExists(long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM customer WHERE id = ?").param(customerId).query(Long.class).single() > 0;
    }
}
