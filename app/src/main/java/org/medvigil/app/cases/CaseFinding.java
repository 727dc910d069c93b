package org.medvigil.app.cases;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A finding as cases see it: where it is, which vulnerability, when it was first detected, and
 * the risk its applied assessment determined.
 *
 * @param determination controlled, uncontrolled, or null when the applied assessment made none
 */
record CaseFinding(long findingId, long productId, long releaseId, String releaseVersion, String componentName,
                   String componentVersion, String componentIdentity, String vulnerabilityId, List<String> aliases,
                   String summary, String source, String matchReason, String severity, Instant firstDetectedAt,
                   boolean present, String state, String determination, Long assessmentId, String exploitability,
                   String harmSeverity, String rationale, String assessor, Instant assessedAt) {

    static final String UNCONTROLLED = "uncontrolled";
    static final String CONTROLLED = "controlled";

    /** The vulnerability's primary id and aliases. */
    Set<String> ids() {
        Set<String> ids = new HashSet<>(aliases);
        ids.add(vulnerabilityId);
        return ids;
    }

    /** The device as released is exposed: nothing says it is not affected, resolved or a false match. */
    boolean exposed() {
        return present && (state.equals("exploitable") || state.equals("in_triage"));
    }

    /** Present, exposed, and not determined controlled: its release is one the case covers. */
    boolean affects() {
        return exposed() && !CONTROLLED.equals(determination);
    }

    /** Present, exposed, and its applied assessment determined the risk uncontrolled. */
    boolean uncontrolled() {
        return exposed() && UNCONTROLLED.equals(determination);
    }

    /** Present, exposed (or resolved by an update), and determined controlled: a routine-update item (PM-11). */
    boolean controlled() {
        return present && CONTROLLED.equals(determination)
                && (state.equals("exploitable") || state.equals("in_triage") || state.equals("resolved"));
    }
}
