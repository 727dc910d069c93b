package org.medvigil.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.medvigil.core.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code medvigil} command and the one place its subcommands are registered. Exit codes
 * follow the CLI contract: 0 ok, 1 findings at or above --fail-on, 2 bad usage or input,
 * 3 internal error.
 */
@Command(name = "medvigil", mixinStandardHelpOptions = true,
        versionProvider = MedvigilVersion.class,
        description = "Medical-device cybersecurity: SBOMs, advisories, risk and FDA postmarket clocks.",
        subcommands = {
                ScanCommand.class,
                PurlCommand.class,
                VersionCommand.class,
                VersCommand.class,
                CvssCommand.class,
                AssessCommand.class,
                ServeCommand.class,
                ImportCommand.class,
                AuditCommand.class,
                CommandLine.HelpCommand.class
        })
public final class MedvigilCommand implements Runnable {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;
    /** Returned by a command that started a server and must not exit the JVM. */
    public static final int KEEP_RUNNING = -1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Runs the command line and returns the exit code; never throws. */
    public static int run(String... args) {
        // UTF-8 whatever the platform's default: reports carry names in any script.
        return run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new MedvigilCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(t -> t instanceof InvalidInputException ? BAD_INPUT : INTERNAL_ERROR);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("medvigil: " + ex.getMessage());
            String name = ex.getCommandLine().getCommandSpec().qualifiedName();
            ex.getCommandLine().getErr().println("Try '" + name + " --help'.");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof InvalidInputException bad) {
                c.getErr().println("medvigil: " + bad.oneLine());
                return BAD_INPUT;
            }
            c.getErr().println("medvigil: internal error: " + ex);
            return INTERNAL_ERROR;
        });
        return cli.execute(args);
    }
}
