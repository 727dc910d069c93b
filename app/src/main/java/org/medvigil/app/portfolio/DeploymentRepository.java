package org.medvigil.app.portfolio;

import java.time.Instant;
import java.util.ArrayList;
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
class DeploymentRepository {
    private static final String SELECT = "SELECT d.*, s.customer_id, cu.name AS customer_name, s.name AS site_name, "
            + "r.product_id, p.name AS product_name, r.version AS release_version FROM deployment d "
            + "JOIN site s ON s.id = d.site_id JOIN customer cu ON cu.id = s.customer_id "
            + "JOIN product_release r ON r.id = d.release_id JOIN product p ON p.id = r.product_id";
    private static final RowMapper<Deployment> MAPPER = (rs, n) -> new Deployment(rs.getLong("id"),
            rs.getLong("customer_id"), rs.getString("customer_name"), rs.getLong("site_id"), rs.getString("site_name"),
            rs.getLong("release_id"), rs.getLong("product_id"), rs.getString("product_name"),
            rs.getString("release_version"), rs.getString("serial_number"), rs.getString("udi"),
            DbTime.date(rs, "installed_since"), DbTime.instant(rs, "created_at"), DbTime.instant(rs, "updated_at"));

    private final JdbcClient jdbc;

    DeploymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters are optional; {@code customerId} also confines a customer actor. */
    List<Deployment> page(Long customerId, Long releaseId, Paging paging) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> params = where(sql, customerId, releaseId);
        sql.append(" ORDER BY cu.name, s.name, d.serial_number, d.id LIMIT ? OFFSET ?");
        params.add(paging.size());
        params.add(paging.offset());
        return jdbc.sql(sql.toString()).params(params).query(MAPPER).list();
    }

    long count(Long customerId, Long releaseId) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM deployment d JOIN site s ON s.id = d.site_id");
        List<Object> params = where(sql, customerId, releaseId);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    Optional<Deployment> find(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = ?").param(id).query(MAPPER).optional();
    }

    long insert(DeploymentForm f, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO deployment (site_id, release_id, serial_number, udi, installed_since, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(f.siteId(), f.releaseId(), f.serialNumber(), f.udi(), f.installedSince(), DbTime.of(now),
                        DbTime.of(now))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    void update(long id, DeploymentForm f, Instant now) {
        jdbc.sql("UPDATE deployment SET site_id = ?, release_id = ?, serial_number = ?, udi = ?, installed_since = ?, "
                        + "updated_at = ? WHERE id = ?")
                .params(f.siteId(), f.releaseId(), f.serialNumber(), f.udi(), f.installedSince(), DbTime.of(now), id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM deployment WHERE id = ?").param(id).update();
    }

    private static List<Object> where(StringBuilder sql, Long customerId, Long releaseId) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (customerId != null) {
            conditions.add("s.customer_id = ?");
            params.add(customerId);
        }
        if (releaseId != null) {
            conditions.add("d.release_id = ?");
            params.add(releaseId);
        }
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        return params;
    }
}
