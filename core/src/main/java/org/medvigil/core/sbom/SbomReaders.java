package org.medvigil.core.sbom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.medvigil.core.InvalidInputException;

/** The one place SBOM readers are registered; detects the format from content and reads. PLACEHOLDER. */
public final class SbomReaders {
    private final List<SbomReader> readers;

    private SbomReaders(List<SbomReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public static SbomReaders standard() {
        return new SbomReaders(List.of());
    }

    /** Reads {@code content} with the first reader that recognises it. */
    public Inventory read(byte[] content, String source) {
        DocumentHead head = DocumentHead.of(content);
        for (SbomReader r : readers) {
            if (r.recognizes(head)) {
                return r.read(content, source);
            }
        }
        throw new InvalidInputException(source, "not a recognised SBOM (expected CycloneDX JSON/XML or SPDX JSON/tag-value)");
    }

    public Inventory read(Path file) {
        try {
            return read(Files.readAllBytes(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }
}
