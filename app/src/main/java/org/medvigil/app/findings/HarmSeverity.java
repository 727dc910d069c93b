package org.medvigil.app.findings;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Severity of patient harm if the vulnerability were exploited: ISO 14971 levels as FDA gives them (PM-06). */
public enum HarmSeverity {
    @JsonProperty("negligible") NEGLIGIBLE,
    @JsonProperty("minor") MINOR,
    @JsonProperty("serious") SERIOUS,
    @JsonProperty("critical") CRITICAL,
    @JsonProperty("catastrophic") CATASTROPHIC
}
