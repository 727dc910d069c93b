package org.medvigil.app.portfolio;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** How the device reached the US market; PMA devices also owe periodic (annual) reports. */
public enum RegulatoryPathway {
    @JsonProperty("510k") PREMARKET_NOTIFICATION_510K("510k"),
    @JsonProperty("de_novo") DE_NOVO("de_novo"),
    @JsonProperty("pma") PMA("pma"),
    /** Class I (and some class II) devices exempt from premarket notification. */
    @JsonProperty("exempt") EXEMPT("exempt");

    private final String code;

    RegulatoryPathway(String code) {
        this.code = code;
    }

    /** The name in JSON and the database. */
    public String code() {
        return code;
    }

    static RegulatoryPathway ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown pathway " + code));
    }
}
