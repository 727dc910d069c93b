package org.medvigil.app.feeds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.storage.JsonText;
import org.medvigil.app.web.Paging;
import org.medvigil.core.advisory.Advisory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Imported advisory documents (verbatim) and the current record of each (source, id). */
@Repository
class AdvisoryRepository {
    private static final String DOCUMENT_COLUMNS = "id, source, file_name, media_type, sha256, size_bytes, advisory_count, "
            + "problems, imported_at, imported_by, feed, origin_url, fetched_at, integrity";

    private final JdbcClient jdbc;
    private final JsonText json;
    private final RowMapper<AdvisoryDocumentView> documentMapper;
    private final RowMapper<AdvisoryView> advisoryMapper;

    AdvisoryRepository(JdbcClient jdbc, JsonText json) {
        this.jdbc = jdbc;
        this.json = json;
        this.documentMapper = (rs, n) -> new AdvisoryDocumentView(rs.getLong("id"), rs.getString("source"),
                rs.getString("file_name"), rs.getString("media_type"), rs.getString("sha256"), rs.getLong("size_bytes"),
                rs.getInt("advisory_count"), json.strings(rs.getString("problems")), DbTime.instant(rs, "imported_at"),
                rs.getString("imported_by"), rs.getString("feed"), rs.getString("origin_url"), DbTime.instant(rs, "fetched_at"),
                rs.getString("integrity"));
        this.advisoryMapper = (rs, n) -> new AdvisoryView(rs.getString("advisory_id"), rs.getString("source"),
                json.strings(rs.getString("aliases")), rs.getString("summary"), DbTime.instant(rs, "published"),
                DbTime.instant(rs, "modified"), DbTime.instant(rs, "withdrawn"), json.strings(rs.getString("severities")),
                rs.getLong("document_id"), rs.getString("location"), DbTime.instant(rs, "updated_at"),
                new AdvisoryView.Origin(rs.getString("feed"), rs.getString("origin_url"), DbTime.instant(rs, "fetched_at"),
                        rs.getString("sha256"), rs.getString("integrity")));
    }

    /**
     * @param feed      the feed that brought it (osv, nvd, csaf, manual, import), null for an API upload
     * @param integrity how its integrity was checked (e.g. "sha512 ok; OpenPGP signature by FINGERPRINT"), or null
     */
    record NewDocument(String source, String fileName, String mediaType, String sha256, byte[] content, int advisoryCount,
                       List<String> problems, Instant importedAt, String importedBy, String feed, String originUrl,
                       Instant fetchedAt, String integrity) {
        NewDocument(String source, String fileName, String mediaType, String sha256, byte[] content, int advisoryCount,
                    List<String> problems, Instant importedAt, String importedBy) {
            this(source, fileName, mediaType, sha256, content, advisoryCount, problems, importedAt, importedBy, null, null,
                    null, null);
        }
    }

    long insertDocument(NewDocument d) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO advisory_document (source, file_name, media_type, sha256, size_bytes, content, advisory_count, "
                        + "problems, imported_at, imported_by, feed, origin_url, fetched_at, integrity) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.source(), d.fileName(), d.mediaType(), d.sha256(), (long) d.content().length, d.content(),
                        d.advisoryCount(), json.write(d.problems()), DbTime.of(d.importedAt()), d.importedBy(), d.feed(),
                        d.originUrl(), DbTime.of(d.fetchedAt()), d.integrity())
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** Makes {@code a} the current record of its (source, id). */
    void upsert(long documentId, Advisory a, Instant now) {
        String source = a.provenance() == null ? "" : a.provenance().source();
        String location = a.provenance() == null ? null : a.provenance().location();
        String summary = a.summary() == null ? null : a.summary().length() > 2000 ? a.summary().substring(0, 2000) : a.summary();
        List<String> severities = a.severities().stream().map(s -> s.type() + ": " + s.value()).toList();
        int updated = jdbc.sql("UPDATE advisory SET document_id = ?, location = ?, aliases = ?, summary = ?, published = ?, "
                        + "modified = ?, withdrawn = ?, severities = ?, updated_at = ? WHERE source = ? AND advisory_id = ?")
                .params(documentId, location, json.write(a.aliases()), summary, DbTime.of(a.published()),
                        DbTime.of(a.modified()), DbTime.of(a.withdrawn()), json.write(severities), DbTime.of(now),
                        source, a.id())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO advisory (source, advisory_id, document_id, location, aliases, summary, published, "
                            + "modified, withdrawn, severities, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(source, a.id(), documentId, location, json.write(a.aliases()), summary,
                            DbTime.of(a.published()), DbTime.of(a.modified()), DbTime.of(a.withdrawn()),
                            json.write(severities), DbTime.of(now))
                    .update();
        }
    }

    List<AdvisoryDocumentView> documents(Paging paging) {
        return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM advisory_document ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(paging.size(), paging.offset()).query(documentMapper).list();
    }

    long documentCount() {
        return jdbc.sql("SELECT COUNT(*) FROM advisory_document").query(Long.class).single();
    }

    Optional<AdvisoryDocumentView> document(long id) {
        return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM advisory_document WHERE id = ?").param(id)
                .query(documentMapper).optional();
    }

    Optional<byte[]> content(long id) {
        return jdbc.sql("SELECT content FROM advisory_document WHERE id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Every stored document in import order, one at a time (only one document's bytes in memory). */
    void eachDocument(Consumer<StoredDocument> sink) {
        List<Long> ids = jdbc.sql("SELECT id FROM advisory_document ORDER BY id").query(Long.class).list();
        for (long id : ids) {
            jdbc.sql("SELECT id, file_name, content FROM advisory_document WHERE id = ?").param(id)
                    .query((rs, n) -> new StoredDocument(rs.getLong(1), rs.getString(2), rs.getBytes(3)))
                    .optional().ifPresent(sink);
        }
    }

    record StoredDocument(long id, String fileName, byte[] content) {
    }

    /** @param id an advisory id or alias to look for (exact), or null for all */
    List<AdvisoryView> advisories(String id, Paging paging) {
        StringBuilder sql = new StringBuilder("SELECT a.*, d.feed, d.origin_url, d.fetched_at, d.sha256, d.integrity "
                + "FROM advisory a JOIN advisory_document d ON d.id = a.document_id");
        List<Object> params = where(sql, id);
        sql.append(" ORDER BY a.advisory_id, a.source LIMIT ? OFFSET ?");
        params.add(paging.size());
        params.add(paging.offset());
        return jdbc.sql(sql.toString()).params(params).query(advisoryMapper).list();
    }

    long advisoryCount(String id) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM advisory a");
        List<Object> params = where(sql, id);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static List<Object> where(StringBuilder sql, String id) {
        List<Object> params = new ArrayList<>();
        if (id != null) {
            sql.append(" WHERE a.advisory_id = ? OR a.aliases LIKE ? ESCAPE '!'");
            params.add(id);
            params.add("%\"" + id.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "\"%");
        }
        return params;
    }
}
