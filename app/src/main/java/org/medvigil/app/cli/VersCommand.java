package org.medvigil.app.cli;

import java.util.concurrent.Callable;
import org.medvigil.core.version.Containment;
import org.medvigil.core.version.Vers;
import org.medvigil.core.version.VersionSchemes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medvigil vers contains VERS VERSION | -}: evaluate vers ranges. */
@Command(name = "vers", mixinStandardHelpOptions = true, versionProvider = MedvigilVersion.class,
        description = "Evaluate vers version ranges.", subcommands = {VersCommand.Contains.class})
final class VersCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (contains)");
    }

    @Command(name = "contains", mixinStandardHelpOptions = true, versionProvider = MedvigilVersion.class,
            description = {"Print true or false: whether VERSION is in the vers range VERS;",
                    "unknown when the vers type has no version scheme here.",
                    "With - instead of VERS VERSION, read VERS<TAB>VERSION lines from standard input."})
    static final class Contains implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "VERS|-", description = "a vers such as vers:npm/>=1.0.0|<2.0.0, or -")
        String vers;

        @Parameters(index = "1", arity = "0..1", paramLabel = "VERSION", description = "the version to test")
        String version;

        @Option(names = "--lenient",
                description = "also accept non-canonical vers: whitespace, '=', constraints in any order")
        boolean lenient;

        private final VersionSchemes schemes = VersionSchemes.standard();
        private String lastText;
        private Vers lastVers;

        @Override
        public Integer call() {
            if ("-".equals(vers) && version == null) {
                return PairLines.process(System.in, spec.commandLine().getOut(), spec.commandLine().getErr(),
                        "VERS<TAB>VERSION", this::answer);
            }
            if (version == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "missing VERSION (or give - to read stdin)");
            }
            spec.commandLine().getOut().println(answer(vers, version));
            return MedvigilCommand.OK;
        }

        private String answer(String text, String tested) {
            Vers range = parsed(text);
            if (range.versionScheme() != null && !range.versionScheme().isValid(tested)) {
                range.versionScheme().compare(tested, tested); // throws the scheme's one-line reason
            }
            Containment c = range.contains(tested);
            return c == Containment.UNKNOWN ? "unknown" : Boolean.toString(c == Containment.INSIDE);
        }

        /** Lines often repeat one range for many versions: parse it once. */
        private Vers parsed(String text) {
            if (!text.equals(lastText)) {
                lastVers = lenient ? Vers.parseLenient(text, schemes) : Vers.parse(text, schemes);
                lastText = text;
            }
            return lastVers;
        }
    }
}
