package org.medvigil.app.findings;

import java.time.LocalDate;
import java.util.List;

/**
 * Which customers and units a finding affects: the deployed units of its release, with their
 * sites and customers. For a customer, only its own units.
 */
public record AffectedView(long findingId, String vulnerabilityId, long releaseId, String productName,
                           String releaseVersion, long customers, int units, List<Unit> deployments) {

    public record Unit(long customerId, String customerName, long siteId, String siteName, long deploymentId,
                       String serialNumber, String udi, LocalDate installedSince) {
    }
}
