package org.medvigil.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.testdata.SharedData;

/**
 * The CycloneDX specification's schema test BOMs (1.4 to 1.7, JSON and XML): every valid-* BOM
 * reads; invalid-* BOMs break the schema, not necessarily what a reader needs, so they may read
 * or be rejected, but a rejection must be a one-line {@link InvalidInputException}.
 */
class CycloneDxSpecTestBomsTest {
    private final SbomReaders readers = SbomReaders.standard();

    @Test
    void everyValidSpecTestBomReadsInEveryVersion_C06() throws IOException {
        List<String> failures = new ArrayList<>();
        int[] valid = new int[1];
        forEach("valid-", (file, outcome) -> {
            valid[0]++;
            if (outcome instanceof InvalidInputException e) {
                failures.add(e.oneLine());
            } else if (outcome instanceof Inventory inv && !inv.format().startsWith("CycloneDX 1.")) {
                failures.add(file + ": read as " + inv.format());
            }
        });
        System.out.printf("CycloneDX spec test BOMs: %d valid, %d failed%n", valid[0], failures.size());
        assertThat(valid[0]).isGreaterThan(200);
        assertThat(failures).as("first 20: %s", failures.subList(0, Math.min(20, failures.size()))).isEmpty();
    }

    @Test
    void invalidSpecTestBomsReadOrAreRejectedWithOneLine() throws IOException {
        List<String> failures = new ArrayList<>();
        int[] counts = new int[2];
        forEach("invalid-", (file, outcome) -> {
            if (outcome instanceof InvalidInputException e) {
                counts[1]++;
                if (!e.oneLine().startsWith(file + ": ") || e.oneLine().contains("\n")) {
                    failures.add(e.oneLine());
                }
            } else {
                counts[0]++;
            }
        });
        System.out.printf("CycloneDX spec invalid-* test BOMs: %d read, %d rejected%n", counts[0], counts[1]);
        assertThat(counts[0] + counts[1]).isGreaterThan(100);
        assertThat(failures).isEmpty();
    }

    private interface Outcome {
        void accept(Path file, Object outcome);
    }

    private void forEach(String prefix, Outcome outcome) throws IOException {
        Path root = SharedData.path("cyclonedx-spec/test-resources");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList()) {
                Object result;
                try {
                    result = readers.read(f);
                } catch (InvalidInputException e) {
                    result = e;
                }
                outcome.accept(f, result);
            }
        }
    }
}
