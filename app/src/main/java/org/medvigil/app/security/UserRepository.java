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
class UserRepository {
    private static final String COLUMNS = "id, username, role, customer_id, enabled, created_at, updated_at";
    private static final RowMapper<UserView> VIEW = (rs, n) -> new UserView(rs.getLong("id"), rs.getString("username"),
            Role.valueOf(rs.getString("role")), rs.getObject("customer_id", Long.class), rs.getBoolean("enabled"),
            DbTime.instant(rs, "created_at"), DbTime.instant(rs, "updated_at"));

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    long countEnabledAdminsOtherThan(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN' AND enabled = TRUE AND id <> ?")
                .param(id).query(Long.class).single();
    }

    List<UserView> page(Paging paging) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY id LIMIT ? OFFSET ?")
                .param(paging.size()).param(paging.offset()).query(VIEW).list();
    }

    Optional<UserView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = ?").param(id).query(VIEW).optional();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE LOWER(username) = LOWER(?)").param(username)
                .query(Long.class).single() > 0;
    }

    Optional<Account> account(String username) {
        return jdbc.sql("SELECT id, username, password_hash, role, customer_id, enabled FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> new Account(rs.getLong("id"),
                        new Actor(rs.getString("username"), Role.valueOf(rs.getString("role")),
                                rs.getObject("customer_id", Long.class)),
                        rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional();
    }

    long insert(String username, String passwordHash, Role role, Long customerId, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO app_user (username, password_hash, role, customer_id, enabled, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, TRUE, ?, ?)")
                .params(username, passwordHash, role.name(), customerId, DbTime.of(now), DbTime.of(now))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    void update(long id, Role role, Long customerId, boolean enabled, Instant now) {
        jdbc.sql("UPDATE app_user SET role = ?, customer_id = ?, enabled = ?, updated_at = ? WHERE id = ?")
                .params(role.name(), customerId, enabled, DbTime.of(now), id).update();
    }

    void updatePassword(long id, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE id = ?").params(passwordHash, id).update();
    }

    boolean customerExists(long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM customer WHERE id = ?").param(customerId).query(Long.class).single() > 0;
    }
}
