package org.medvigil.app.portfolio;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One released version of a device model.
 *
 * @param currentSbomRevision the revision of the SBOM that describes it now, or null before the first upload
 */
public record Release(long id, long productId, String productName, String version, LocalDate releaseDate,
                      LocalDate endOfSupport, Integer currentSbomRevision, Instant createdAt, Instant updatedAt) {
}
