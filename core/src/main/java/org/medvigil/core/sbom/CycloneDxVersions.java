package org.medvigil.core.sbom;

import java.util.List;
import org.medvigil.core.InvalidInputException;

/** The CycloneDX spec versions read, and what a version string says about support for it. */
final class CycloneDxVersions {
    /** Versions whose fields the readers know; JSON exists since 1.2, XML since 1.0. */
    static final List<String> KNOWN = List.of("1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7");
    static final String LATEST = "1.7";

    private CycloneDxVersions() {
    }

    /**
     * Checks a specVersion: known versions read silently; a later 1.x reads with a warning, since
     * CycloneDX 1.x only ever adds fields; anything else is rejected.
     */
    static String check(String version, InventoryBuilder b) {
        if (version == null) {
            throw new InvalidInputException(b.source(), "CycloneDX document has no specVersion");
        }
        if (KNOWN.contains(version)) {
            return version;
        }
        if (version.matches("1\\.\\d{1,3}")) {
            b.warn("CycloneDX " + version + " is newer than the latest version known here (" + LATEST
                    + "); fields added since are ignored");
            return version;
        }
        throw new InvalidInputException(b.source(), "unsupported CycloneDX specVersion " + Text.quote(version)
                + " (supported: 1.0 to " + LATEST + ")");
    }
}
