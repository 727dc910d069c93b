package org.medvigil.core.advisory;

/**
 * A severity statement as the source gives it.
 *
 * @param type   CVSS_V2, CVSS_V3, CVSS_V4 (vector in {@code value}) or a textual type (e.g. "ECOSYSTEM", "GHSA")
 * @param value  the vector or the rating text ("HIGH")
 */
public record Severity(String type, String value) {
    public boolean isCvss() {
        return type != null && type.startsWith("CVSS_");
    }
}
