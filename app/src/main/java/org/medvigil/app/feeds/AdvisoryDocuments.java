package org.medvigil.app.feeds;

import java.util.List;
import org.medvigil.app.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded advisory document with core's advisory readers: one OSV (JSON or YAML),
 * NVD CVE 2.0 or CSAF 2.0 document, or an OSV zip; the format is detected from the content.
 * PENDING core advisory readers (AdvisoryReaders.read / load) from the advisory branch.
 */
@Component
class AdvisoryDocuments {

    ParsedDocument parse(byte[] content, String fileName) {
        throw new BadRequestException("advisory readers are not available in this build yet", List.of());
    }
}
