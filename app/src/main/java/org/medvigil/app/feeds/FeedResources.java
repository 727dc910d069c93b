package org.medvigil.app.feeds;

import java.time.Instant;
import java.util.Optional;
import org.medvigil.app.storage.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The HTTP validators (ETag, Last-Modified) and content hash of every URL a feed imported from. */
@Repository
class FeedResources {
    private final JdbcClient jdbc;

    FeedResources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Validators(String etag, String lastModified, String sha256) {
    }

    Optional<Validators> of(String url) {
        return jdbc.sql("SELECT etag, last_modified, sha256 FROM feed_resource WHERE url = ?").param(url)
                .query((rs, n) -> new Validators(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    Optional<byte[]> content(String url) {
        return jdbc.sql("SELECT content FROM feed_resource WHERE url = ? AND content IS NOT NULL").param(url)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    void rememberContent(String url, byte[] content) {
        jdbc.sql("UPDATE feed_resource SET content = ? WHERE url = ?").params(content, url).update();
    }

    void remember(String url, String etag, String lastModified, String sha256, long size, Instant at) {
        int updated = jdbc.sql("UPDATE feed_resource SET etag = ?, last_modified = ?, sha256 = ?, size_bytes = ?, fetched_at = ? "
                + "WHERE url = ?").params(etag, lastModified, sha256, size, DbTime.of(at), url).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO feed_resource (url, etag, last_modified, sha256, size_bytes, fetched_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(url, etag, lastModified, sha256, size, DbTime.of(at)).update();
        }
    }
}
