package org.medvigil.app.portfolio;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the device reached the US market; PMA devices also owe periodic (annual) reports. */
public enum RegulatoryPathway {
    @JsonProperty("510k") PREMARKET_NOTIFICATION_510K,
    @JsonProperty("de_novo") DE_NOVO,
    @JsonProperty("pma") PMA,
    /** Class I (and some class II) devices exempt from premarket notification. */
    @JsonProperty("exempt") EXEMPT
}
