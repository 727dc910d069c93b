package org.medvigil.app.feeds;

import java.time.Instant;
import java.util.List;
import org.medvigil.core.advisory.Advisory;

/**
 * A document a feed fetched (or an offline import read), already parsed and checked, with its
 * provenance: stored verbatim, its records made current.
 *
 * @param itemKey   the feed item it is (URL or zip entry), for change detection; null for none
 * @param updated   the feed's stamp for the item (ROLIE "updated", NVD lastModified), or null
 * @param integrity how its integrity was checked, or null
 */
record IncomingDocument(String feed, String itemKey, String updated, String fileName, String mediaType, String originUrl,
                        Instant fetchedAt, String integrity, byte[] content, String sha256, List<Advisory> advisories) {
    IncomingDocument {
        advisories = List.copyOf(advisories);
    }
}
