package org.medvigil.core.sbom;

/**
 * Reads one SBOM format into an {@link Inventory}. One implementation per format, registered in
 * {@link SbomReaders}; the format is detected from content, never from the file name.
 */
public interface SbomReader {

    /** The format family, e.g. "CycloneDX JSON". */
    String name();

    /** Whether the document looks like this format, judged from its first bytes only. */
    boolean recognizes(DocumentHead head);

    /**
     * Reads the whole document.
     *
     * @param source a name for messages (usually the file name)
     * @throws org.medvigil.core.InvalidInputException with a one-line reason when the document is malformed
     */
    Inventory read(byte[] content, String source);
}
