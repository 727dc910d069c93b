package org.medvigil.app.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/** The kinds of dated evidence a case collects, each tied to what FDA asks for. */
public enum EvidenceKind {
    /** Customers and the user community told, with a notice checked for PM-17 (PM-15.2a, PM-16). */
    @JsonProperty("customer_communication") CUSTOMER_COMMUNICATION("customer_communication", "PM-15.2a, PM-17"),
    /** Interim compensating controls identified (PM-15.2b). */
    @JsonProperty("compensating_controls") COMPENSATING_CONTROLS("compensating_controls", "PM-15.2b"),
    /** A remediation plan developed (PM-15.2c, PM-19). */
    @JsonProperty("remediation_plan") REMEDIATION_PLAN("remediation_plan", "PM-15.2c, PM-19"),
    /** The fix validated and distributed, in a remediation release (PM-15.3, PM-18). */
    @JsonProperty("fix_distributed") FIX_DISTRIBUTED("fix_distributed", "PM-15.3, PM-18"),
    /** Vulnerability information (and customer communications) shared with an ISAO (PM-15.4). */
    @JsonProperty("isao_share") ISAO_SHARE("isao_share", "PM-15.4"),
    /** A serious adverse event or death associated with the vulnerability (PM-15.1, PM-02). */
    @JsonProperty("serious_adverse_event") SERIOUS_ADVERSE_EVENT("serious_adverse_event", "PM-15.1, PM-02");

    private final String code;
    private final String requirement;

    EvidenceKind(String code, String requirement) {
        this.code = code;
        this.requirement = requirement;
    }

    /** The name in JSON and the database. */
    public String code() {
        return code;
    }

    /** The FDA requirement ids it answers. */
    public String requirement() {
        return requirement;
    }

    static EvidenceKind ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown evidence kind " + code));
    }
}
