package org.medvigil.core.purl;

import org.medvigil.core.InvalidInputException;

/** A CPE name that is not a valid CPE 2.3 formatted string or CPE 2.2 URI (NISTIR 7695). */
public class InvalidCpeException extends InvalidInputException {
    private final String reason;

    /** The message quotes the input (shortened, on one line) and says why. */
    public InvalidCpeException(String input, String reason) {
        super("invalid CPE " + Quoted.shortened(input) + ": " + reason);
        this.reason = reason;
    }

    /** Why the CPE was rejected, without the CPE itself; one line. */
    public String reason() {
        return reason;
    }
}
