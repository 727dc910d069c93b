package org.medvigil.app.findings;

/** A product release that has findings: what a finding list can be narrowed to. */
public record FindingFacet(long productId, String productName, long releaseId, String releaseVersion) {
}
