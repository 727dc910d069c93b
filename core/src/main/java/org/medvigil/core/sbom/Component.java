package org.medvigil.core.sbom;

import java.util.List;
import java.util.Map;
import org.medvigil.core.purl.Cpe;
import org.medvigil.core.purl.Purl;

/**
 * One software (or hardware/device) component as an SBOM lists it, whatever the format.
 * Text fields are {@code null} when the document leaves them out; collections are never null.
 *
 * @param bomRef       the document-local id (CycloneDX bom-ref, SPDX SPDXID), unique in its inventory; a
 *                     component without one gets a stable synthetic id starting with {@code medvigil:}
 * @param type         the component type as the format names it (library, firmware, device, operating-system, ...)
 * @param supplier     the organisation that supplied it
 * @param manufacturer the organisation that made it (CycloneDX manufacturer/author/publisher, SPDX originator)
 * @param group        the group or namespace the format gives (CycloneDX group)
 * @param purl         the package URL, or {@code null}; an invalid purl in the document is dropped with a warning
 * @param cpes         CPE names (CycloneDX cpe, SPDX cpe22Type/cpe23Type references)
 * @param hashes       algorithm, spelt the CycloneDX way whatever the format (SHA-256, SHA3-512, BLAKE2b-256;
 *                     SPDX's SHA256 becomes SHA-256), to lowercase hex digest
 * @param licenses     SPDX ids or expressions, or licence names where no id is given
 * @param parentRef    bomRef of the enclosing component for nested components, else {@code null}
 * @param support      level of support and end-of-support date (FDA C-06), or {@link Support#UNKNOWN}
 * @param properties   name/value properties the document attaches (first value wins on repeats)
 */
public record Component(String bomRef, String type, String supplier, String manufacturer, String group,
                        String name, String version, Purl purl, List<Cpe> cpes, Map<String, String> hashes,
                        List<String> licenses, String parentRef, Support support,
                        Map<String, String> properties) {

    public Component {
        cpes = cpes == null ? List.of() : List.copyOf(cpes);
        hashes = hashes == null ? Map.of() : Map.copyOf(hashes);
        licenses = licenses == null ? List.of() : List.copyOf(licenses);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        support = support == null ? Support.UNKNOWN : support;
    }

    /** The vendor to match vendor/product-named advisories against: manufacturer, else supplier, else group. */
    public String vendor() {
        if (manufacturer != null && !manufacturer.isBlank()) {
            return manufacturer;
        }
        if (supplier != null && !supplier.isBlank()) {
            return supplier;
        }
        return group;
    }
}
