package org.medvigil.core.version;

import org.medvigil.core.InvalidInputException;

/** A version string that its scheme cannot read, or a malformed range. */
public class InvalidVersionException extends InvalidInputException {
    public InvalidVersionException(String message) {
        super(message);
    }
}
