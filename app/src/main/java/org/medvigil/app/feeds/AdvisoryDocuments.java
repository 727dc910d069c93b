package org.medvigil.app.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.advisory.AdvisoryLoad;
import org.medvigil.core.advisory.AdvisoryReaders;
import org.medvigil.core.advisory.LoadProblem;
import org.medvigil.core.advisory.Provenance;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded advisory document with core's advisory readers (the one place formats are
 * registered): one OSV JSON/YAML record, NVD CVE 2.0 file or CSAF 2.0 document is read from
 * memory; a zip (or gzip) goes through core's loader, which needs a file, so it is written to
 * a private temporary folder under its upload name and the folder is removed afterwards.
 * Locations in provenance and problems name the upload ({@code all.zip!GHSA-….json}), never
 * the temporary folder.
 */
@Component
class AdvisoryDocuments {
    private final AdvisoryReaders readers = AdvisoryReaders.standard();

    /**
     * @throws org.medvigil.core.InvalidInputException when a single document is malformed or not an advisory format
     */
    ParsedDocument parse(byte[] content, String fileName) {
        if (!isArchive(content)) {
            return new ParsedDocument(readers.read(content, fileName), List.of());
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("medvigil-import-");
            Path file = folder.resolve(fileName.replaceAll("[^A-Za-z0-9._-]", "_"));
            Files.write(file, content);
            AdvisoryLoad load = readers.load(List.of(file));
            String prefix = file.toString();
            List<Advisory> advisories = new ArrayList<>(load.advisories().size());
            for (Advisory a : load.advisories()) {
                advisories.add(relocated(a, prefix, fileName));
            }
            List<String> problems = load.problems().stream()
                    .map(p -> new LoadProblem(relative(p.file(), prefix, fileName), p.message()).oneLine()).toList();
            return new ParsedDocument(advisories, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("could not stage the upload for reading", e);
        } finally {
            delete(folder);
        }
    }

    /** A zip (PK) or gzip (1f 8b) archive, by its magic number. */
    private static boolean isArchive(byte[] c) {
        return c.length >= 4 && c[0] == 'P' && c[1] == 'K' && c[2] == 3 && c[3] == 4
                || c.length >= 2 && (c[0] & 0xff) == 0x1f && (c[1] & 0xff) == 0x8b;
    }

    private static Advisory relocated(Advisory a, String prefix, String fileName) {
        Provenance p = a.provenance();
        if (p == null) {
            return a;
        }
        Provenance moved = new Provenance(p.source(), relative(p.document(), prefix, fileName),
                relative(p.location(), prefix, fileName));
        return new Advisory(a.id(), a.aliases(), a.summary(), a.details(), a.published(), a.modified(), a.withdrawn(),
                a.affected(), a.severities(), a.references(), a.cwes(), moved, a.upstream());
    }

    private static String relative(String location, String prefix, String fileName) {
        return location != null && location.startsWith(prefix) ? fileName + location.substring(prefix.length()) : location;
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary folder is harmless; the import's outcome does not depend on it.
        }
    }
}
