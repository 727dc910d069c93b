package org.medvigil.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: not implemented yet. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Compare versions in an ecosystem's scheme.")
final class VersionCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("medvigil version: not implemented yet");
        return MedvigilCommand.INTERNAL_ERROR;
    }
}
