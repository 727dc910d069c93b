package org.medvigil.app.feeds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.storage.JsonText;
import org.medvigil.app.web.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Sync and import jobs with their counts. Progress is written outside the import transactions so it shows while a job runs. */
@Repository
class FeedRuns {
    private final JdbcClient jdbc;
    private final JsonText json;
    private final RowMapper<FeedRunView> mapper;

    FeedRuns(JdbcClient jdbc, JsonText json) {
        this.jdbc = jdbc;
        this.json = json;
        this.mapper = (rs, n) -> new FeedRunView(rs.getLong("id"), rs.getString("source"), rs.getString("run_trigger"),
                rs.getString("node"), rs.getString("status"), DbTime.instant(rs, "started_at"),
                DbTime.instant(rs, "finished_at"), rs.getInt("requests"), rs.getInt("not_modified"),
                rs.getLong("bytes_fetched"), rs.getObject("items_total") == null ? null : rs.getInt("items_total"),
                rs.getInt("items_done"), rs.getInt("documents"), rs.getInt("advisories"), rs.getInt("unchanged"),
                rs.getInt("skipped"), rs.getInt("kev_entries"), rs.getInt("epss_scores"), rs.getInt("findings_created"),
                json.strings(rs.getString("problems")), rs.getString("message"), rs.getString("started_by"));
    }

    long start(String source, String trigger, String node, Instant now, String startedBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO feed_run (source, run_trigger, node, status, started_at, requests, not_modified, bytes_fetched, "
                        + "items_done, documents, advisories, unchanged, skipped, kev_entries, epss_scores, findings_created, "
                        + "problems, started_by) VALUES (?, ?, ?, 'running', ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '[]', ?)")
                .params(source, trigger, node, DbTime.of(now), startedBy).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    void progress(long id, FeedSync s) {
        jdbc.sql("UPDATE feed_run SET requests = ?, not_modified = ?, bytes_fetched = ?, items_total = ?, items_done = ?, "
                        + "documents = ?, advisories = ?, unchanged = ?, skipped = ?, kev_entries = ?, epss_scores = ?, "
                        + "findings_created = ?, problems = ? WHERE id = ?")
                .params(s.requests, s.notModified, s.bytes, s.itemsTotal, s.itemsDone, s.documents, s.advisories,
                        s.unchanged, s.skipped, s.kevEntries, s.epssScores, s.findingsCreated, json.write(s.problems()), id)
                .update();
    }

    void finish(long id, FeedSync s, String status, String message, Instant now) {
        progress(id, s);
        jdbc.sql("UPDATE feed_run SET status = ?, message = ?, finished_at = ? WHERE id = ?")
                .params(status, message, DbTime.of(now), id).update();
    }

    Optional<FeedRunView> find(long id) {
        return jdbc.sql("SELECT * FROM feed_run WHERE id = ?").param(id).query(mapper).optional();
    }

    Optional<FeedRunView> last(String source) {
        return jdbc.sql("SELECT * FROM feed_run WHERE source = ? ORDER BY id DESC LIMIT 1").param(source).query(mapper).optional();
    }

    List<FeedRunView> page(String source, Paging paging) {
        List<Object> params = new ArrayList<>();
        String where = "";
        if (source != null) {
            where = " WHERE source = ?";
            params.add(source);
        }
        params.add(paging.size());
        params.add(paging.offset());
        return jdbc.sql("SELECT * FROM feed_run" + where + " ORDER BY id DESC LIMIT ? OFFSET ?").params(params)
                .query(mapper).list();
    }

    long count(String source) {
        return source == null ? jdbc.sql("SELECT COUNT(*) FROM feed_run").query(Long.class).single()
                : jdbc.sql("SELECT COUNT(*) FROM feed_run WHERE source = ?").param(source).query(Long.class).single();
    }
}
