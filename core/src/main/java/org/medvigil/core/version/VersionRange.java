package org.medvigil.core.version;

import java.util.List;

/**
 * A set of affected versions as an advisory states it, bound to its version scheme. Each
 * form an advisory can use is one implementation: vers strings, OSV event ranges, explicit
 * version lists, "all versions", and statements that cannot be evaluated.
 */
public sealed interface VersionRange permits Vers, OsvEventRange, ExactVersions, AllVersions, UnevaluableRange {

    /** Whether {@code version} is affected. */
    Containment contains(String version);

    /** {@link #contains(String)} for a version tested against many ranges (read once where the range can use that). */
    default Containment contains(TestedVersion version) {
        return contains(version.text());
    }

    /** Versions this range names as fixing it (OSV "fixed", vers upper bounds), for a user to upgrade to. */
    List<String> fixedVersions();

    /** A short human-readable statement of the range, for explaining a match. */
    String describe();
}
