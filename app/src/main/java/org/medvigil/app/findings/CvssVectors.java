package org.medvigil.app.findings;

import java.util.List;

/** Checks the CVSS vectors of an assessment with core's strict parser. PENDING core risk merge. */
final class CvssVectors {
    private CvssVectors() {
    }

    static void check(List<String> vectors) {
        // PENDING: Cvss.score(vector) for each, BadRequestException naming the vector on failure.
    }
}
