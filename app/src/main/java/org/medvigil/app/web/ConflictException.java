package org.medvigil.app.web;

/** A request that clashes with the current state (a duplicate name, a revoked key). Becomes 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
