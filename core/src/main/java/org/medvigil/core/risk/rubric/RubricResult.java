package org.medvigil.core.risk.rubric;

import java.util.List;
import org.medvigil.core.risk.cvss.CvssV3Result;

/**
 * The outcome of a complete rubric assessment: a CVSS v3.1 base vector and its score, with the
 * derivation of every metric from the recorded answers.
 *
 * @param rubricVersion the version of the question flow that produced it (R-02: re-score when it changes)
 * @param answers       the answers, with rationales
 * @param cvss          the scored vector
 * @param derivations   one per base metric, in vector order
 */
public record RubricResult(String rubricVersion, RubricAnswers answers, CvssV3Result cvss,
                           List<MetricDerivation> derivations) {
    public RubricResult {
        derivations = List.copyOf(derivations);
    }

    /** The CVSS:3.1 base vector. */
    public String vector() {
        return cvss.vector();
    }
}
