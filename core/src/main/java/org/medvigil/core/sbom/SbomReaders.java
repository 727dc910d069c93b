package org.medvigil.core.sbom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medvigil.core.InvalidInputException;

/**
 * The one place SBOM readers are registered. Detects the format from the content (never the
 * file name), checks the size before reading anything, and reads with the reader that
 * recognises the document. Thread-safe: readers keep no state between documents.
 *
 * <p>Every failure is an {@link InvalidInputException} whose {@link InvalidInputException#oneLine()}
 * names the file and the problem, e.g. {@code bom.json: malformed JSON at line 3, column 17:
 * unexpected end of input}.
 */
public final class SbomReaders {
    /** Default upper bound on an SBOM's size: far above real SBOMs (a few MB), far below memory trouble. */
    public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

    /** What a Java array can hold; a larger limit could not be honoured. */
    private static final long ARRAY_LIMIT = Integer.MAX_VALUE - 8;

    private final List<SbomReader> readers;
    private final long maxBytes;

    private SbomReaders(List<SbomReader> readers, long maxBytes) {
        if (maxBytes <= 0 || maxBytes > ARRAY_LIMIT) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + ARRAY_LIMIT + ": " + maxBytes);
        }
        this.readers = List.copyOf(readers);
        this.maxBytes = maxBytes;
    }

    /** Every supported format, with the {@link #DEFAULT_MAX_BYTES} size limit. */
    public static SbomReaders standard() {
        return standard(DEFAULT_MAX_BYTES);
    }

    /** Every supported format, rejecting documents larger than {@code maxBytes}. */
    public static SbomReaders standard(long maxBytes) {
        return new SbomReaders(List.of(
                new CycloneDxJsonReader(),
                new CycloneDxXmlReader(),
                new SpdxJsonReader(),
                new Spdx3JsonLdReader(),
                new SpdxTagValueReader(),
                new SpdxYamlReader(),
                // Last: gives unsupported formats a reason instead of "not recognised".
                new UnsupportedSbomFormats()), maxBytes);
    }

    /** The names of the formats read, e.g. "CycloneDX JSON", in detection order. */
    public List<String> formats() {
        List<String> names = new ArrayList<>();
        for (SbomReader r : readers) {
            if (!(r instanceof UnsupportedSbomFormats)) {
                names.add(r.name());
            }
        }
        return names;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads {@code content} with the first reader that recognises it. */
    public Inventory read(byte[] content, String source) {
        checkSize(content.length, source);
        DocumentHead head = DocumentHead.of(content);
        if (head.text().isEmpty()) {
            throw new InvalidInputException(source, content.length == 0 ? "file is empty" : "file holds only whitespace");
        }
        for (SbomReader r : readers) {
            if (r.recognizes(head)) {
                return r.read(content, source);
            }
        }
        throw new InvalidInputException(source, unrecognised(content, head));
    }

    /** Reads a file, named in messages as given; its size is checked before anything is read. */
    public Inventory read(Path file) {
        String source = file.toString();
        byte[] content;
        try {
            if (Files.isDirectory(file)) {
                throw new InvalidInputException(source, "is a directory, not an SBOM file");
            }
            checkSize(Files.size(file), source);
            try (InputStream in = Files.newInputStream(file)) {
                // Bounded even if the file grows after the size check.
                content = in.readNBytes((int) maxBytes + 1);
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(source, "file not found", e);
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(source, "permission denied", e);
        } catch (IOException e) {
            throw new InvalidInputException(source, "cannot read: " + e.getMessage(), e);
        }
        return read(content, source);
    }

    private void checkSize(long size, String source) {
        if (size > maxBytes) {
            throw new InvalidInputException(source, "file is " + mib(size) + ", over the " + mib(maxBytes)
                    + " limit for an SBOM");
        }
    }

    private static String mib(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes < 1024 * 1024) {
            return bytes + " bytes";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }

    private String unrecognised(byte[] content, DocumentHead head) {
        String expected = "expected " + String.join(", ", formats());
        if (content.length >= 2 && (content[0] & 0xff) == 0x1f && (content[1] & 0xff) == 0x8b) {
            return "not a recognised SBOM: the file is gzip-compressed; decompress it first";
        }
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return "not a recognised SBOM: the file is a zip archive; extract the SBOM first";
        }
        if (head.text().indexOf('\0') >= 0) {
            return "not a recognised SBOM: the file is binary data (" + expected + ")";
        }
        return "not a recognised SBOM (" + expected + ")";
    }
}
