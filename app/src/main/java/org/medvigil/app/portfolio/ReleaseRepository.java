package org.medvigil.app.portfolio;

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
class ReleaseRepository {
    private static final String SELECT = "SELECT r.id, r.product_id, p.name AS product_name, r.version, r.release_date, "
            + "r.end_of_support, s.revision AS current_revision, r.created_at, r.updated_at FROM product_release r "
            + "JOIN product p ON p.id = r.product_id LEFT JOIN sbom_document s ON s.id = r.current_sbom_id";
    private static final RowMapper<Release> MAPPER = (rs, n) -> new Release(rs.getLong("id"), rs.getLong("product_id"),
            rs.getString("product_name"), rs.getString("version"), DbTime.date(rs, "release_date"),
            DbTime.date(rs, "end_of_support"), rs.getObject("current_revision", Integer.class),
            DbTime.instant(rs, "created_at"), DbTime.instant(rs, "updated_at"));

    private final JdbcClient jdbc;

    ReleaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Release> find(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(MAPPER).optional();
    }

    Optional<Release> find(long productId, String version) {
        return jdbc.sql(SELECT + " WHERE r.product_id = ? AND r.version = ?").params(productId, version)
                .query(MAPPER).optional();
    }

    List<Release> page(long productId, Paging paging) {
        return jdbc.sql(SELECT + " WHERE r.product_id = ? ORDER BY r.created_at, r.id LIMIT ? OFFSET ?")
                .params(productId, paging.size(), paging.offset()).query(MAPPER).list();
    }

    long count(long productId) {
        return jdbc.sql("SELECT COUNT(*) FROM product_release WHERE product_id = ?").param(productId)
                .query(Long.class).single();
    }

    boolean versionTaken(long productId, String version, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM product_release WHERE product_id = ? AND version = ? AND id <> ?")
                .params(productId, version, exceptId).query(Long.class).single() > 0;
    }

    long insert(long productId, ReleaseForm f, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO product_release (product_id, version, release_date, end_of_support, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(productId, f.version(), f.releaseDate(), f.endOfSupport(), DbTime.of(now), DbTime.of(now))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    void update(long id, ReleaseForm f, Instant now) {
        jdbc.sql("UPDATE product_release SET version = ?, release_date = ?, end_of_support = ?, updated_at = ? WHERE id = ?")
                .params(f.version(), f.releaseDate(), f.endOfSupport(), DbTime.of(now), id).update();
    }

    void setCurrentSbom(long id, long sbomId) {
        jdbc.sql("UPDATE product_release SET current_sbom_id = ? WHERE id = ?").params(sbomId, id).update();
    }

    /** Locks the release row for the rest of the transaction (SBOM revisions are numbered under it). */
    void lock(long id) {
        jdbc.sql("SELECT id FROM product_release WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
    }
}
