package org.medvigil.core.risk.rubric;

import java.util.Objects;

/**
 * One recorded answer with the assessor's reason for it, so an assessment can be audited and
 * re-scored.
 *
 * @param rationale why this answer; empty when none was given
 */
public record RubricAnswer(RubricQuestion question, Answer answer, String rationale) {
    public RubricAnswer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        rationale = rationale == null ? "" : rationale.strip();
    }

    /** "XAVN=yes". */
    public String code() {
        return question.name() + "=" + answer.code();
    }
}
