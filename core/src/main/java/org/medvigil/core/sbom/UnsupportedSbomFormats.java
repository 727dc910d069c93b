package org.medvigil.core.sbom;

import java.util.List;
import java.util.function.Predicate;
import org.medvigil.core.InvalidInputException;

/**
 * Recognises SBOM formats that are not read, to reject them with a reason and a way forward
 * rather than "not a recognised SBOM". Registered last, after every real reader.
 */
final class UnsupportedSbomFormats implements SbomReader {

    private record Known(String name, Predicate<DocumentHead> test, String advice) {
    }

    private static final String TO_SPDX_JSON =
            "convert it to SPDX JSON or tag-value (e.g. with the SPDX tools-java Convert command)";

    private final List<Known> known = List.of(
            new Known("SPDX RDF/XML", h -> h.startsWith('<') && h.contains("spdx.org/rdf/terms"), TO_SPDX_JSON),
            new Known("SPDX XML", h -> h.startsWith('<') && (h.contains("<spdxVersion>") || h.contains("<SpdxDocument")),
                    TO_SPDX_JSON),
            new Known("SPDX 3 document without the JSON-LD context",
                    h -> h.startsWith('{') && h.contains("\"@graph\"") && h.contains("spdx"),
                    "write it with the official SPDX 3 JSON-LD context"),
            new Known("CycloneDX (unknown serialisation)", h -> h.contains("cyclonedx.org/schema"),
                    "write it as CycloneDX JSON or XML"));

    @Override
    public String name() {
        return "unsupported formats";
    }

    @Override
    public boolean recognizes(DocumentHead head) {
        return known.stream().anyMatch(k -> k.test().test(head));
    }

    @Override
    public Inventory read(byte[] content, String source) {
        DocumentHead head = DocumentHead.of(content);
        Known k = known.stream().filter(x -> x.test().test(head)).findFirst()
                .orElseThrow(() -> new InvalidInputException(source, "not a recognised SBOM"));
        throw new InvalidInputException(source, k.name() + " is not supported: " + k.advice());
    }
}
