package org.medvigil.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.medvigil.core.InvalidInputException;

/**
 * Any truncation or corruption of a valid SBOM, in every format, either reads or is rejected
 * with a one-line {@link InvalidInputException}; never another exception.
 */
class MangledSbomInputTest {
    private static final List<String> DOCUMENTS = List.of(CycloneDxReadersTest.JSON, CycloneDxReadersTest.XML,
            Spdx2ReadersTest.JSON, Spdx2ReadersTest.YAML, Spdx2ReadersTest.TAG_VALUE, Spdx3JsonLdReaderTest.DOC);

    private final SbomReaders readers = SbomReaders.standard();

    @Provide
    Arbitrary<byte[]> truncated() {
        return Arbitraries.of(DOCUMENTS).flatMap(doc -> Arbitraries.integers().between(0, doc.length())
                .map(n -> doc.substring(0, n).getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<byte[]> corrupted() {
        return Arbitraries.of(DOCUMENTS).flatMap(doc -> {
            byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
            Arbitrary<Tuple.Tuple2<Integer, Byte>> change = Arbitraries.integers().between(0, bytes.length - 1)
                    .flatMap(i -> Arbitraries.bytes().map(b -> Tuple.of(i, b)));
            return change.list().ofMinSize(1).ofMaxSize(8).map(changes -> {
                byte[] copy = bytes.clone();
                changes.forEach(c -> copy[c.get1()] = c.get2());
                return copy;
            });
        });
    }

    @Property(tries = 300)
    void truncatedDocumentsReadOrFailWithOneLine(@ForAll("truncated") byte[] content) {
        readOrRejectCleanly(content);
    }

    @Property(tries = 500)
    void corruptedDocumentsReadOrFailWithOneLine(@ForAll("corrupted") byte[] content) {
        readOrRejectCleanly(content);
    }

    private void readOrRejectCleanly(byte[] content) {
        try {
            Inventory inv = readers.read(content, "mangled");
            assertThat(inv.components()).isNotNull();
        } catch (InvalidInputException e) {
            assertThat(e.oneLine()).startsWith("mangled: ").doesNotContain("\n");
        }
    }
}
