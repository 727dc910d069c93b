package org.medvigil.core.advisory;

/**
 * A document that could not be read (or only partly), while loading went on with the others.
 *
 * @param file    the file, or {@code zip!entry}
 * @param message one line: what is wrong and, where known, where in the document
 */
public record LoadProblem(String file, String message) {

    /** "file: message", the line shown to a user. */
    public String oneLine() {
        return file + ": " + message;
    }
}
