package org.medvigil.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: not implemented yet. */
@Command(name = "purl", mixinStandardHelpOptions = true, description = "Parse and normalise package URLs.")
final class PurlCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("medvigil purl: not implemented yet");
        return MedvigilCommand.INTERNAL_ERROR;
    }
}
