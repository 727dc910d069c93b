package org.medvigil.app.findings;

import java.util.List;
import java.util.Set;

/**
 * Told of every matching step's changes inside its transaction (an SBOM upload, an advisory
 * import, a feed sync), and of findings that became CISA KEV-listed when the catalogue grew, so
 * whatever it records (notifications) commits or rolls back with the change itself.
 */
public interface FindingsListener {
    void findingsChanged(FindingChanges changes);

    /** Existing findings whose CVE ids the KEV catalogue now lists ({@code cves}: the newly listed ids). */
    default void kevListed(List<Long> findingIds, Set<String> cves) {
    }
}
