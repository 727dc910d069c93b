package org.medvigil.app.feeds;

import java.time.Instant;
import java.util.Optional;
import org.medvigil.app.storage.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each item of a feed (a zip entry, a CSAF document, an NVD record) was when last imported:
 * its hash and the feed's "updated" stamp. An item whose stamp or hash is the same is not fetched
 * or imported again; an item that failed has no new state, so the next run tries it again.
 */
@Repository
class FeedItems {
    private final JdbcClient jdbc;

    FeedItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Item(String sha256, String updated) {
    }

    Optional<Item> of(String source, String key) {
        return jdbc.sql("SELECT sha256, updated FROM feed_item WHERE source = ? AND item_key = ?").params(source, key)
                .query((rs, n) -> new Item(rs.getString(1), rs.getString(2))).optional();
    }

    void record(String source, String key, String sha256, String updated, Long documentId, Instant now) {
        int n = jdbc.sql("UPDATE feed_item SET sha256 = ?, updated = ?, document_id = ?, seen_at = ? WHERE source = ? AND item_key = ?")
                .params(sha256, updated, documentId, DbTime.of(now), source, key).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO feed_item (source, item_key, sha256, updated, document_id, seen_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(source, key, sha256, updated, documentId, DbTime.of(now)).update();
        }
    }
}
