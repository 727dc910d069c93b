package org.medvigil.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medvigil.core.purl.Cpe;
import org.medvigil.core.purl.Purl;

/** How CycloneDX JSON and XML map onto an {@link Inventory}; both serialisations of one BOM must agree. */
class CycloneDxReadersTest {
    private final SbomReaders readers = SbomReaders.standard();

    static final String JSON = """
            {
              "bomFormat": "CycloneDX", "specVersion": "1.6",
              "serialNumber": "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79", "version": 1,
              "metadata": {
                "timestamp": "2025-03-01T10:00:00+01:00",
                "authors": [{"name": "Jane Doe"}, {"email": "psirt@acme.example"}],
                "tools": {"components": [{"type": "application", "group": "acme", "name": "sbom-gen", "version": "2.1"}],
                          "services": [{"provider": {"name": "Acme Cloud"}, "name": "enricher"}]},
                "component": {"type": "device", "bom-ref": "device", "name": "Infusion Pump", "version": "4.2",
                  "manufacturer": {"name": "Acme Medical"},
                  "components": [{"type": "firmware", "bom-ref": "fw", "name": "pump-firmware", "version": "4.2.0"}]}
              },
              "components": [
                {"type": "library", "bom-ref": "openssl", "supplier": {"name": "OpenSSL Foundation"},
                 "manufacturer": {"name": "OpenSSL Project"}, "publisher": "Someone else", "group": "",
                 "name": "openssl", "version": "3.0.13", "purl": "pkg:generic/openssl@3.0.13",
                 "cpe": "cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*",
                 "hashes": [{"alg": "SHA-256", "content": "ABCDEF0123"}, {"alg": "SHA-1", "content": "00ff"}],
                 "licenses": [{"license": {"id": "Apache-2.0"}}],
                 "properties": [{"name": "cdx:fda:level-of-support", "value": "actively maintained"},
                                {"name": "cdx:fda:end-of-support-date", "value": "2026-09-07"},
                                {"name": "cdx:fda:level-of-support", "value": "ignored repeat"}],
                 "components": [{"type": "library", "name": "libcrypto", "version": "3.0.13", "author": "OpenSSL devs"}]},
                {"type": "library", "name": "zlib", "version": "1.3", "publisher": "Jean-loup Gailly",
                 "licenses": [{"license": {"name": "zlib License"}}, {"expression": "Zlib OR MIT"}],
                 "properties": [{"name": "cdx:lifecycle:milestone:endOfSupport", "value": "2030-01-01T00:00:00Z"},
                                {"name": "Level of Support", "value": "no longer maintained"}]},
                {"type": "library", "name": "zlib", "version": "1.3", "purl": "not a purl",
                 "cpe": "cpe:2.3:a:too:few", "authors": [{"name": "Mark Adler"}]},
                {"type": "library", "bom-ref": "openssl", "name": "openssl-dup", "version": "1"}
              ],
              "dependencies": [
                {"ref": "device", "dependsOn": ["fw", "openssl"]},
                {"ref": "openssl", "dependsOn": []}
              ],
              "vulnerabilities": [{"id": "CVE-2024-0001"}]
            }
            """;

    static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bom xmlns="http://cyclonedx.org/schema/bom/1.6" xmlns:x="urn:example:ext"
                 serialNumber="urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79" version="1">
              <metadata>
                <timestamp>2025-03-01T10:00:00+01:00</timestamp>
                <authors><author><name>Jane Doe</name></author><author><email>psirt@acme.example</email></author></authors>
                <tools>
                  <components><component type="application"><group>acme</group><name>sbom-gen</name><version>2.1</version></component></components>
                  <services><service><provider><name>Acme Cloud</name></provider><name>enricher</name></service></services>
                </tools>
                <component type="device" bom-ref="device">
                  <manufacturer><name>Acme Medical</name></manufacturer>
                  <name>Infusion Pump</name><version>4.2</version>
                  <components><component type="firmware" bom-ref="fw"><name>pump-firmware</name><version>4.2.0</version></component></components>
                </component>
              </metadata>
              <components>
                <component type="library" bom-ref="openssl">
                  <supplier><name>OpenSSL Foundation</name></supplier>
                  <manufacturer><name>OpenSSL Project</name></manufacturer>
                  <publisher>Someone else</publisher><group></group>
                  <name>openssl</name><version>3.0.13</version>
                  <hashes><hash alg="SHA-256">ABCDEF0123</hash><hash alg="SHA-1">00ff</hash></hashes>
                  <licenses><license><id>Apache-2.0</id></license></licenses>
                  <cpe>cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*</cpe>
                  <purl>pkg:generic/openssl@3.0.13</purl>
                  <x:extension><x:name>not a field</x:name></x:extension>
                  <properties>
                    <property name="cdx:fda:level-of-support">actively maintained</property>
                    <property name="cdx:fda:end-of-support-date">2026-09-07</property>
                    <property name="cdx:fda:level-of-support">ignored repeat</property>
                  </properties>
                  <components><component type="library"><author>OpenSSL devs</author><name>libcrypto</name><version>3.0.13</version></component></components>
                </component>
                <component type="library">
                  <publisher>Jean-loup Gailly</publisher><name>zlib</name><version>1.3</version>
                  <licenses><license><name>zlib License</name></license><expression>Zlib OR MIT</expression></licenses>
                  <properties>
                    <property name="cdx:lifecycle:milestone:endOfSupport">2030-01-01T00:00:00Z</property>
                    <property name="Level of Support">no longer maintained</property>
                  </properties>
                </component>
                <component type="library">
                  <authors><author><name>Mark Adler</name></author></authors>
                  <name>zlib</name><version>1.3</version><cpe>cpe:2.3:a:too:few</cpe><purl>not a purl</purl>
                </component>
                <component type="library" bom-ref="openssl"><name>openssl-dup</name><version>1</version></component>
              </components>
              <dependencies>
                <dependency ref="device"><dependency ref="fw"/><dependency ref="openssl"/></dependency>
                <dependency ref="openssl"/>
              </dependencies>
            </bom>
            """;

    private Inventory read(String doc, String name) {
        return readers.read(doc.getBytes(StandardCharsets.UTF_8), name);
    }

    @Test
    void jsonAndXmlSerialisationsOfOneBomGiveTheSameInventory() {
        Inventory json = read(JSON, "bom");
        Inventory xml = read(XML, "bom");
        assertThat(xml.format()).isEqualTo(json.format()).isEqualTo("CycloneDX 1.6");
        assertThat(xml.components()).containsExactlyElementsOf(json.components());
        assertThat(xml.dependencies()).isEqualTo(json.dependencies());
        assertThat(xml.document()).isEqualTo(json.document());
        assertThat(xml.warnings()).isEqualTo(json.warnings());
    }

    @Test
    void metadataDescribesTheDeviceAndItsNestedFirmwareIsListed() {
        for (String doc : List.of(JSON, XML)) {
            Inventory inv = read(doc, "bom");
            DocumentInfo d = inv.document();
            assertThat(d.serialNumber()).isEqualTo("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79");
            assertThat(d.name()).isEqualTo("Infusion Pump");
            assertThat(d.created()).isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
            assertThat(d.authors()).containsExactly("Jane Doe", "psirt@acme.example");
            assertThat(d.tools()).containsExactly("acme sbom-gen 2.1", "Acme Cloud enricher");
            assertThat(d.subject().type()).isEqualTo("device");
            assertThat(d.subject().manufacturer()).isEqualTo("Acme Medical");
            // The subject is not a listed component; its nested firmware is, as its child.
            assertThat(inv.components()).extracting(Component::bomRef).doesNotContain("device");
            assertThat(inv.components().get(0).bomRef()).isEqualTo("fw");
            assertThat(inv.components().get(0).parentRef()).isEqualTo("device");
        }
    }

    @Test
    void componentFieldsMapOntoTheInventory_C06() {
        Component openssl = read(JSON, "bom").components().get(1);
        assertThat(openssl.bomRef()).isEqualTo("openssl");
        assertThat(openssl.supplier()).isEqualTo("OpenSSL Foundation");
        assertThat(openssl.manufacturer()).isEqualTo("OpenSSL Project");
        assertThat(openssl.group()).isNull();
        assertThat(openssl.purl()).isEqualTo(Purl.parse("pkg:generic/openssl@3.0.13"));
        assertThat(openssl.cpes()).containsExactly(Cpe.parse("cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*"));
        assertThat(openssl.hashes()).containsOnly(
                org.assertj.core.api.Assertions.entry("SHA-256", "abcdef0123"), org.assertj.core.api.Assertions.entry("SHA-1", "00ff"));
        assertThat(openssl.licenses()).containsExactly("Apache-2.0");
        assertThat(openssl.properties()).containsEntry("cdx:fda:level-of-support", "actively maintained");
        assertThat(openssl.support()).isEqualTo(new Support("actively maintained", LocalDate.of(2026, 9, 7)));
    }

    @Test
    void nestedComponentsAreFlattenedAfterTheirParentWithASyntheticIdWhenTheyHaveNone() {
        List<Component> c = read(JSON, "bom").components();
        assertThat(c).extracting(Component::name)
                .containsExactly("pump-firmware", "openssl", "libcrypto", "zlib", "zlib", "openssl-dup");
        Component libcrypto = c.get(2);
        assertThat(libcrypto.parentRef()).isEqualTo("openssl");
        assertThat(libcrypto.bomRef()).isEqualTo("medvigil:libcrypto@3.0.13");
        assertThat(libcrypto.manufacturer()).isEqualTo("OpenSSL devs");
        // Two components with the same name and version and no id get distinct, stable ids.
        assertThat(c.get(3).bomRef()).isEqualTo("medvigil:zlib@1.3");
        assertThat(c.get(4).bomRef()).isEqualTo("medvigil:not a purl");
        assertThat(read(JSON, "again").components()).extracting(Component::bomRef)
                .containsExactlyElementsOf(c.stream().map(Component::bomRef).toList());
    }

    @Test
    void manufacturerFallsBackToPublisherThenAuthor() {
        List<Component> c = read(JSON, "bom").components();
        assertThat(c.get(3).manufacturer()).isEqualTo("Jean-loup Gailly");
        assertThat(c.get(4).manufacturer()).isEqualTo("Mark Adler");
        assertThat(c.get(3).licenses()).containsExactly("zlib License", "Zlib OR MIT");
    }

    @Test
    void supportComesFromLifecycleAndInformalPropertiesToo_C06() {
        Component zlib = read(XML, "bom").components().get(3);
        assertThat(zlib.support()).isEqualTo(new Support("no longer maintained", LocalDate.of(2030, 1, 1), "2030-01-01T00:00:00Z"));
    }

    @Test
    void invalidIdentifiersAndDuplicateIdsAreWarningsNotFailures() {
        Inventory inv = read(JSON, "bom");
        Component bad = inv.components().get(4);
        assertThat(bad.purl()).isNull();
        assertThat(bad.cpes()).isEmpty();
        Component dup = inv.components().get(5);
        assertThat(dup.bomRef()).isEqualTo("openssl#2");
        assertThat(inv.warnings()).hasSize(3);
        assertThat(inv.warnings().get(0)).startsWith("component \"zlib 1.3\" (medvigil:not a purl): invalid purl \"not a purl\" dropped: ");
        assertThat(inv.warnings().get(1)).startsWith("component \"zlib 1.3\" (medvigil:not a purl): invalid CPE \"cpe:2.3:a:too:few\" dropped: ");
        assertThat(inv.warnings().get(2)).isEqualTo("duplicate id \"openssl\" (openssl-dup 1) renamed to \"openssl#2\"");
    }

    @Test
    void dependencyGraphKeepsEmptyEntriesWhichMeanNoDependencies() {
        Inventory inv = read(XML, "bom");
        assertThat(inv.dependencies()).containsOnlyKeys("device", "openssl");
        assertThat(inv.dependencies().get("device")).containsExactly("fw", "openssl");
        assertThat(inv.dependencies().get("openssl")).isEmpty();
    }

    @Test
    void formatIsDetectedFromContentNotFromTheFileName() {
        assertThat(read(JSON, "bom.xml").format()).isEqualTo("CycloneDX 1.6");
        assertThat(read(XML, "bom.json").format()).isEqualTo("CycloneDX 1.6");
    }

    @Test
    void cycloneDx17FieldsAndLegacyToolsAreRead() {
        String v17 = """
                {"bomFormat":"CycloneDX","specVersion":"1.7","metadata":{"tools":[{"vendor":"Acme","name":"old-tool","version":"1"}]},
                 "components":[{"type":"library","name":"ext","versionRange":"vers:npm/>=1.0.0|<2.0.0","isExternal":true,
                   "patentAssertions":[{"assertionType":"ownership"}],"licenses":[{"expression":"MIT","expressionDetails":[]}]}]}
                """;
        Inventory inv = read(v17, "bom");
        assertThat(inv.format()).isEqualTo("CycloneDX 1.7");
        assertThat(inv.document().tools()).containsExactly("Acme old-tool 1");
        assertThat(inv.components()).singleElement().satisfies(c -> {
            assertThat(c.version()).isNull();
            assertThat(c.licenses()).containsExactly("MIT");
        });
        assertThat(inv.warnings()).isEmpty();
    }
}
