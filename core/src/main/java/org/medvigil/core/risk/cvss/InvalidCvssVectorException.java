package org.medvigil.core.risk.cvss;

import org.medvigil.core.InvalidInputException;

/**
 * A CVSS vector that does not follow its version's specification: wrong or missing prefix,
 * unknown, duplicate, missing or out-of-order metric, invalid value. The message is one line that
 * names the vector (shortened, control characters replaced) and the problem; {@link #problem()}
 * is the problem alone, for callers that show the vector next to it.
 */
public class InvalidCvssVectorException extends InvalidInputException {
    private static final int SHOWN = 120;
    private final String problem;

    public InvalidCvssVectorException(String vector, String problem) {
        super("invalid CVSS vector " + quote(vector) + ": " + problem);
        this.problem = problem;
    }

    /** What is wrong, without the vector, e.g. {@code duplicate metric 'AV'}. */
    public String problem() {
        return problem;
    }

    /** The vector as it may safely appear in a one-line message. */
    static String quote(String vector) {
        if (vector == null) {
            return "(none)";
        }
        StringBuilder b = new StringBuilder("'");
        int n = Math.min(vector.length(), SHOWN);
        for (int i = 0; i < n; i++) {
            char c = vector.charAt(i);
            b.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        if (vector.length() > SHOWN) {
            b.append("…");
        }
        return b.append('\'').toString();
    }
}
