package org.medvigil.app.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** Whether a case's risk is still uncontrolled (open) or no longer (closed, with how). */
public enum CaseStatus {
    @JsonProperty("open") OPEN,
    @JsonProperty("closed") CLOSED;

    /** The name in JSON and the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static CaseStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
