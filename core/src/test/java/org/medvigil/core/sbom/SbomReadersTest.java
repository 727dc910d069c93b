package org.medvigil.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.medvigil.core.InvalidInputException;

/** Format detection and the registry itself. */
class SbomReadersTest {
    private final SbomReaders readers = SbomReaders.standard();

    private Inventory read(String doc) {
        return readers.read(doc.getBytes(StandardCharsets.UTF_8), "doc");
    }

    @Test
    void everyFormatIsRegisteredOnceInDetectionOrder() {
        assertThat(readers.formats()).containsExactly("CycloneDX JSON", "CycloneDX XML", "SPDX 2 JSON",
                "SPDX 3 JSON-LD", "SPDX 2 tag-value", "SPDX 2 YAML");
        assertThat(readers.maxBytes()).isEqualTo(SbomReaders.DEFAULT_MAX_BYTES);
    }

    @Test
    void identifyingFieldsAfterALongComponentListAreStillFound() {
        String padding = "{\"type\":\"library\",\"name\":\"pad\",\"version\":\"1\"},".repeat(3000);
        Inventory cdx = read("{\"components\":[" + padding + "{\"name\":\"last\"}],\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\"}");
        assertThat(cdx.format()).isEqualTo("CycloneDX 1.5");
        assertThat(cdx.components()).hasSize(3001);
        String pkgs = "{\"SPDXID\":\"SPDXRef-x\",\"name\":\"x\"},".repeat(3000);
        Inventory spdx = read("{\"packages\":[" + pkgs + "{\"name\":\"y\"}],\"spdxVersion\":\"SPDX-2.2\"}");
        assertThat(spdx.format()).isEqualTo("SPDX 2.2");
        assertThat(spdx.components()).hasSize(3001);
        assertThat(spdx.warnings()).hasSize(InventoryBuilder.MAX_WARNINGS + 1).first().asString()
                .isEqualTo("duplicate id \"SPDXRef-x\" (x) renamed to \"SPDXRef-x#2\"");
        assertThat(spdx.warnings()).last().isEqualTo("2799 more warnings not shown");
    }

    @Test
    void byteOrderMarkAndLeadingWhitespaceAreIgnored() {
        assertThat(read("\uFEFF\n  {\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.4\"}").format()).isEqualTo("CycloneDX 1.4");
    }

    @Test
    void cycloneDx10XmlWithoutMetadataReads() {
        Inventory inv = read("<?xml version=\"1.0\"?><bom xmlns=\"http://cyclonedx.org/schema/bom/1.0\" version=\"1\"><components>"
                + "<component type=\"library\"><name>a</name><version>1</version><purl>pkg:npm/a@1</purl></component></components></bom>");
        assertThat(inv.format()).isEqualTo("CycloneDX 1.0");
        assertThat(inv.document().subject()).isNull();
        assertThat(inv.components()).singleElement().extracting(Component::bomRef).isEqualTo("medvigil:pkg:npm/a@1");
    }

    @Test
    void unsupportedSerialisationsSayHowToGetAReadableOne() {
        assertThatThrownBy(() -> read("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                + "xmlns:spdx=\"http://spdx.org/rdf/terms#\"></rdf:RDF>"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("SPDX RDF/XML is not supported: convert it to SPDX JSON or tag-value (e.g. with the SPDX tools-java Convert command)");
        assertThatThrownBy(() -> read("<Document><spdxVersion>SPDX-2.3</spdxVersion></Document>"))
                .hasMessageStartingWith("SPDX XML is not supported");
        assertThatThrownBy(() -> read("<bom xmlns=\"http://example.org/not-cyclonedx\"/>"))
                .hasMessageStartingWith("not a recognised SBOM");
    }

    @Test
    void limitOutsideWhatAnArrayCanHoldIsABug() {
        assertThatThrownBy(() -> SbomReaders.standard(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SbomReaders.standard(Long.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
    }
}
