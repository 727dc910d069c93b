package org.medvigil.app.web;

/** An upload over its size limit. Becomes 413. */
public class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException(String what, long limitBytes) {
        super(what + " is larger than the limit of " + limitBytes + " bytes");
    }
}
