package org.medvigil.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.medvigil.core.InvalidInputException;

/**
 * Any truncation or corruption of a valid SBOM, in every format, either reads or is rejected
 * with a one-line {@link InvalidInputException}; never another exception. Inputs are drawn
 * from a fixed seed, so a failure is reproducible.
 */
class MangledSbomInputTest {
    private static final List<String> DOCUMENTS = List.of(CycloneDxReadersTest.JSON, CycloneDxReadersTest.XML,
            Spdx2ReadersTest.JSON, Spdx2ReadersTest.YAML, Spdx2ReadersTest.TAG_VALUE, Spdx3JsonLdReaderTest.DOC);

    private final SbomReaders readers = SbomReaders.standard();

    @Test
    void everyTruncationReadsOrFailsWithOneLine() {
        for (String doc : DOCUMENTS) {
            byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
            for (int cut = 0; cut < bytes.length; cut += Math.max(1, bytes.length / 150)) {
                readOrRejectCleanly(java.util.Arrays.copyOf(bytes, cut));
            }
        }
    }

    @Test
    void randomCorruptionsReadOrFailWithOneLine() {
        SplittableRandom random = new SplittableRandom(20261125L);
        for (int trial = 0; trial < 600; trial++) {
            byte[] bytes = DOCUMENTS.get(random.nextInt(DOCUMENTS.size())).getBytes(StandardCharsets.UTF_8);
            int changes = 1 + random.nextInt(4);
            for (int c = 0; c < changes; c++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            readOrRejectCleanly(bytes);
        }
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
