package org.medvigil.app.feeds;

import java.time.Instant;
import java.util.List;

/**
 * The current record of one vulnerability from one source, and the document it came from.
 *
 * @param severities the source's severity statements as given ("CVSS_V3: CVSS:3.1/...", "ECOSYSTEM: HIGH")
 * @param origin     the provenance of the document it came from
 */
public record AdvisoryView(String id, String source, List<String> aliases, String summary, Instant published,
                           Instant modified, Instant withdrawn, List<String> severities, long documentId,
                           String location, Instant updatedAt, Origin origin) {

    /**
     * Where the record's document came from: the feed (null for an API upload), the URL or file,
     * when it was fetched, its SHA-256, and how its integrity was checked.
     */
    public record Origin(String feed, String url, Instant fetchedAt, String sha256, String integrity) {
    }
}
