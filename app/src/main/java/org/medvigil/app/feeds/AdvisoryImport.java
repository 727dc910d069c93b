package org.medvigil.app.feeds;

import org.medvigil.app.findings.FindingChanges;

/** The answer to an advisory import: the stored document and what matching changed. */
public record AdvisoryImport(AdvisoryDocumentView document, FindingChanges findings) {
}
