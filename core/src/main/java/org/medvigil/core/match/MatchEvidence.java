package org.medvigil.core.match;

import java.util.List;

/**
 * Why a component matched an advisory, so a person can check it.
 *
 * @param source        the advisory source kind (osv, nvd, csaf)
 * @param rule          how the component was identified: by package identity, CPE or product name
 * @param reason        one sentence: which record, which identity, which range
 * @param certain       false when the advisory's version statement (or a fuzzy name) could not
 *                      be evaluated and a person must review the match
 * @param fixedVersions versions that fix it, as the advisory names them
 */
public record MatchEvidence(String source, MatchRule rule, String reason, boolean certain, List<String> fixedVersions) {
    public MatchEvidence {
        fixedVersions = List.copyOf(fixedVersions);
    }
}
