package org.medvigil.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.medvigil.core.purl.Cpe;
import org.medvigil.core.purl.Purl;

/** How an SPDX 3.0 JSON-LD graph maps onto an {@link Inventory}. */
class Spdx3JsonLdReaderTest {
    private final SbomReaders readers = SbomReaders.standard();

    static final String DOC = """
            {
              "@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld",
              "@graph": [
                {"type": "CreationInfo", "@id": "_:ci", "specVersion": "3.0.1", "created": "2025-03-01T09:00:00Z",
                 "createdBy": ["urn:acme:jane"], "createdUsing": ["urn:acme:tool"]},
                {"type": "Person", "spdxId": "urn:acme:jane", "name": "Jane Doe", "creationInfo": "_:ci"},
                {"type": "Tool", "spdxId": "urn:acme:tool", "name": "sbom-gen 2", "creationInfo": "_:ci"},
                {"type": "Organization", "spdxId": "urn:acme:org", "name": "Acme Medical", "creationInfo": "_:ci"},
                {"type": "Organization", "spdxId": "urn:openssl:org", "name": "OpenSSL Project", "creationInfo": "_:ci"},
                {"type": "SpdxDocument", "spdxId": "urn:acme:doc", "name": "pump-firmware-4.2", "creationInfo": "_:ci",
                 "rootElement": ["urn:acme:sbom"]},
                {"type": "software_Sbom", "spdxId": "urn:acme:sbom", "creationInfo": "_:ci", "rootElement": ["urn:acme:fw"]},
                {"type": "software_Package", "spdxId": "urn:acme:fw", "name": "pump-firmware", "creationInfo": "_:ci",
                 "software_packageVersion": "4.2.0", "software_primaryPurpose": "firmware", "suppliedBy": "urn:acme:org",
                 "supportLevel": ["limitedSupport"], "validUntilTime": "2032-12-31T00:00:00Z",
                 "verifiedUsing": [{"type": "PackageVerificationCode", "algorithm": "sha1", "hashValue": "ffff"}]},
                {"type": "software_Package", "spdxId": "urn:acme:openssl", "name": "openssl", "creationInfo": "_:ci",
                 "software_packageVersion": "3.0.13", "software_primaryPurpose": "https://spdx.org/rdf/3.0.1/terms/Software/SoftwarePurpose/library",
                 "originatedBy": ["urn:openssl:org"],
                 "externalIdentifier": [
                   {"type": "ExternalIdentifier", "externalIdentifierType": "packageUrl", "identifier": "pkg:generic/openssl@3.0.13"},
                   {"type": "ExternalIdentifier", "externalIdentifierType": "cpe23", "identifier": "cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*"},
                   {"type": "ExternalIdentifier", "externalIdentifierType": "swhid", "identifier": "swh:1:cnt:94a9ed024d3859793618152ea559a168bbcbb5e2"}],
                 "verifiedUsing": [{"type": "Hash", "algorithm": "sha256", "hashValue": "ABCDEF0123"},
                                   {"type": "Hash", "algorithm": "https://spdx.org/rdf/3.0.1/terms/Core/HashAlgorithm/sha3_256", "hashValue": "11"}],
                 "supportLevel": "support"},
                {"type": "software_Package", "spdxId": "urn:acme:cmake", "name": "cmake", "creationInfo": "_:ci",
                 "software_packageVersion": "3.28", "software_packageUrl": "pkg:generic/cmake@3.28", "software_primaryPurpose": "operatingSystem"},
                {"type": "software_File", "spdxId": "urn:acme:file", "name": "./etc/passwd", "creationInfo": "_:ci"},
                {"type": "simplelicensing_LicenseExpression", "spdxId": "urn:acme:lic1", "simplelicensing_licenseExpression": "Apache-2.0",
                 "creationInfo": "_:ci"},
                {"type": "simplelicensing_LicenseExpression", "spdxId": "urn:acme:lic2", "simplelicensing_licenseExpression": "Apache-2.0 OR MIT",
                 "creationInfo": "_:ci"},
                {"type": "Relationship", "spdxId": "urn:r1", "from": "urn:acme:openssl", "relationshipType": "hasDeclaredLicense",
                 "to": ["urn:acme:lic2"], "creationInfo": "_:ci"},
                {"type": "Relationship", "spdxId": "urn:r2", "from": "urn:acme:openssl", "relationshipType": "hasConcludedLicense",
                 "to": ["urn:acme:lic1"], "creationInfo": "_:ci"},
                {"type": "Relationship", "spdxId": "urn:r3", "from": "urn:acme:fw", "relationshipType": "dependsOn",
                 "to": ["urn:acme:openssl", "urn:acme:file"], "creationInfo": "_:ci"},
                {"type": "LifecycleScopedRelationship", "spdxId": "urn:r4", "from": "urn:acme:fw", "relationshipType": "dependsOn",
                 "to": ["urn:acme:cmake"], "scope": "build", "creationInfo": "_:ci"},
                {"type": "Relationship", "spdxId": "urn:r5", "from": "urn:acme:fw", "relationshipType": "hasStaticLink",
                 "to": ["urn:acme:openssl"], "creationInfo": "_:ci"},
                {"type": "Relationship", "spdxId": "urn:r6", "from": "urn:acme:fw", "relationshipType": "hasDeclaredLicense",
                 "to": ["https://spdx.org/licenses/MIT"], "creationInfo": "_:ci"}
              ]
            }
            """;

    private Inventory read(String doc) {
        return readers.read(doc.getBytes(StandardCharsets.UTF_8), "doc.spdx3.json");
    }

    @Test
    void documentInfoComesFromTheSpdxDocumentItsCreationInfoAndTheSbomRoot() {
        Inventory inv = read(DOC);
        assertThat(inv.format()).isEqualTo("SPDX 3.0.1");
        DocumentInfo d = inv.document();
        assertThat(d.serialNumber()).isEqualTo("urn:acme:doc");
        assertThat(d.name()).isEqualTo("pump-firmware-4.2");
        assertThat(d.created()).isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
        assertThat(d.authors()).containsExactly("Jane Doe");
        assertThat(d.tools()).containsExactly("sbom-gen 2");
        assertThat(d.subject().bomRef()).isEqualTo("urn:acme:fw");
        assertThat(inv.warnings()).isEmpty();
    }

    @Test
    void supportLevelAndValidUntilTimeAreTheSupportStatement_C06() {
        Component fw = read(DOC).components().get(0);
        assertThat(fw.support()).isEqualTo(new Support("limitedSupport", LocalDate.of(2032, 12, 31), "2032-12-31T00:00:00Z"));
        assertThat(read(DOC).components().get(1).support()).isEqualTo(new Support("support", null, null));
    }

    @Test
    void packagesMapOntoComponentsWithAgentsAndLicencesResolved() {
        Inventory inv = read(DOC);
        assertThat(inv.components()).extracting(Component::name).containsExactly("pump-firmware", "openssl", "cmake");
        Component fw = inv.components().get(0);
        assertThat(fw.type()).isEqualTo("firmware");
        assertThat(fw.supplier()).isEqualTo("Acme Medical");
        assertThat(fw.hashes()).as("a verification code is not a hash of the package").isEmpty();
        assertThat(fw.licenses()).containsExactly("MIT");
        Component openssl = inv.components().get(1);
        assertThat(openssl.type()).isEqualTo("library");
        assertThat(openssl.manufacturer()).isEqualTo("OpenSSL Project");
        assertThat(openssl.purl()).isEqualTo(Purl.parse("pkg:generic/openssl@3.0.13"));
        assertThat(openssl.cpes()).containsExactly(Cpe.parse("cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*"));
        assertThat(openssl.hashes()).containsEntry("SHA-256", "abcdef0123").containsEntry("SHA3-256", "11");
        assertThat(openssl.licenses()).as("concluded wins over declared").containsExactly("Apache-2.0");
        Component cmake = inv.components().get(2);
        assertThat(cmake.type()).isEqualTo("operating-system");
        assertThat(cmake.purl()).isEqualTo(Purl.parse("pkg:generic/cmake@3.28"));
    }

    @Test
    void dependenciesLeaveOutBuildScopeFilesAndDuplicates() {
        Inventory inv = read(DOC);
        assertThat(inv.dependencies()).containsOnlyKeys("urn:acme:fw");
        assertThat(inv.dependencies().get("urn:acme:fw")).containsExactly("urn:acme:openssl");
    }

    @Test
    void embeddedCreationInfoAndNewerVersionsAreRead() {
        String doc = """
                {"@context": "https://spdx.org/rdf/3.1/spdx-context.jsonld", "@graph": [
                  {"type": "SpdxDocument", "spdxId": "urn:d", "creationInfo": {"type": "CreationInfo", "specVersion": "3.1",
                    "created": "2026-01-01T00:00:00Z", "createdBy": [{"type": "Organization", "name": "Inline Org"}]}},
                  {"type": "software_Package", "spdxId": "urn:p", "name": "p", "software_packageVersion": "1"}]}
                """;
        Inventory inv = read(doc);
        assertThat(inv.format()).isEqualTo("SPDX 3.1");
        assertThat(inv.warnings()).singleElement().asString().contains("newer than the latest version known here (3.0)");
        assertThat(inv.document().authors()).containsExactly("Inline Org");
        assertThat(inv.document().created()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(inv.components()).singleElement().extracting(Component::bomRef).isEqualTo("urn:p");
    }
}
