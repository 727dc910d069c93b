package org.medvigil.app.findings;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a device is not affected: CycloneDX VEX {@code analysis.justification}. */
public enum Justification {
    @JsonProperty("code_not_present") CODE_NOT_PRESENT,
    @JsonProperty("code_not_reachable") CODE_NOT_REACHABLE,
    @JsonProperty("requires_configuration") REQUIRES_CONFIGURATION,
    @JsonProperty("requires_dependency") REQUIRES_DEPENDENCY,
    @JsonProperty("requires_environment") REQUIRES_ENVIRONMENT,
    @JsonProperty("protected_by_compiler") PROTECTED_BY_COMPILER,
    @JsonProperty("protected_at_runtime") PROTECTED_AT_RUNTIME,
    @JsonProperty("protected_at_perimeter") PROTECTED_AT_PERIMETER,
    @JsonProperty("protected_by_mitigating_control") PROTECTED_BY_MITIGATING_CONTROL;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Justification ofCode(String code) {
        return code == null ? null : valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
