package org.medvigil.app.feeds;

import java.time.Instant;
import java.util.List;

/**
 * An imported advisory document, kept byte-for-byte with its provenance.
 *
 * @param source        the kinds of records it held: osv, nvd, csaf (joined with + when mixed)
 * @param advisoryCount records imported from it
 * @param problems      entries of a zip that could not be read and were skipped (only with skipInvalid)
 */
public record AdvisoryDocumentView(long id, String source, String fileName, String mediaType, String sha256,
                                   long sizeBytes, int advisoryCount, List<String> problems, Instant importedAt,
                                   String importedBy) {
}
