package org.medvigil.core.sbom;

import java.time.Instant;
import java.util.List;

/**
 * What an SBOM says about itself: the subject (device or software) it describes, who made it
 * and when. Fields are {@code null} when absent.
 *
 * @param subject   the component the SBOM describes (CycloneDX metadata.component, SPDX DESCRIBES), or null.
 *                  A CycloneDX subject is not one of {@link Inventory#components()} (its nested components
 *                  are); an SPDX described package is, as SPDX lists it with the other packages.
 */
public record DocumentInfo(String serialNumber, String name, Instant created, List<String> authors,
                           List<String> tools, Component subject) {
    public DocumentInfo {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tools = tools == null ? List.of() : List.copyOf(tools);
    }
}
