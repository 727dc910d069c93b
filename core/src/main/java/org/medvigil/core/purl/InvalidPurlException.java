package org.medvigil.core.purl;

import org.medvigil.core.InvalidInputException;

/** A purl that does not follow the purl specification or its type's rules. */
public class InvalidPurlException extends InvalidInputException {
    private final String reason;

    public InvalidPurlException(String message) {
        super(message);
        this.reason = message;
    }

    /**
     * A rejected purl: the message quotes the input (shortened, on one line) and says why;
     * {@link #reason()} is the why alone, for callers that show the input themselves.
     */
    public InvalidPurlException(String input, String reason) {
        super("invalid purl " + Quoted.shortened(input) + ": " + reason);
        this.reason = reason;
    }

    /** Why the purl was rejected, without the purl itself; one line. */
    public String reason() {
        return reason;
    }
}
