package org.medvigil.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.testdata.SharedData;

/**
 * Every file of the shared real SBOM collections either reads or is rejected with a stated reason;
 * which one is fixed per file below. Everything not listed must read with at least one component.
 */
class SharedSbomSamplesTest {

    /** Files that must be rejected, and a fragment of the one-line reason. */
    private static final Map<String, String> REJECTED = Map.ofEntries(
            // Not SBOMs: documentation, dataset metadata, checksum files.
            Map.entry("README.md", "not a recognised SBOM"),
            Map.entry("bom-shelter-in-the-wild/cyclonedx-in-the-wild-dataset-metadata.csv", "not a recognised SBOM"),
            Map.entry("bom-shelter-in-the-wild/spdx-in-the-wild-dataset-metadata.csv", "not a recognised SBOM"),
            Map.entry("spdx-examples/software/example10/spdx2.3/shas", "not a recognised SBOM"),
            Map.entry("spdx-examples/software/example12/spdx2.2/hello-dist.spdx.json.sha256", "binary data"),
            Map.entry("spdx-examples/software/example12/spdx2.2/hello-src.spdx.json.sha256", "binary data"),
            // Tool-specific JSON, not an SBOM standard (SCANOSS list despite its "-cdx" name; ScanCode.io results).
            Map.entry("bom-shelter-in-the-wild/cyclonedx/scanoss-sbom-cdx.json", "not a recognised SBOM"),
            Map.entry("embedded/nexB/LibreSolar-v21.0-Source.json", "not a recognised SBOM"),
            // SPDX serialisations not read: RDF/XML and XML.
            Map.entry("ntia-conformance/missing_author_name/SPDXRdfExample-v2.3.spdx.rdf.xml", "SPDX RDF/XML is not supported"),
            Map.entry("ntia-conformance/missing_component_name/SPDXRdfExample.rdf", "SPDX RDF/XML is not supported"),
            Map.entry("ntia-conformance/missing_component_version/SPDXRdfExample-v2.3.spdx.rdf.xml", "SPDX RDF/XML is not supported"),
            Map.entry("ntia-conformance/missing_dependency_relationships/SPDXRdfExample-v2.3.spdx.rdf.xml", "SPDX RDF/XML is not supported"),
            Map.entry("ntia-conformance/missing_supplier_name/SPDXRdfExample-v2.3.spdx.rdf.xml", "SPDX RDF/XML is not supported"),
            Map.entry("ntia-conformance/missing_timestamp/SPDXRdfExample-v2.3.spdx.rdf.xml", "SPDX RDF/XML is not supported"),
            Map.entry("ntia-conformance/no_elements_missing/SPDXRdfExample-v2.3.spdx.rdf.xml", "SPDX RDF/XML is not supported"),
            Map.entry("ntia-conformance/missing_component_name/SPDXXmlExample.xml", "SPDX XML is not supported"),
            Map.entry("ntia-conformance/missing_component_version/SPDXXMLExample-v2.3.spdx.xml", "SPDX XML is not supported"),
            Map.entry("ntia-conformance/missing_dependency_relationships/SPDXXMLExample-v2.3.spdx.xml", "SPDX XML is not supported"),
            Map.entry("ntia-conformance/missing_supplier_name/SPDXXMLExample-v2.3.spdx.xml", "SPDX XML is not supported"),
            Map.entry("ntia-conformance/missing_timestamp/SPDXXMLExample-v2.3.spdx.xml", "SPDX XML is not supported"),
            Map.entry("ntia-conformance/missing_unique_identifiers/SPDXXMLExample-v2.3.spdx.xml", "SPDX XML is not supported"),
            // The pre-2.2 draft JSON/YAML shape ({"Document": {...}}, packages inside documentDescribes).
            Map.entry("ntia-conformance/missing_component_name/SPDXJsonExample.json", "\"Document\" wrapper"),
            Map.entry("ntia-conformance/missing_component_name/SPDXYamlExample.yaml", "\"Document\" wrapper"));

    /** Files that read but genuinely list no package or component. */
    private static final Set<String> NO_COMPONENTS = Set.of(
            // SPDX 2.1 document of files only.
            "bom-shelter-in-the-wild/spdx/usbutils.spdx",
            // Yocto runtime documents: only relationships to packages in other documents.
            "embedded/OpenEmbedded/runtime-python3-pyyaml.spdx.json",
            "embedded/OpenEmbedded/runtime-python3-pyyaml-dbg.spdx.json",
            "embedded/OpenEmbedded/runtime-python3-pyyaml-dev.spdx.json",
            "embedded/OpenEmbedded/runtime-python3-pyyaml-src.spdx.json",
            "embedded/OpenEmbedded/runtime-time.spdx.json",
            "embedded/OpenEmbedded/runtime-time-dbg.spdx.json",
            "embedded/OpenEmbedded/runtime-time-dev.spdx.json",
            "embedded/OpenEmbedded/runtime-time-doc.spdx.json",
            "embedded/OpenEmbedded/runtime-time-src.spdx.json",
            // SPDX 3 document describing one software_File.
            "spdx-examples/software/example7/spdx3.0/example7-bin.spdx3.json");

    private final SbomReaders readers = SbomReaders.standard();

    @Test
    void everySbomSampleReadsOrIsRejectedAsListed_C06() throws IOException {
        Path root = SharedData.path("sbom-samples");
        List<String> failures = check(root, REJECTED, NO_COMPONENTS);
        assertThat(failures).as(report(failures)).isEmpty();
    }

    @Test
    void everyCycloneDxExampleSbomReadsWithComponents_C06() throws IOException {
        Path root = SharedData.path("cyclonedx-bom-examples/SBOM");
        List<String> failures = check(root, Map.of(), Set.of());
        assertThat(failures).as(report(failures)).isEmpty();
    }

    @Test
    void theExpectationTablesNameOnlyExistingFiles() {
        Path root = SharedData.path("sbom-samples");
        Stream.concat(REJECTED.keySet().stream(), NO_COMPONENTS.stream())
                .forEach(f -> assertThat(root.resolve(f)).as(f).isRegularFile());
    }

    private List<String> check(Path root, Map<String, String> rejected, Set<String> empty) throws IOException {
        List<String> failures = new ArrayList<>();
        int read = 0;
        int refused = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = root.relativize(file).toString().replace('\\', '/');
                String expectedReason = rejected.get(rel);
                try {
                    Inventory inv = readers.read(file);
                    read++;
                    if (expectedReason != null) {
                        failures.add(rel + ": read (" + inv.format() + ") but should be rejected: " + expectedReason);
                    } else if (inv.components().isEmpty() != empty.contains(rel)) {
                        failures.add(rel + ": " + inv.components().size() + " components, expected "
                                + (empty.contains(rel) ? "none" : "some"));
                    }
                } catch (InvalidInputException e) {
                    refused++;
                    String line = e.oneLine();
                    if (expectedReason == null) {
                        failures.add(rel + ": rejected: " + line);
                    } else if (!line.contains(expectedReason) || !line.startsWith(file.toString() + ": ")
                            || line.contains("\n")) {
                        failures.add(rel + ": rejected with " + line + " (expected one line naming the file and \""
                                + expectedReason + "\")");
                    }
                }
            }
        }
        System.out.printf("%s: %d read, %d rejected%n", root.getFileName(), read, refused);
        return failures;
    }

    private static String report(List<String> failures) {
        return failures.size() + " unexpected outcomes, first 20:\n  "
                + String.join("\n  ", failures.subList(0, Math.min(20, failures.size())));
    }
}
