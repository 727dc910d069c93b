package org.medvigil.app.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of bounded length from a stream, one at a time, so that `-` input is processed as
 * it arrives and a hostile line (gigabytes without a newline) never sits in memory: the excess
 * of an over-long line is skipped and the line reported as too long.
 */
final class BoundedLineReader {
    /** A line as read: its text (cut at the limit) and whether it was longer than the limit. */
    record Line(int number, String text, boolean tooLong) {
    }

    private final Reader in;
    private final int maxLength;
    private int number;

    BoundedLineReader(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line without its terminator (\n, \r\n or \r), or null at the end of input. */
    Line next() throws IOException {
        StringBuilder b = new StringBuilder();
        boolean tooLong = false;
        int c = in.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (c == '\r') {
                in.mark(1);
                int after = in.read();
                if (after != '\n' && after >= 0) {
                    in.reset();
                }
                break;
            }
            if (b.length() < maxLength) {
                b.append((char) c);
            } else {
                tooLong = true;
            }
            c = in.read();
        }
        number++;
        return new Line(number, b.toString(), tooLong);
    }
}
