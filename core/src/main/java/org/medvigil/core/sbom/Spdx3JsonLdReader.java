package org.medvigil.core.sbom;

import com.fasterxml.jackson.core.JsonFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medvigil.core.InvalidInputException;

/**
 * SPDX 3.0 JSON-LD (the serialisation with the official {@code spdx-context.jsonld}, elements in
 * {@code @graph}). java-spdx-library's SPDX 3 JSON-LD store is not on our class path, and elements
 * refer to each other by id (a package's supplier is an Organization element, its licence a
 * LicenseExpression reached through a relationship), so the graph is read first as plain values
 * and resolved by {@link Spdx3Graph}. Not a general JSON-LD processor: documents must use the
 * official context's compact names, as the SPDX 3 serialisation specification requires.
 */
final class Spdx3JsonLdReader implements SbomReader {
    /** Elements include relationships, agents and licences besides packages; a bound like the others. */
    static final int MAX_ELEMENTS = 5 * InventoryBuilder.MAX_COMPONENTS;

    private static final Pattern CONTEXT_VERSION = Pattern.compile("spdx\\.org/rdf/(3\\.\\d+(?:\\.\\d+)?)/");

    private final JsonFactory factory = JsonInput.jsonFactory();

    @Override
    public String name() {
        return "SPDX 3 JSON-LD";
    }

    @Override
    public boolean recognizes(DocumentHead head) {
        return head.startsWith('{') && head.contains("\"@context\"") && head.contains("spdx.org/rdf/3.")
                && CONTEXT_VERSION.matcher(head.text()).find();
    }

    @Override
    public Inventory read(byte[] content, String source) {
        return JsonInput.read(factory, content, source, "JSON", in -> {
            in.rootObject("an SPDX 3 JSON-LD document");
            List<Map<String, Object>> graph = new ArrayList<>();
            String[] context = new String[1];
            in.object("document", name -> {
                switch (name) {
                    case "@context" -> context[0] = String.valueOf(in.value());
                    case "@graph" -> in.array(name, () -> {
                        if (graph.size() >= MAX_ELEMENTS) {
                            throw new InvalidInputException(source, "holds more than " + MAX_ELEMENTS
                                    + " elements, over the limit for one SBOM");
                        }
                        if (in.value() instanceof Map<?, ?> m) {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> element = (Map<String, Object>) m;
                            graph.add(element);
                        }
                    });
                    default -> in.skip();
                }
            });
            InventoryBuilder b = new InventoryBuilder(source);
            String trailing = in.trailingContent();
            if (trailing != null) {
                b.warn(trailing);
            }
            if (graph.isEmpty()) {
                throw new InvalidInputException(source, "SPDX 3 document has no elements in @graph");
            }
            return new Spdx3Graph(graph, b).inventory(contextVersion(context[0]));
        });
    }

    private static String contextVersion(String context) {
        if (context == null) {
            return null;
        }
        Matcher m = CONTEXT_VERSION.matcher(context);
        return m.find() ? m.group(1) : null;
    }
}
