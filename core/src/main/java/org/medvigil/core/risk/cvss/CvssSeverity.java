package org.medvigil.core.risk.cvss;

/**
 * Qualitative severity of a CVSS score. v3.x and v4.0 use the FIRST rating scale (none 0.0,
 * low 0.1–3.9, medium 4.0–6.9, high 7.0–8.9, critical 9.0–10.0); v2 has no official scale, so
 * the NVD v2 bands are used (low 0.0–3.9, medium 4.0–6.9, high 7.0–10.0).
 */
public enum CvssSeverity {
    NONE, LOW, MEDIUM, HIGH, CRITICAL;

    /** Lower-case name as written in reports and JSON ("high"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The FIRST v3.x / v4.0 rating of a score. */
    public static CvssSeverity ofScore(double score) {
        if (score <= 0.0) {
            return NONE;
        }
        if (score < 4.0) {
            return LOW;
        }
        if (score < 7.0) {
            return MEDIUM;
        }
        return score < 9.0 ? HIGH : CRITICAL;
    }

    /** The NVD rating of a CVSS v2 score. */
    public static CvssSeverity ofV2Score(double score) {
        if (score < 4.0) {
            return LOW;
        }
        return score < 7.0 ? MEDIUM : HIGH;
    }
}
