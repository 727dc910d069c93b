package org.medvigil.app.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines one at a time with bounded memory, so `-` input is processed as it arrives and
 * hostile input without newlines cannot exhaust memory: a line longer than the limit is cut to
 * the limit, flagged, and the rest of it skipped. Line ends are "\n", "\r\n" and "\r".
 */
final class BoundedLineReader {
    /** One line without its terminator, numbered from 1; {@code tooLong} when it was cut to the limit. */
    record Line(int number, String text, boolean tooLong) {
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private int pos;
    private int len;
    private boolean skipLf;
    private int number;

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or {@code null} at the end of the input. */
    Line next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return any || line.length() > 0 ? new Line(++number, line.toString(), tooLong) : null;
                }
            }
            char c = buffer[pos++];
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                skipLf = c == '\r';
                return new Line(++number, line.toString(), tooLong);
            }
            if (line.length() < maxChars) {
                line.append(c);
            } else {
                tooLong = true;
            }
        }
    }

    /** Whether a line can be read without blocking (so output may wait for it before flushing). */
    boolean ready() throws IOException {
        return pos < len || in.ready();
    }
}
