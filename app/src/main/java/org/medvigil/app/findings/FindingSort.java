package org.medvigil.app.findings;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.medvigil.app.web.BadRequestException;

/** The orders a finding list can be given in; ties are broken by id, so pages are stable. */
public enum FindingSort {
    /** Most severe first (the default). */
    SEVERITY,
    /** Most recently detected first. */
    NEWEST,
    /** Longest known first. */
    OLDEST,
    VULNERABILITY,
    COMPONENT,
    /** By product, then release, then severity. */
    PRODUCT,
    /** By triage state, then severity. */
    STATE;

    /** The name in query parameters: "severity". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a code; null or blank is the default order; anything else is a 400 naming the choices. */
    public static FindingSort ofCode(String code) {
        if (code == null || code.isBlank()) {
            return SEVERITY;
        }
        for (FindingSort s : values()) {
            if (s.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new BadRequestException("sort must be one of " + Arrays.stream(values()).map(FindingSort::code)
                .collect(Collectors.joining(", ")) + " (got '" + code + "')");
    }
}
