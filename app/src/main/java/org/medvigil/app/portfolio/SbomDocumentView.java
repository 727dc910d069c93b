package org.medvigil.app.portfolio;

import java.time.Instant;
import java.util.List;

/**
 * One uploaded SBOM revision of a release; the document itself is kept byte-for-byte.
 *
 * @param revision 1 for the first upload to the release, then 2, 3, ...; every revision is kept
 * @param current  whether it is the revision that describes the release now
 * @param warnings non-fatal problems the reader met (e.g. an invalid purl dropped)
 */
public record SbomDocumentView(long id, long releaseId, int revision, String fileName, String mediaType, String format,
                               String serialNumber, String sha256, long sizeBytes, int componentCount,
                               List<String> warnings, Instant uploadedAt, String uploadedBy, boolean current) {
}
