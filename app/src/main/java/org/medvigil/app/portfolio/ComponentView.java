package org.medvigil.app.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A component of a release's SBOM, with its support data (FDA C-06: level of support and
 * end-of-support date, or a note why they are unknown), editable after upload.
 *
 * @param identity what findings and assessments follow across releases (purl package key + version, or vendor + name + version)
 */
public record ComponentView(long id, long releaseId, int sbomRevision, String bomRef, String type, String name,
                            String version, String purl, List<String> cpes, String supplier, String manufacturer,
                            String group, Map<String, String> hashes, List<String> licenses, String parentRef,
                            String identity, Support support) {

    /**
     * @param note why support data is missing or how it was established (C-06 asks for a justification when unavailable)
     */
    public record Support(String level, LocalDate endOfSupport, String note, Instant updatedAt, String updatedBy) {
    }
}
