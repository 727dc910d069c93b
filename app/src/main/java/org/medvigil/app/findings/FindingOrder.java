package org.medvigil.app.findings;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The orders findings can be listed in; ties fall back to severity, then id. */
public enum FindingOrder {
    /** Most severe first (the default). */
    SEVERITY("severity", ""),
    /** KEV-listed first (earliest CISA due date first), then by severity. */
    KEV("kev", "CASE WHEN f.kev_cve IS NULL THEN 1 ELSE 0 END, k.due_date, "),
    /** Highest EPSS probability first; findings without a score last. */
    EPSS("epss", "CASE WHEN f.epss IS NULL THEN 1 ELSE 0 END, f.epss DESC, "),
    /** Most recently detected first. */
    FIRST_DETECTED("first_detected", "f.first_detected_at DESC, "),
    /** Longest known first. */
    OLDEST("oldest", "f.first_detected_at, "),
    VULNERABILITY("vulnerability", "f.vulnerability_id, "),
    COMPONENT("component", "c.name, c.version, "),
    /** By product, then release. */
    PRODUCT("product", "p.name, r.version, "),
    /** By triage state. */
    STATE("state", "f.state, ");

    private final String code;
    private final String sql;

    FindingOrder(String code, String sql) {
        this.code = code;
        this.sql = sql;
    }

    public String code() {
        return code;
    }

    /** The ORDER BY terms before the severity order. */
    String sql() {
        return sql;
    }

    public static FindingOrder ofCode(String code) {
        for (FindingOrder o : values()) {
            if (o.code.equals(code.toLowerCase(Locale.ROOT))) {
                return o;
            }
        }
        throw new IllegalArgumentException("sort must be one of " + Arrays.stream(values()).map(FindingOrder::code)
                .collect(Collectors.joining(", ")) + " (got '" + code + "')");
    }
}
