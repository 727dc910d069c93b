package org.medvigil.app.feeds;

import java.time.Instant;
import java.util.List;

/**
 * An imported advisory document, kept byte-for-byte with its provenance.
 *
 * @param source        the kinds of records it held: osv, nvd, csaf (joined with + when mixed)
 * @param advisoryCount records imported from it
 * @param problems      entries of a zip that could not be read and were skipped (only with skipInvalid)
 * @param feed          the feed that brought it (osv, nvd, csaf, manual, import); null for an API upload
 * @param originUrl     where it was fetched from (or the file it was imported from)
 * @param fetchedAt     when it was fetched
 * @param integrity     how its integrity was checked (hash, OpenPGP signature and key), when it was
 */
public record AdvisoryDocumentView(long id, String source, String fileName, String mediaType, String sha256,
                                   long sizeBytes, int advisoryCount, List<String> problems, Instant importedAt,
                                   String importedBy, String feed, String originUrl, Instant fetchedAt, String integrity) {
}
