package org.medvigil.app.findings;

import java.util.Collection;
import java.util.List;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.sbom.Inventory;

/**
 * The changes a transaction makes to what is matched, handed out by
 * {@link IncrementalMatching#update}. Findings are reconciled in the same transaction; the
 * in-memory matching state follows only when it commits.
 */
public interface MatchingUpdate {

    /**
     * A release is now described by {@code inventory} (a new SBOM revision): its components are
     * matched against every advisory, and its findings reconciled.
     *
     * @param componentIds the stored id of each component, in inventory order
     */
    FindingChanges releaseInventoryReplaced(long releaseId, Inventory inventory, List<Long> componentIds);

    /**
     * Advisories were imported (new, or replacing earlier records of the same source and id):
     * only the components they name, or named before, are matched again.
     */
    FindingChanges advisoriesImported(Collection<Advisory> advisories);
}
