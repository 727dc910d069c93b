package org.medvigil.bench;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic synthetic SBOMs of a given size, shaped like real ones: every component with
 * supplier, purl, CPE, two hashes, a licence, two support properties and three dependencies.
 * The same {@code seed} and size give the same bytes.
 */
public final class SyntheticSbom {
    /** The serialisations generated. */
    public enum Format { CYCLONEDX_JSON, CYCLONEDX_XML, SPDX_JSON, SPDX_TAG_VALUE }

    private SyntheticSbom() {
    }

    public static byte[] generate(Format format, int components, long seed) {
        Random random = new Random(seed);
        String s = switch (format) {
            case CYCLONEDX_JSON -> cycloneDxJson(components, random);
            case CYCLONEDX_XML -> cycloneDxXml(components, random);
            case SPDX_JSON -> spdxJson(components, random);
            case SPDX_TAG_VALUE -> spdxTagValue(components, random);
        };
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String name(int i) {
        return "lib" + i;
    }

    private static String version(int i) {
        return (i % 10) + "." + (i % 7) + "." + (i % 13);
    }

    private static String hex(Random r, int bytes) {
        StringBuilder b = new StringBuilder(bytes * 2);
        for (int i = 0; i < bytes; i++) {
            b.append(String.format(Locale.ROOT, "%02x", r.nextInt(256)));
        }
        return b.toString();
    }

    private static int dep(int i, int j, int n) {
        return (i * 7 + j) % n;
    }

    private static String cycloneDxJson(int n, Random r) {
        StringBuilder b = new StringBuilder(n * 1500);
        b.append("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"serialNumber\":\"urn:uuid:00000000-0000-0000-0000-000000000001\",")
                .append("\"version\":1,\"metadata\":{\"timestamp\":\"2025-01-01T00:00:00Z\",")
                .append("\"tools\":{\"components\":[{\"type\":\"application\",\"name\":\"synthetic\",\"version\":\"1\"}]},")
                .append("\"component\":{\"type\":\"device\",\"bom-ref\":\"device\",\"name\":\"Infusion pump\",\"version\":\"4.2\"}},\n")
                .append("\"components\":[\n");
        for (int i = 0; i < n; i++) {
            String purl = "pkg:maven/org.example/" + name(i) + "@" + version(i);
            b.append(i == 0 ? "" : ",\n")
                    .append("{\"type\":\"library\",\"bom-ref\":\"").append(purl).append("\",\"group\":\"org.example\",")
                    .append("\"name\":\"").append(name(i)).append("\",\"version\":\"").append(version(i)).append("\",")
                    .append("\"supplier\":{\"name\":\"Example Corp\",\"url\":[\"https://example.org\"]},")
                    .append("\"description\":\"Synthetic library number ").append(i).append("\",")
                    .append("\"hashes\":[{\"alg\":\"SHA-256\",\"content\":\"").append(hex(r, 32)).append("\"},")
                    .append("{\"alg\":\"SHA-1\",\"content\":\"").append(hex(r, 20)).append("\"}],")
                    .append("\"licenses\":[{\"license\":{\"id\":\"Apache-2.0\"}}],")
                    .append("\"purl\":\"").append(purl).append("\",")
                    .append("\"cpe\":\"cpe:2.3:a:example:").append(name(i)).append(':').append(version(i)).append(":*:*:*:*:*:*:*\",")
                    .append("\"externalReferences\":[{\"type\":\"website\",\"url\":\"https://example.org/").append(name(i)).append("\"}],")
                    .append("\"properties\":[{\"name\":\"cdx:fda:level-of-support\",\"value\":\"actively maintained\"},")
                    .append("{\"name\":\"cdx:fda:end-of-support-date\",\"value\":\"2030-12-31\"}]}");
        }
        b.append("\n],\n\"dependencies\":[\n");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",\n").append("{\"ref\":\"pkg:maven/org.example/").append(name(i)).append('@').append(version(i))
                    .append("\",\"dependsOn\":[");
            for (int j = 1; j <= 3; j++) {
                int d = dep(i, j, n);
                b.append(j == 1 ? "" : ",").append("\"pkg:maven/org.example/").append(name(d)).append('@').append(version(d)).append('"');
            }
            b.append("]}");
        }
        return b.append("\n]}\n").toString();
    }

    private static String cycloneDxXml(int n, Random r) {
        StringBuilder b = new StringBuilder(n * 1500);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\" ")
                .append("serialNumber=\"urn:uuid:00000000-0000-0000-0000-000000000001\" version=\"1\">\n")
                .append("<metadata><timestamp>2025-01-01T00:00:00Z</timestamp><component type=\"device\" bom-ref=\"device\">")
                .append("<name>Infusion pump</name><version>4.2</version></component></metadata>\n<components>\n");
        for (int i = 0; i < n; i++) {
            String purl = "pkg:maven/org.example/" + name(i) + "@" + version(i);
            b.append("<component type=\"library\" bom-ref=\"").append(purl).append("\">")
                    .append("<supplier><name>Example Corp</name><url>https://example.org</url></supplier>")
                    .append("<group>org.example</group><name>").append(name(i)).append("</name><version>").append(version(i))
                    .append("</version><description>Synthetic library number ").append(i).append("</description>")
                    .append("<hashes><hash alg=\"SHA-256\">").append(hex(r, 32)).append("</hash><hash alg=\"SHA-1\">")
                    .append(hex(r, 20)).append("</hash></hashes>")
                    .append("<licenses><license><id>Apache-2.0</id></license></licenses>")
                    .append("<cpe>cpe:2.3:a:example:").append(name(i)).append(':').append(version(i)).append(":*:*:*:*:*:*:*</cpe>")
                    .append("<purl>").append(purl).append("</purl>")
                    .append("<properties><property name=\"cdx:fda:level-of-support\">actively maintained</property>")
                    .append("<property name=\"cdx:fda:end-of-support-date\">2030-12-31</property></properties></component>\n");
        }
        b.append("</components>\n<dependencies>\n");
        for (int i = 0; i < n; i++) {
            b.append("<dependency ref=\"pkg:maven/org.example/").append(name(i)).append('@').append(version(i)).append("\">");
            for (int j = 1; j <= 3; j++) {
                int d = dep(i, j, n);
                b.append("<dependency ref=\"pkg:maven/org.example/").append(name(d)).append('@').append(version(d)).append("\"/>");
            }
            b.append("</dependency>\n");
        }
        return b.append("</dependencies>\n</bom>\n").toString();
    }

    private static String spdxJson(int n, Random r) {
        StringBuilder b = new StringBuilder(n * 1500);
        b.append("{\"spdxVersion\":\"SPDX-2.3\",\"dataLicense\":\"CC0-1.0\",\"SPDXID\":\"SPDXRef-DOCUMENT\",\"name\":\"device-fw\",")
                .append("\"documentNamespace\":\"https://example.org/spdx/device-fw-4.2\",")
                .append("\"creationInfo\":{\"created\":\"2025-01-01T00:00:00Z\",\"creators\":[\"Tool: synthetic-1\",\"Organization: Example Corp\"]},")
                .append("\"documentDescribes\":[\"SPDXRef-root\"],\n\"packages\":[\n")
                .append("{\"SPDXID\":\"SPDXRef-root\",\"name\":\"device-fw\",\"versionInfo\":\"4.2\",\"downloadLocation\":\"NOASSERTION\"}");
        for (int i = 0; i < n; i++) {
            b.append(",\n{\"SPDXID\":\"SPDXRef-Package-").append(i).append("\",\"name\":\"").append(name(i))
                    .append("\",\"versionInfo\":\"").append(version(i)).append("\",\"downloadLocation\":\"NOASSERTION\",")
                    .append("\"supplier\":\"Organization: Example Corp\",\"originator\":\"Organization: Upstream\",\"filesAnalyzed\":false,")
                    .append("\"licenseConcluded\":\"Apache-2.0\",\"licenseDeclared\":\"Apache-2.0 OR MIT\",\"copyrightText\":\"NOASSERTION\",")
                    .append("\"checksums\":[{\"algorithm\":\"SHA256\",\"checksumValue\":\"").append(hex(r, 32)).append("\"},")
                    .append("{\"algorithm\":\"SHA1\",\"checksumValue\":\"").append(hex(r, 20)).append("\"}],")
                    .append("\"externalRefs\":[{\"referenceCategory\":\"PACKAGE-MANAGER\",\"referenceType\":\"purl\",")
                    .append("\"referenceLocator\":\"pkg:maven/org.example/").append(name(i)).append('@').append(version(i)).append("\"},")
                    .append("{\"referenceCategory\":\"SECURITY\",\"referenceType\":\"cpe23Type\",\"referenceLocator\":\"cpe:2.3:a:example:")
                    .append(name(i)).append(':').append(version(i)).append(":*:*:*:*:*:*:*\"}],")
                    .append("\"description\":\"Synthetic library number ").append(i).append("\"}");
        }
        b.append("\n],\n\"relationships\":[\n{\"spdxElementId\":\"SPDXRef-DOCUMENT\",\"relationshipType\":\"DESCRIBES\",\"relatedSpdxElement\":\"SPDXRef-root\"}");
        for (int i = 0; i < n; i++) {
            b.append(",\n{\"spdxElementId\":\"SPDXRef-root\",\"relationshipType\":\"CONTAINS\",\"relatedSpdxElement\":\"SPDXRef-Package-")
                    .append(i).append("\"}");
            for (int j = 1; j <= 2; j++) {
                b.append(",\n{\"spdxElementId\":\"SPDXRef-Package-").append(i)
                        .append("\",\"relationshipType\":\"DEPENDS_ON\",\"relatedSpdxElement\":\"SPDXRef-Package-").append(dep(i, j, n)).append("\"}");
            }
        }
        return b.append("\n]}\n").toString();
    }

    private static String spdxTagValue(int n, Random r) {
        StringBuilder b = new StringBuilder(n * 1000);
        b.append("SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\nSPDXID: SPDXRef-DOCUMENT\nDocumentName: device-fw\n")
                .append("DocumentNamespace: https://example.org/spdx/device-fw-4.2\nCreator: Tool: synthetic-1\n")
                .append("Creator: Organization: Example Corp\nCreated: 2025-01-01T00:00:00Z\n")
                .append("Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-root\n\n")
                .append("PackageName: device-fw\nSPDXID: SPDXRef-root\nPackageVersion: 4.2\nPackageDownloadLocation: NOASSERTION\n");
        for (int i = 0; i < n; i++) {
            b.append("\nPackageName: ").append(name(i)).append("\nSPDXID: SPDXRef-Package-").append(i)
                    .append("\nPackageVersion: ").append(version(i))
                    .append("\nPackageSupplier: Organization: Example Corp\nPackageOriginator: Organization: Upstream")
                    .append("\nPackageDownloadLocation: NOASSERTION\nFilesAnalyzed: false")
                    .append("\nPackageChecksum: SHA256: ").append(hex(r, 32))
                    .append("\nPackageChecksum: SHA1: ").append(hex(r, 20))
                    .append("\nPackageLicenseConcluded: Apache-2.0\nPackageLicenseDeclared: Apache-2.0 OR MIT")
                    .append("\nPackageCopyrightText: NOASSERTION")
                    .append("\nExternalRef: PACKAGE-MANAGER purl pkg:maven/org.example/").append(name(i)).append('@').append(version(i))
                    .append("\nExternalRef: SECURITY cpe23Type cpe:2.3:a:example:").append(name(i)).append(':').append(version(i))
                    .append(":*:*:*:*:*:*:*\n");
        }
        b.append('\n');
        for (int i = 0; i < n; i++) {
            b.append("Relationship: SPDXRef-root CONTAINS SPDXRef-Package-").append(i).append('\n');
            for (int j = 1; j <= 2; j++) {
                b.append("Relationship: SPDXRef-Package-").append(i).append(" DEPENDS_ON SPDXRef-Package-").append(dep(i, j, n)).append('\n');
            }
        }
        return b.toString();
    }
}
