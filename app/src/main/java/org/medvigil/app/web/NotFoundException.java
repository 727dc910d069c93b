package org.medvigil.app.web;

/**
 * A resource that does not exist, or that the caller may not know exists (another customer's
 * data answers the same way, so ids reveal nothing). Becomes 404.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
