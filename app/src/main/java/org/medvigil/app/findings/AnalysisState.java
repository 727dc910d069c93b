package org.medvigil.app.findings;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Triage state of a finding, as CycloneDX VEX names it ({@code analysis.state}); CSAF/OpenVEX
 * call {@link #EXPLOITABLE} "affected" and {@link #RESOLVED} "fixed".
 */
public enum AnalysisState {
    /** Not assessed yet: every new finding starts here. */
    @JsonProperty("in_triage") IN_TRIAGE,
    /** The vulnerability affects the device as released. */
    @JsonProperty("exploitable") EXPLOITABLE,
    /** The device is not affected; needs a {@link Justification}. */
    @JsonProperty("not_affected") NOT_AFFECTED,
    /** Remediated (e.g. a fix shipped for this release). */
    @JsonProperty("resolved") RESOLVED,
    /** The match is wrong: the component is not the one the advisory means. */
    @JsonProperty("false_positive") FALSE_POSITIVE;

    /** The name used in JSON and the database. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static AnalysisState ofCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
