package org.medvigil.core.purl;

import org.medvigil.core.InvalidInputException;

/** A purl that does not follow the purl specification or its type's rules. */
public class InvalidPurlException extends InvalidInputException {
    public InvalidPurlException(String message) {
        super(message);
    }
}
