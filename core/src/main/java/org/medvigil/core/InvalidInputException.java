package org.medvigil.core;

/**
 * Bad input from outside: a malformed document, vector, purl or version. The message is one
 * line for a user: what is wrong and, where known, where ({@link #location()}).
 */
public class InvalidInputException extends RuntimeException {
    private final String location;

    public InvalidInputException(String message) {
        this(null, message, null);
    }

    public InvalidInputException(String location, String message) {
        this(location, message, null);
    }

    public InvalidInputException(String location, String message, Throwable cause) {
        super(message, cause);
        this.location = location;
    }

    /** The file, line or field the problem was found in, or {@code null} when unknown. */
    public String location() {
        return location;
    }

    /** "location: message", the one line shown to a user. */
    public String oneLine() {
        String m = getMessage() == null ? "invalid input" : getMessage().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return location == null ? m : location + ": " + m;
    }
}
