package org.medvigil.core.report;

import org.medvigil.core.sbom.Inventory;

/** One SBOM that was scanned. */
public record ScannedSbom(String file, Inventory inventory) {
    public String format() {
        return inventory.format();
    }

    public int components() {
        return inventory.components().size();
    }
}
