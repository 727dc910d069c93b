package org.medvigil.app.web;

/** A request the API cannot take as sent; the message says what to change. Becomes 400. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
