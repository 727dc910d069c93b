package org.medvigil.app.findings;

/**
 * Which findings to list, and in which order; every part is optional.
 *
 * @param vulnerability a vulnerability id or alias (exact)
 * @param includeGone   also findings that no longer match
 * @param kev           only findings listed (true) or not listed (false) in CISA KEV
 * @param minEpss       only findings whose EPSS probability is at least this
 * @param sort          the order (severity by default)
 * @param severity      a rating: critical, high, medium, low, unknown or none
 * @param certain       true: only certain matches; false: only those a person must review
 */
public record FindingFilter(Long productId, Long releaseId, AnalysisState state, String vulnerability, boolean includeGone,
                            Boolean kev, Double minEpss, FindingOrder sort, String severity, Boolean certain) {

    public FindingFilter(Long productId, Long releaseId, AnalysisState state, String vulnerability, boolean includeGone) {
        this(productId, releaseId, state, vulnerability, includeGone, null, null, FindingOrder.SEVERITY);
    }

    public FindingFilter(Long productId, Long releaseId, AnalysisState state, String vulnerability, boolean includeGone,
                         Boolean kev, Double minEpss, FindingOrder sort) {
        this(productId, releaseId, state, vulnerability, includeGone, kev, minEpss, sort, null, null);
    }

    public FindingFilter {
        sort = sort == null ? FindingOrder.SEVERITY : sort;
    }

    /** Every finding still matching, in this order. */
    public static FindingFilter all(FindingOrder sort) {
        return new FindingFilter(null, null, null, null, false, null, null, sort);
    }
}
