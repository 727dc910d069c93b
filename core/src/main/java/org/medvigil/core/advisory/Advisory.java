package org.medvigil.core.advisory;

import java.time.Instant;
import java.util.List;

/**
 * One vulnerability as one source describes it: the unit of matching. A CSAF document with
 * three CVEs yields three advisories that share a {@link Provenance#document()}.
 *
 * @param id         the id the source gives this vulnerability (GHSA-…, PYSEC-…, GO-…, CVE-…)
 * @param aliases    other ids for the same vulnerability (never ids of documents that group several)
 * @param withdrawn  when the source withdrew it, else {@code null}; withdrawn advisories never match
 * @param affected   packages or products it affects, each with its version ranges
 * @param severities severity statements (CVSS vectors or textual ratings) as given
 * @param references URLs
 * @param cwes       CWE ids ("CWE-79")
 * @param upstream   ids of upstream vulnerabilities this one refers to (OSV {@code upstream}: a
 *                   distribution advisory's CVEs). Not aliases: an upstream id names a different
 *                   vulnerability record and must never be merged with this one.
 */
public record Advisory(String id, List<String> aliases, String summary, String details,
                       Instant published, Instant modified, Instant withdrawn,
                       List<AffectedPackage> affected, List<Severity> severities,
                       List<String> references, List<String> cwes, Provenance provenance,
                       List<String> upstream) {

    public Advisory {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        upstream = upstream == null ? List.of() : List.copyOf(upstream);
        affected = affected == null ? List.of() : List.copyOf(affected);
        severities = severities == null ? List.of() : List.copyOf(severities);
        references = references == null ? List.of() : List.copyOf(references);
        cwes = cwes == null ? List.of() : List.copyOf(cwes);
    }

    /** An advisory without upstream ids. */
    public Advisory(String id, List<String> aliases, String summary, String details,
                    Instant published, Instant modified, Instant withdrawn,
                    List<AffectedPackage> affected, List<Severity> severities,
                    List<String> references, List<String> cwes, Provenance provenance) {
        this(id, aliases, summary, details, published, modified, withdrawn, affected, severities,
                references, cwes, provenance, List.of());
    }

    /**
     * A one-line title: the summary, else the first sentence of the details (NVD records have
     * only a description), cut at 200 characters; {@code null} when there is neither.
     */
    public String headline() {
        String text = summary != null && !summary.isBlank() ? summary : details;
        if (text == null || text.isBlank()) {
            return null;
        }
        text = text.strip().replaceAll("\\s+", " ");
        int end = text.indexOf(". ");
        if (summary == null || summary.isBlank()) {
            text = end > 0 ? text.substring(0, end + 1) : text;
        }
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    public boolean isWithdrawn() {
        return withdrawn != null;
    }
}
