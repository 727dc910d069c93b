package org.medvigil.core.version;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medvigil.core.testdata.SharedData;

/**
 * One osv-scalibr comparison fixture: lines {@code a < b}, {@code a = b}, {@code a > b}; empty
 * lines and lines starting with {@code #} or {@code //} are comments.
 */
record ComparisonFile(String name, List<Case> cases) {

    record Case(int line, String a, char op, String b) {
        @Override
        public String toString() {
            return "line " + line + ": " + a + " " + op + " " + b;
        }
    }

    static ComparisonFile read(String relative) {
        Path p = SharedData.path(relative);
        List<String> lines;
        try {
            lines = Files.readAllLines(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("//")) {
                continue;
            }
            String[] parts = line.split(" ");
            if (parts.length != 3 || parts[1].length() != 1 || "<=>".indexOf(parts[1].charAt(0)) < 0) {
                throw new IllegalStateException(relative + ":" + (i + 1) + ": not a comparison: " + line);
            }
            cases.add(new Case(i + 1, parts[0], parts[1].charAt(0), parts[2]));
        }
        return new ComparisonFile(p.getFileName().toString(), List.copyOf(cases));
    }

    /** The cases the scheme gets wrong (or cannot read), one line each. */
    List<String> failures(VersionScheme scheme) {
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            String outcome;
            try {
                int forward = Integer.signum(scheme.compare(c.a(), c.b()));
                int backward = Integer.signum(scheme.compare(c.b(), c.a()));
                char got = forward < 0 ? '<' : forward == 0 ? '=' : '>';
                if (got == c.op() && backward == -forward) {
                    continue;
                }
                outcome = "got " + got + (backward != -forward ? " (not antisymmetric)" : "");
            } catch (InvalidVersionException e) {
                outcome = "rejected: " + e.getMessage();
            }
            failures.add(name + " " + c + " -> " + outcome);
        }
        return failures;
    }
}
