package org.medvigil.app.findings;

/**
 * Which findings to list, and in which order; every part is optional.
 *
 * @param vulnerability a vulnerability id or alias (exact)
 * @param includeGone   also findings that no longer match
 * @param severity      a rating: critical, high, medium, low, unknown or none
 * @param certain       true: only certain matches; false: only those a person must review
 * @param kev           true: only findings whose assessment records a CISA KEV listing
 * @param sort          the order (most severe first when null)
 */
public record FindingFilter(Long productId, Long releaseId, AnalysisState state, String vulnerability, boolean includeGone,
                            String severity, Boolean certain, Boolean kev, FindingSort sort) {

    public FindingFilter {
        sort = sort == null ? FindingSort.SEVERITY : sort;
    }

    public FindingFilter(Long productId, Long releaseId, AnalysisState state, String vulnerability, boolean includeGone) {
        this(productId, releaseId, state, vulnerability, includeGone, null, null, null, FindingSort.SEVERITY);
    }

    /** Every finding still matching, in this order. */
    public static FindingFilter all(FindingSort sort) {
        return new FindingFilter(null, null, null, null, false, null, null, null, sort);
    }
}
