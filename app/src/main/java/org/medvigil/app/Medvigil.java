package org.medvigil.app;

import org.medvigil.app.cli.MedvigilCommand;

/** The executable's entry point: every invocation goes through the command line. */
public final class Medvigil {
    private Medvigil() {
    }

    public static void main(String[] args) {
        int code = MedvigilCommand.run(args);
        // `serve` keeps its own non-daemon threads alive; every other command ends here.
        if (code != MedvigilCommand.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
