package org.medvigil.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: not implemented yet. */
@Command(name = "scan", mixinStandardHelpOptions = true, description = "Scan SBOMs against advisories and report findings.")
final class ScanCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("medvigil scan: not implemented yet");
        return MedvigilCommand.INTERNAL_ERROR;
    }
}
