package org.medvigil.core.advisory;

import org.medvigil.core.InvalidInputException;

/**
 * Records of one document that could not be read while the others were: reported together,
 * once, as one line after the document has been read.
 */
final class SkippedRecords {
    private final String what;
    private int count;
    private String first;

    SkippedRecords(String what) {
        this.what = what;
    }

    void add(String id, String message) {
        if (count++ == 0) {
            first = (id == null ? "a record" : id) + ": " + message;
        }
    }

    /** Throws the summary when anything was skipped. */
    void report(String location) {
        if (count > 0) {
            throw new InvalidInputException(location, count + " " + what + (count == 1 ? "" : "s")
                    + " skipped, the others were read; first: " + first);
        }
    }
}
