package org.medvigil.core.advisory;

import java.util.function.Consumer;
import org.medvigil.core.sbom.DocumentHead;

/**
 * Reads one advisory format (OSV JSON, OSV YAML, NVD CVE 2.0, CSAF 2.0) into {@link Advisory}
 * records, streaming them to a consumer so large files are never held whole as objects. One
 * implementation per format, registered in {@link AdvisoryReaders}.
 */
public interface AdvisoryReader {

    /** The format, e.g. "OSV JSON". */
    String name();

    /** Whether the document looks like this format, judged from its first bytes only. */
    boolean recognizes(DocumentHead head);

    /**
     * Reads every advisory in the document.
     *
     * @param location a name for messages and provenance (file, or zip!entry)
     * @throws org.medvigil.core.InvalidInputException with a one-line reason when malformed
     */
    void read(byte[] content, String location, Consumer<Advisory> sink);
}
