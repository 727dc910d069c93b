package org.medvigil.core.risk.rubric;

import org.medvigil.core.InvalidInputException;

/** Rubric answers that are malformed, incomplete for the question flow, or answer a question the flow does not ask. */
public class InvalidRubricAnswersException extends InvalidInputException {
    public InvalidRubricAnswersException(String message) {
        super("rubric answers: " + message);
    }
}
