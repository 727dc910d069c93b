package org.medvigil.app.portfolio;

import org.medvigil.app.findings.FindingChanges;

/** The answer to an SBOM upload: the stored revision and what matching found. */
public record SbomUpload(SbomDocumentView sbom, FindingChanges findings) {
}
