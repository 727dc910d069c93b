package org.medvigil.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvigil.core.InvalidInputException;

/**
 * Hostile and broken input (DESIGN "Errors, bad input"): every case ends in one
 * {@link InvalidInputException} line naming the file and the problem, with bounded memory and no
 * stack overflow. The inputs are generated here, in a temporary folder.
 */
class HostileSbomInputTest {
    private static final String CDX_HEAD = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",";

    @TempDir
    Path dir;

    private final SbomReaders readers = SbomReaders.standard();

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    /** Reading {@code file} fails with one line "file: ..." containing every fragment. */
    private AbstractThrowableAssert<?, ?> rejects(SbomReaders r, Path file, String... fragments) {
        AbstractThrowableAssert<?, ?> a = assertThatThrownBy(() -> r.read(file)).isInstanceOf(InvalidInputException.class);
        a.satisfies(e -> {
            String line = ((InvalidInputException) e).oneLine();
            assertThat(line).startsWith(file + ": ").doesNotContain("\n").hasSizeLessThan(400);
            for (String f : fragments) {
                assertThat(line).contains(f);
            }
        });
        return a;
    }

    private AbstractThrowableAssert<?, ?> rejects(Path file, String... fragments) {
        return rejects(readers, file, fragments);
    }

    @Test
    void truncatedCycloneDxJsonNamesLineAndColumn() throws IOException {
        Path f = write("bom.json", CDX_HEAD + "\n\"components\":[\n  {\"type\":\"library\",\"name\":\"zlib\",\"vers");
        rejects(f, "malformed JSON at line 3, column", "unexpected end of input");
    }

    @Test
    void truncatedSpdxJsonNamesLineAndColumn() throws IOException {
        Path f = write("doc.spdx.json", "{\"spdxVersion\":\"SPDX-2.3\",\n\"packages\":[{\"SPDXID\":\"SPDXRef-a\",");
        rejects(f, "malformed JSON at line 2", "unexpected end of input");
    }

    @Test
    void malformedJsonSaysWhatWasWrongWhere() throws IOException {
        Path f = write("bom.json", CDX_HEAD + "\n\"components\": [ {\"name\": \"a\" \"version\": \"1\"} ]}");
        rejects(f, "malformed JSON at line 2, column", "was expecting comma");
    }

    @Test
    void wrongJsonStructureIsRejectedWithTheField() throws IOException {
        rejects(write("bom.json", CDX_HEAD + "\"components\": {\"name\": \"a\"}}"), "'components' must be an array at line 1");
        rejects(write("doc.json", "{\"spdxVersion\":\"SPDX-2.3\",\"packages\":\"none\"}"), "'packages' must be an array");
    }

    @Test
    void truncatedAndMalformedXmlAreRejected() throws IOException {
        rejects(write("bom.xml", "<?xml version=\"1.0\"?>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\">\n<components><component type=\"library\"><name>zlib"),
                "bom.xml: ", "malformed XML");
        rejects(write("bad.xml", "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.5\"><components></bom>"),
                "malformed XML at line 1, column");
    }

    @Test
    void xmlExternalEntityIsRefusedBeforeAnythingIsResolved() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET");
        Path f = write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE bom [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"><components><component type=\"library\">"
                + "<name>&xxe;</name></component></components></bom>");
        rejects(f, "DOCTYPE is not accepted").satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET"));
    }

    @Test
    void xmlExternalDtdIsRefused() throws IOException {
        Path f = write("dtd.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE bom SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n"
                + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"/>");
        rejects(f, "DOCTYPE is not accepted");
    }

    @Test
    void xmlEntityExpansionBombIsRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE bom [<!ENTITY lol0 \"lollollollollollollollollollol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        Path f = write("bomb.xml", "<?xml version=\"1.0\"?>\n" + dtd + "\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\">"
                + "<components><component type=\"library\"><name>&lol9;</name></component></components></bom>");
        rejects(f, "DOCTYPE is not accepted");
    }

    @Test
    void xmlEntityReferenceWithoutDoctypeIsRefused() throws IOException {
        Path f = write("ref.xml", "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"><components><component type=\"library\">"
                + "<name>&xxe;</name></component></components></bom>");
        rejects(f, "ref.xml: ");
    }

    @Test
    void jsonNested100000DeepIsRejectedWithoutStackOverflow() throws IOException {
        int depth = 100_000;
        // Deep inside a field the reader skips, deep as nested components it recurses into, and
        // deep inside SPDX 2 and SPDX 3 documents.
        rejects(write("skipped.json", CDX_HEAD + "\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}"),
                "JSON nested deeper than 256 levels");
        rejects(write("components.json", CDX_HEAD + "\"components\":" + "[{\"components\":".repeat(depth)),
                "JSON nested deeper than 256 levels");
        rejects(write("spdx.json", "{\"spdxVersion\":\"SPDX-2.3\",\"packages\":[{\"x\":" + "{\"a\":".repeat(depth)),
                "JSON nested deeper than 256 levels");
        rejects(write("spdx3.json", "{\"@context\":\"https://spdx.org/rdf/3.0.1/spdx-context.jsonld\",\"@graph\":[{\"x\":"
                + "[".repeat(depth)), "JSON nested deeper than 256 levels");
    }

    @Test
    void xmlNested100000DeepIsRejected() throws IOException {
        int depth = 100_000;
        Path f = write("deep.xml", "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"><components>"
                + "<component type=\"library\"><components>".repeat(depth));
        rejects(f, "XML nested deeper than 256 levels");
    }

    @Test
    void yamlAliasesAreNeverExpandedAndRefusedWhereAValueIsRead() throws IOException {
        StringBuilder bomb = new StringBuilder("spdxVersion: SPDX-2.3\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 30; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
        }
        // 10^31 elements if expanded; streaming never expands, and the field is not read.
        assertThat(readers.read(write("bomb.yaml", bomb.toString())).components()).isEmpty();
        rejects(write("alias.yaml", "spdxVersion: SPDX-2.3\npackages:\n- SPDXID: SPDXRef-a\n  name: a\n"
                + "  versionInfo: &v \"1.0\"\n- SPDXID: SPDXRef-b\n  name: b\n  versionInfo: *v\n"),
                "YAML aliases (*v) are not supported", "line 8");
    }

    @Test
    void yamlNested100000DeepIsRejected() throws IOException {
        rejects(write("deep.yaml", "spdxVersion: SPDX-2.3\nx: " + "[".repeat(100_000)), "deep.yaml: ", "YAML");
        rejects(write("deeper.yaml", "spdxVersion: SPDX-2.3\nx:\n" + nestedBlockYaml(1000)), "deeper.yaml: ", "YAML");
    }

    private static String nestedBlockYaml(int depth) {
        StringBuilder y = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            y.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        return y.toString();
    }

    @Test
    void fileOverTheLimitIsRejectedFromItsSizeWithoutReading() throws IOException {
        Path big = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            // Sparse: takes no disk space and would take seconds to read.
            raf.setLength(SbomReaders.DEFAULT_MAX_BYTES + 1024 * 1024);
        }
        rejects(big, "file is 513 MiB, over the 512 MiB limit");
    }

    @Test
    void sizeLimitIsConfigurable() throws IOException {
        SbomReaders small = SbomReaders.standard(1024);
        Path f = write("bom.json", CDX_HEAD + "\"components\":[]," + "\"pad\":\"" + "x".repeat(2000) + "\"}");
        rejects(small, f, "file is 2", "over the 1024 bytes limit");
        assertThat(readers.read(f).components()).isEmpty();
        assertThatThrownBy(() -> small.read(new byte[2048], "mem")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("over the 1024 bytes limit");
    }

    @Test
    void unknownFormatsAreNamedAsSuch() throws IOException {
        rejects(write("notes.txt", "Just some notes about the device.\nNothing else."), "not a recognised SBOM",
                "expected CycloneDX JSON");
        rejects(write("other.json", "{\"name\":\"x\",\"components\":[]}"), "not a recognised SBOM");
        rejects(write("list.json", "[{\"purl\":\"pkg:npm/a@1\"}]"), "not a recognised SBOM");
    }

    @Test
    void binaryGarbageIsRejectedAsBinary() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        garbage[0] = 0;
        rejects(write("garbage.bin", garbage), "not a recognised SBOM", "binary");
        rejects(write("bom.json.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0}), "gzip-compressed");
        rejects(write("bom.zip", new byte[] {'P', 'K', 3, 4, 0, 0}), "zip archive");
    }

    @Test
    void emptyAndBlankFilesAreRejected() throws IOException {
        rejects(write("empty.json", ""), "file is empty");
        rejects(write("blank.json", " \n\t\r\n"), "only whitespace");
    }

    @Test
    void missingFileAndDirectoryAreRejected() {
        rejects(dir.resolve("nope.json"), "file not found");
        rejects(dir, "is a directory");
    }

    @Test
    void unsupportedVersionsAreRejectedAndNewerMinorVersionsWarn() throws IOException {
        rejects(write("v2.json", "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"2.0\"}"), "unsupported CycloneDX specVersion \"2.0\"");
        rejects(write("nover.json", "{\"bomFormat\":\"CycloneDX\"}"), "no specVersion");
        rejects(write("spdx1.spdx", "SPDXVersion: SPDX-1.2\n"), "unsupported SPDX version \"SPDX-1.2\"");
        Inventory newer = readers.read(write("v19.json", "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.9\",\"newField\":{}}"));
        assertThat(newer.format()).isEqualTo("CycloneDX 1.9");
        assertThat(newer.warnings()).singleElement().asString().contains("newer than the latest version known here (1.7)");
    }

    @Test
    void brokenTagValueIsRejectedWithTheLine() throws IOException {
        rejects(write("a.spdx", "SPDXVersion: SPDX-2.3\nPackageName: a\nthis line has no tag\n"),
                "malformed SPDX tag-value at line 3", "expected 'Tag: value'");
        rejects(write("b.spdx", "SPDXVersion: SPDX-2.3\nPackageName: a\nPackageComment: <text>never\nclosed\n"),
                "malformed SPDX tag-value at line 3", "<text> is never closed");
    }

    @Test
    void trailingJunkAfterACompleteJsonDocumentIsAWarning() throws IOException {
        Inventory inv = readers.read(write("junk.json", CDX_HEAD + "\"components\":[{\"name\":\"a\"}]}\nContact Us Terms of Use"));
        assertThat(inv.components()).hasSize(1);
        assertThat(inv.warnings()).singleElement().asString().contains("content after the end of the JSON document at line 2");
    }

    @Test
    void componentCountIsBoundedSoTinyEntriesCannotMultiplyMemory() throws IOException {
        String many = "{},".repeat(InventoryBuilder.MAX_COMPONENTS);
        rejects(write("many.json", CDX_HEAD + "\"components\":[" + many + "{}]}"),
                "lists more than 1000000 components, over the limit for one SBOM");
    }

    @Test
    void warningsAreBoundedWhateverTheDocumentHolds() throws IOException {
        String components = "{\"name\":\"a\",\"purl\":\"not-a-purl\"},".repeat(1000);
        Inventory inv = readers.read(write("many.json", CDX_HEAD + "\"components\":[" + components + "{\"name\":\"b\"}]}"));
        assertThat(inv.components()).hasSize(1001);
        assertThat(inv.warnings()).hasSize(InventoryBuilder.MAX_WARNINGS + 1);
        assertThat(inv.warnings().get(InventoryBuilder.MAX_WARNINGS)).isEqualTo("800 more warnings not shown");
    }
}
