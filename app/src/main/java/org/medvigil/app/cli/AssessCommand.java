package org.medvigil.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: not implemented yet. */
@Command(name = "assess", mixinStandardHelpOptions = true, description = "FDA controlled/uncontrolled determination for one vulnerability.")
final class AssessCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("medvigil assess: not implemented yet");
        return MedvigilCommand.INTERNAL_ERROR;
    }
}
