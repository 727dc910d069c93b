package org.medvigil.core.sbom;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The components of one SBOM document, whatever its format: the input to matching.
 *
 * @param source       where it was read from (file name), for messages and reports
 * @param format       format and spec version as a person reads it: "CycloneDX 1.6", "SPDX 2.3"
 * @param document     what the document says about itself
 * @param components   every component, nested ones flattened (see {@link Component#parentRef()})
 * @param dependencies bomRef to the bomRefs it depends on directly
 * @param warnings     non-fatal problems met while reading (an invalid purl dropped, ...)
 */
public record Inventory(String source, String format, DocumentInfo document, List<Component> components,
                        Map<String, Set<String>> dependencies, List<String> warnings) {
    public Inventory {
        components = List.copyOf(components);
        dependencies = dependencies == null ? Map.of() : Map.copyOf(dependencies);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
