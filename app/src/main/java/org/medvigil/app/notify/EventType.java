package org.medvigil.app.notify;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a subscription can be told about. */
public enum EventType {
    /** A vulnerability newly matched a component of a release (first detected: the T0 candidate). */
    FINDING_NEW("finding.new"),
    /** An existing finding's CVE was added to CISA's Known Exploited Vulnerabilities catalogue. */
    FINDING_KEV("finding.kev"),
    /** An uncontrolled-risk case's deadline (30-day customer communication, 60-day fix) is near (PM-16). */
    CASE_DEADLINE_APPROACHING("case.deadline.approaching"),
    /** An uncontrolled-risk case's deadline passed without the step being done (PM-16). */
    CASE_DEADLINE_MISSED("case.deadline.missed"),
    /** A test message sent on request. */
    PING("ping");

    private final String code;

    EventType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static EventType ofCode(String code) {
        for (EventType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("event must be one of " + Arrays.stream(values()).map(EventType::code)
                .collect(Collectors.joining(", ")) + " (got '" + code + "')");
    }
}
