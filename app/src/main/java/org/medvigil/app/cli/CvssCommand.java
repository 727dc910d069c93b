package org.medvigil.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: not implemented yet. */
@Command(name = "cvss", mixinStandardHelpOptions = true, description = "Score CVSS v2, v3.x and v4.0 vectors.")
final class CvssCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("medvigil cvss: not implemented yet");
        return MedvigilCommand.INTERNAL_ERROR;
    }
}
