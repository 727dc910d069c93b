package org.medvigil.app.findings;

import com.fasterxml.jackson.annotation.JsonProperty;

/** FDA's binary outcome of the exploitability x harm assessment (PM-07). */
public enum Determination {
    @JsonProperty("controlled") CONTROLLED,
    @JsonProperty("uncontrolled") UNCONTROLLED
}
