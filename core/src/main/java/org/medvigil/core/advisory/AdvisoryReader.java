package org.medvigil.core.advisory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    /** Whether {@link #read(InputStream, String, Consumer)} streams, so files beyond the whole-document limit can be read. */
    default boolean streams() {
        return false;
    }

    /**
     * Reads every advisory from a stream. The default reads the stream whole and calls
     * {@link #read(byte[], String, Consumer)}; a reader for formats that come as very large
     * files (NVD) overrides it to stream. The caller bounds the stream's size, and closes it.
     *
     * @throws UncheckedIOException when the stream cannot be read
     */
    default void read(InputStream content, String location, Consumer<Advisory> sink) {
        byte[] bytes;
        try {
            bytes = content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        read(bytes, location, sink);
    }
}
