package org.medvigil.app.findings;

/**
 * Which findings to list; every part is optional.
 *
 * @param vulnerability a vulnerability id or alias (exact)
 * @param includeGone   also findings that no longer match
 */
public record FindingFilter(Long productId, Long releaseId, AnalysisState state, String vulnerability, boolean includeGone) {
}
