package org.medvigil.core.risk.rubric;

import java.util.List;

/**
 * How the rubric arrived at one CVSS metric value: the answers on the path, and why.
 *
 * @param metric      AV, AC, PR, UI, S, C, I or A
 * @param value       the CVSS value, e.g. "A"
 * @param path        the answers that decided it, in the order asked
 * @param explanation one line, e.g. "AV:A from XAVN=yes, XAVT=no, XAVW=yes, XAVR=unknown (unknown resolves to the worst case)"
 */
public record MetricDerivation(String metric, String value, List<RubricAnswer> path, String explanation) {
    public MetricDerivation {
        path = List.copyOf(path);
    }
}
