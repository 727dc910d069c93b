package org.medvigil.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medvigil.core.purl.Cpe;
import org.medvigil.core.purl.Purl;

/** How SPDX 2 JSON, YAML and tag-value map onto an {@link Inventory}; the three must agree. */
class Spdx2ReadersTest {
    private final SbomReaders readers = SbomReaders.standard();

    static final String JSON = """
            {
              "relationships": [
                {"spdxElementId": "SPDXRef-fw", "relationshipType": "DEPENDS_ON", "relatedSpdxElement": "SPDXRef-openssl"},
                {"spdxElementId": "SPDXRef-zlib", "relationshipType": "DEPENDENCY_OF", "relatedSpdxElement": "SPDXRef-openssl"},
                {"spdxElementId": "SPDXRef-fw", "relationshipType": "CONTAINS", "relatedSpdxElement": "SPDXRef-busybox"},
                {"spdxElementId": "SPDXRef-gcc", "relationshipType": "BUILD_DEPENDENCY_OF", "relatedSpdxElement": "SPDXRef-fw"},
                {"spdxElementId": "SPDXRef-fw", "relationshipType": "CONTAINS", "relatedSpdxElement": "SPDXRef-File-1"},
                {"spdxElementId": "SPDXRef-fw", "relationshipType": "DEPENDS_ON", "relatedSpdxElement": "DocumentRef-x:SPDXRef-y"},
                {"spdxElementId": "SPDXRef-DOCUMENT", "relationshipType": "DESCRIBES", "relatedSpdxElement": "SPDXRef-fw"}
              ],
              "spdxVersion": "SPDX-2.3",
              "SPDXID": "SPDXRef-DOCUMENT",
              "name": "pump-firmware-4.2",
              "documentNamespace": "https://acme.example/spdx/pump-firmware-4.2",
              "creationInfo": {"created": "2025-03-01T09:00:00Z",
                               "creators": ["Tool: yocto-4.0", "Organization: Acme Medical (psirt@acme.example)", "Person: Jane Doe"]},
              "packages": [
                {"SPDXID": "SPDXRef-fw", "name": "pump-firmware", "versionInfo": "4.2.0", "primaryPackagePurpose": "FIRMWARE",
                 "supplier": "Organization: Acme Medical (psirt@acme.example)", "originator": "NOASSERTION",
                 "licenseConcluded": "NOASSERTION", "licenseDeclared": "LicenseRef-Proprietary", "validUntilDate": "2032-12-31T00:00:00Z"},
                {"SPDXID": "SPDXRef-openssl", "name": "openssl", "versionInfo": "3.0.13",
                 "supplier": "Organization: OpenSSL Foundation", "originator": "Organization: OpenSSL Project",
                 "checksums": [{"algorithm": "SHA256", "checksumValue": "ABCDEF0123"}, {"algorithm": "SHA1", "checksumValue": "00ff"}],
                 "externalRefs": [
                   {"referenceCategory": "PACKAGE-MANAGER", "referenceType": "purl", "referenceLocator": "pkg:generic/openssl@3.0.13"},
                   {"referenceCategory": "SECURITY", "referenceType": "cpe23Type", "referenceLocator": "cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*"},
                   {"referenceCategory": "SECURITY", "referenceType": "advisory", "referenceLocator": "https://example.org/adv"}],
                 "licenseConcluded": "Apache-2.0", "licenseDeclared": "Apache-2.0 OR MIT"},
                {"SPDXID": "SPDXRef-zlib", "name": "zlib", "versionInfo": "1.3", "licenseDeclared": "Zlib"},
                {"SPDXID": "SPDXRef-busybox", "name": "busybox", "versionInfo": "NOASSERTION"},
                {"SPDXID": "SPDXRef-gcc", "name": "gcc", "versionInfo": "13.2"}
              ],
              "files": [{"SPDXID": "SPDXRef-File-1", "fileName": "./etc/passwd"}]
            }
            """;

    static final String YAML = """
            spdxVersion: SPDX-2.3
            SPDXID: SPDXRef-DOCUMENT
            name: pump-firmware-4.2
            documentNamespace: https://acme.example/spdx/pump-firmware-4.2
            creationInfo:
              created: "2025-03-01T09:00:00Z"
              creators:
              - "Tool: yocto-4.0"
              - "Organization: Acme Medical (psirt@acme.example)"
              - "Person: Jane Doe"
            packages:
            - SPDXID: SPDXRef-fw
              name: pump-firmware
              versionInfo: 4.2.0
              primaryPackagePurpose: FIRMWARE
              supplier: "Organization: Acme Medical (psirt@acme.example)"
              originator: NOASSERTION
              licenseConcluded: NOASSERTION
              licenseDeclared: LicenseRef-Proprietary
              validUntilDate: "2032-12-31T00:00:00Z"
            - SPDXID: SPDXRef-openssl
              name: openssl
              versionInfo: 3.0.13
              supplier: "Organization: OpenSSL Foundation"
              originator: "Organization: OpenSSL Project"
              checksums:
              - algorithm: SHA256
                checksumValue: ABCDEF0123
              - algorithm: SHA1
                checksumValue: 00ff
              externalRefs:
              - referenceCategory: PACKAGE-MANAGER
                referenceType: purl
                referenceLocator: pkg:generic/openssl@3.0.13
              - referenceCategory: SECURITY
                referenceType: cpe23Type
                referenceLocator: "cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*"
              licenseConcluded: Apache-2.0
              licenseDeclared: Apache-2.0 OR MIT
            - SPDXID: SPDXRef-zlib
              name: zlib
              versionInfo: "1.3"
              licenseDeclared: Zlib
            - SPDXID: SPDXRef-busybox
              name: busybox
              versionInfo: NOASSERTION
            - SPDXID: SPDXRef-gcc
              name: gcc
              versionInfo: "13.2"
            relationships:
            - {spdxElementId: SPDXRef-fw, relationshipType: DEPENDS_ON, relatedSpdxElement: SPDXRef-openssl}
            - {spdxElementId: SPDXRef-zlib, relationshipType: DEPENDENCY_OF, relatedSpdxElement: SPDXRef-openssl}
            - {spdxElementId: SPDXRef-fw, relationshipType: CONTAINS, relatedSpdxElement: SPDXRef-busybox}
            - {spdxElementId: SPDXRef-gcc, relationshipType: BUILD_DEPENDENCY_OF, relatedSpdxElement: SPDXRef-fw}
            - {spdxElementId: SPDXRef-DOCUMENT, relationshipType: DESCRIBES, relatedSpdxElement: SPDXRef-fw}
            """;

    /** Tag-value with CRLF line ends, a multi-line text value and comments. */
    static final String TAG_VALUE = String.join("\r\n",
            "## Document", "SPDXVersion: SPDX-2.3", "DataLicense: CC0-1.0", "SPDXID: SPDXRef-DOCUMENT",
            "DocumentName: pump-firmware-4.2", "DocumentNamespace: https://acme.example/spdx/pump-firmware-4.2",
            "Creator: Tool: yocto-4.0", "Creator: Organization: Acme Medical (psirt@acme.example)", "Creator: Person: Jane Doe",
            "Created: 2025-03-01T09:00:00Z", "DocumentComment: <text>A comment",
            "PackageName: not a package, inside text", "</text>",
            "Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-fw", "",
            "PackageName: pump-firmware", "SPDXID: SPDXRef-fw", "PackageVersion: 4.2.0", "PrimaryPackagePurpose: FIRMWARE",
            "PackageSupplier: Organization: Acme Medical (psirt@acme.example)", "PackageOriginator: NOASSERTION",
            "PackageLicenseConcluded: NOASSERTION", "PackageLicenseDeclared: LicenseRef-Proprietary",
            "ValidUntilDate: 2032-12-31T00:00:00Z", "",
            "PackageName: openssl", "SPDXID: SPDXRef-openssl", "PackageVersion: 3.0.13",
            "PackageSupplier: Organization: OpenSSL Foundation", "PackageOriginator: Organization: OpenSSL Project",
            "PackageChecksum: SHA256: ABCDEF0123", "PackageChecksum: SHA1: 00ff",
            "ExternalRef: PACKAGE-MANAGER purl pkg:generic/openssl@3.0.13",
            "ExternalRef: SECURITY cpe23Type cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*",
            "PackageLicenseConcluded: Apache-2.0", "PackageLicenseDeclared: Apache-2.0 OR MIT",
            "PackageDescription: <text>multi", "line</text>", "",
            "PackageName: zlib", "SPDXID: SPDXRef-zlib", "PackageVersion: 1.3", "PackageLicenseDeclared: Zlib", "",
            "FileName: ./etc/passwd", "SPDXID: SPDXRef-File-1", "FileChecksum: SHA1: 1234", "",
            "PackageName: busybox", "SPDXID: SPDXRef-busybox", "PackageVersion: NOASSERTION",
            "PackageName: gcc", "SPDXID: SPDXRef-gcc", "PackageVersion: 13.2",
            "Relationship: SPDXRef-fw DEPENDS_ON SPDXRef-openssl",
            "Relationship: SPDXRef-zlib DEPENDENCY_OF SPDXRef-openssl",
            "Relationship: SPDXRef-fw CONTAINS SPDXRef-busybox",
            "Relationship: SPDXRef-gcc BUILD_DEPENDENCY_OF SPDXRef-fw",
            "Relationship: SPDXRef-fw CONTAINS SPDXRef-File-1", "");

    private Inventory read(String doc) {
        return readers.read(doc.getBytes(StandardCharsets.UTF_8), "doc");
    }

    @Test
    void jsonYamlAndTagValueOfOneDocumentGiveTheSameInventory() {
        Inventory json = read(JSON);
        assertThat(json.format()).isEqualTo("SPDX 2.3");
        for (String other : List.of(YAML, TAG_VALUE)) {
            Inventory inv = read(other);
            assertThat(inv.format()).isEqualTo("SPDX 2.3");
            assertThat(inv.components()).containsExactlyElementsOf(json.components());
            assertThat(inv.dependencies()).isEqualTo(json.dependencies());
            assertThat(inv.document()).isEqualTo(json.document());
            assertThat(inv.warnings()).isEmpty();
        }
    }

    @Test
    void creationInfoAndDescribedPackageMakeTheDocumentInfo() {
        DocumentInfo d = read(TAG_VALUE).document();
        assertThat(d.serialNumber()).isEqualTo("https://acme.example/spdx/pump-firmware-4.2");
        assertThat(d.name()).isEqualTo("pump-firmware-4.2");
        assertThat(d.created()).isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
        assertThat(d.tools()).containsExactly("yocto-4.0");
        assertThat(d.authors()).containsExactly("Acme Medical", "Jane Doe");
        assertThat(d.subject().bomRef()).isEqualTo("SPDXRef-fw");
    }

    @Test
    void packagesMapOntoComponents_C06() {
        List<Component> c = read(JSON).components();
        assertThat(c).extracting(Component::name).containsExactly("pump-firmware", "openssl", "zlib", "busybox", "gcc");
        Component fw = c.get(0);
        assertThat(fw.type()).isEqualTo("firmware");
        assertThat(fw.supplier()).isEqualTo("Acme Medical");
        assertThat(fw.manufacturer()).isNull();
        assertThat(fw.licenses()).containsExactly("LicenseRef-Proprietary");
        assertThat(fw.support()).isEqualTo(new Support(null, LocalDate.of(2032, 12, 31), "2032-12-31T00:00:00Z"));
        Component openssl = c.get(1);
        assertThat(openssl.manufacturer()).isEqualTo("OpenSSL Project");
        assertThat(openssl.purl()).isEqualTo(Purl.parse("pkg:generic/openssl@3.0.13"));
        assertThat(openssl.cpes()).containsExactly(Cpe.parse("cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*"));
        assertThat(openssl.hashes()).containsEntry("SHA-256", "abcdef0123").containsEntry("SHA-1", "00ff").hasSize(2);
        assertThat(openssl.licenses()).as("concluded wins over declared").containsExactly("Apache-2.0");
        assertThat(c.get(3).version()).isNull();
    }

    @Test
    void dependencyRelationshipsBetweenPackagesBecomeTheGraph() {
        Inventory inv = read(JSON);
        // DEPENDS_ON and CONTAINS forward, DEPENDENCY_OF reversed; build dependencies, files and
        // other documents' elements are not part of the shipped package graph.
        assertThat(inv.dependencies()).containsOnlyKeys("SPDXRef-fw", "SPDXRef-openssl");
        assertThat(inv.dependencies().get("SPDXRef-fw")).containsExactly("SPDXRef-openssl", "SPDXRef-busybox");
        assertThat(inv.dependencies().get("SPDXRef-openssl")).containsExactly("SPDXRef-zlib");
    }

    @Test
    void documentDescribesFieldNamesTheSubjectToo() {
        String doc = JSON.replace("\"relationshipType\": \"DESCRIBES\"", "\"relationshipType\": \"OTHER\"")
                .replace("\"SPDXID\": \"SPDXRef-DOCUMENT\",", "\"SPDXID\": \"SPDXRef-DOCUMENT\", \"documentDescribes\": [\"SPDXRef-openssl\"],");
        assertThat(read(doc).document().subject().name()).isEqualTo("openssl");
    }

    @Test
    void tagValueWithOldMacLineEndsReads() {
        Inventory inv = read(TAG_VALUE.replace("\r\n", "\r"));
        assertThat(inv.components()).hasSize(5);
        assertThat(inv.components().get(1).hashes()).hasSize(2);
    }

    @Test
    void packagesWithoutSpdxIdGetSyntheticIds() {
        Inventory inv = read("SPDXVersion: SPDX-2.2\nPackageName: a\nPackageVersion: 1\nPackageName: a\nPackageVersion: 1\n");
        assertThat(inv.components()).extracting(Component::bomRef).containsExactly("medvigil:a@1", "medvigil:a@1#2");
    }
}
