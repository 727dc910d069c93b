package org.medvigil.app.feeds;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.storage.JsonText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/**
 * Per source: the operator's overrides, when it runs next, its cursor, and the lease that makes
 * one node at a time run it. The lease is taken with one conditional UPDATE (atomic on H2 and
 * PostgreSQL alike), renewed while the run reports progress, and expires by itself when a node
 * dies mid-run, so another node takes over at the next tick.
 */
@Repository
class FeedSourceRepository {
    private static final TypeReference<Map<String, String>> OPTIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonText json;

    FeedSourceRepository(JdbcClient jdbc, JsonText json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What the operator set through the API; null fields are not overridden. */
    record Overrides(Boolean enabled, List<String> urls, String schedule, String apiKey, Map<String, String> options) {
    }

    record State(Instant nextRunAt, String cursor, String leaseOwner, Instant leaseUntil) {
    }

    void ensure(String name) {
        if (jdbc.sql("SELECT COUNT(*) FROM feed_source WHERE name = ?").param(name).query(Long.class).single() == 0) {
            try {
                jdbc.sql("INSERT INTO feed_source (name) VALUES (?)").param(name).update();
            } catch (DuplicateKeyException e) {
                // another node created it at the same moment
            }
        }
    }

    Overrides overrides(String name) {
        return jdbc.sql("SELECT enabled, urls, schedule, api_key, options FROM feed_source WHERE name = ?").param(name)
                .query((rs, n) -> new Overrides(rs.getObject("enabled") == null ? null : rs.getBoolean("enabled"),
                        rs.getString("urls") == null ? null : json.strings(rs.getString("urls")), rs.getString("schedule"),
                        rs.getString("api_key"),
                        rs.getString("options") == null ? null : json.read(rs.getString("options"), OPTIONS)))
                .optional().orElse(new Overrides(null, null, null, null, null));
    }

    void saveOverrides(String name, Overrides o) {
        jdbc.sql("UPDATE feed_source SET enabled = ?, urls = ?, schedule = ?, api_key = ?, options = ? WHERE name = ?")
                .params(o.enabled(), o.urls() == null ? null : json.write(o.urls()), o.schedule(), o.apiKey(),
                        o.options() == null ? null : json.write(o.options()), name)
                .update();
    }

    Optional<State> state(String name) {
        return jdbc.sql("SELECT next_run_at, cursor_value, lease_owner, lease_until FROM feed_source WHERE name = ?")
                .param(name).query((rs, n) -> new State(DbTime.instant(rs, "next_run_at"), rs.getString("cursor_value"),
                        rs.getString("lease_owner"), DbTime.instant(rs, "lease_until"))).optional();
    }

    /** Takes the lease if nobody holds it (or its holder's lease ran out); true when this node now runs the source. */
    boolean claim(String name, String owner, Instant now, Instant until) {
        return jdbc.sql("UPDATE feed_source SET lease_owner = ?, lease_until = ? WHERE name = ? "
                        + "AND (lease_until IS NULL OR lease_until < ?)")
                .params(owner, DbTime.of(until), name, DbTime.of(now)).update() == 1;
    }

    /** Extends a lease this node holds; false when it was lost (expired and taken by another node). */
    boolean renew(String name, String owner, Instant until) {
        return jdbc.sql("UPDATE feed_source SET lease_until = ? WHERE name = ? AND lease_owner = ?")
                .params(DbTime.of(until), name, owner).update() == 1;
    }

    /** Ends a run: frees the lease, sets the next run, and the cursor when the run moved it. */
    void release(String name, String owner, Instant nextRunAt, String cursor) {
        if (cursor != null) {
            jdbc.sql("UPDATE feed_source SET cursor_value = ? WHERE name = ? AND lease_owner = ?")
                    .params(cursor, name, owner).update();
        }
        jdbc.sql("UPDATE feed_source SET lease_owner = NULL, lease_until = NULL, next_run_at = ? WHERE name = ? "
                + "AND lease_owner = ?").params(DbTime.of(nextRunAt), name, owner).update();
    }

    void scheduleNext(String name, Instant nextRunAt) {
        jdbc.sql("UPDATE feed_source SET next_run_at = ? WHERE name = ?").params(DbTime.of(nextRunAt), name).update();
    }
}
