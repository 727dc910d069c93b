package org.medvigil.core.report;

import org.medvigil.core.match.Finding;

/** A finding as reported: with its severity and the SBOM it came from. */
public record ReportedFinding(Finding finding, FindingSeverity severity, String sbom) {
}
