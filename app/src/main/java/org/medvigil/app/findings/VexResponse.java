package org.medvigil.app.findings;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the manufacturer does about an affected finding: CycloneDX VEX {@code analysis.response}. */
public enum VexResponse {
    @JsonProperty("can_not_fix") CAN_NOT_FIX,
    @JsonProperty("will_not_fix") WILL_NOT_FIX,
    @JsonProperty("update") UPDATE,
    @JsonProperty("rollback") ROLLBACK,
    @JsonProperty("workaround_available") WORKAROUND_AVAILABLE
}
