package org.medvigil.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: not implemented yet. */
@Command(name = "vers", mixinStandardHelpOptions = true, description = "Evaluate vers version ranges.")
final class VersCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("medvigil vers: not implemented yet");
        return MedvigilCommand.INTERNAL_ERROR;
    }
}
