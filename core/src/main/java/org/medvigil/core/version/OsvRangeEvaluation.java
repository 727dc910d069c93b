package org.medvigil.core.version;

/** PLACEHOLDER: OSV's range algorithm. */
final class OsvRangeEvaluation {
    private OsvRangeEvaluation() {
    }

    static Containment contains(OsvEventRange range, String version) {
        return Containment.UNKNOWN;
    }

    static String describe(OsvEventRange range) {
        return range.events().toString();
    }
}
