package org.medvigil.app.web;

import java.util.List;

/**
 * A request the API cannot take as sent; the message says what to change, {@link #problems()}
 * lists the individual problems when there are several (e.g. bad files in an advisory zip).
 * Becomes 400.
 */
public class BadRequestException extends RuntimeException {
    private final List<String> problems;

    public BadRequestException(String message) {
        this(message, List.of());
    }

    public BadRequestException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
