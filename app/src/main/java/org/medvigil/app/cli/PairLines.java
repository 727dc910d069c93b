package org.medvigil.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.medvigil.core.InvalidInputException;

/**
 * Standard input of {@code FIRST<TAB>SECOND} lines, answered one output line per input line as
 * they arrive. A bad line is reported on stderr with its line number and skipped; the exit code
 * is 2 when any line was bad. Output is flushed whenever no more input is waiting, so a
 * co-process gets each answer at once and a pipe of a million lines is not flushed a million
 * times.
 */
final class PairLines {
    /** Evaluates one pair; throws {@link InvalidInputException} for bad input. */
    interface Evaluation {
        String apply(String first, String second);
    }

    private PairLines() {
    }

    static int process(InputStream stdin, PrintWriter out, PrintWriter err, String format, Evaluation evaluation) {
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8), 1 << 16);
        boolean anyBad = false;
        int lineNumber = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                int tab = line.indexOf('\t');
                try {
                    if (tab < 0 || line.indexOf('\t', tab + 1) >= 0) {
                        throw new InvalidInputException("expected " + format + " (two fields separated by one tab)");
                    }
                    out.print(evaluation.apply(line.substring(0, tab), line.substring(tab + 1)));
                    out.print('\n');
                } catch (InvalidInputException e) {
                    anyBad = true;
                    out.flush();
                    err.println("medvigil: line " + lineNumber + ": " + e.oneLine());
                    err.flush();
                }
                if (!in.ready()) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading standard input failed at line " + (lineNumber + 1), e);
        }
        out.flush();
        return anyBad ? MedvigilCommand.BAD_INPUT : MedvigilCommand.OK;
    }
}
