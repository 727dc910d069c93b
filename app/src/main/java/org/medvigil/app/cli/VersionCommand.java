package org.medvigil.app.cli;

import java.util.concurrent.Callable;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.version.VersionScheme;
import org.medvigil.core.version.VersionSchemes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code medvigil version compare TYPE A B | -}: order two versions in an ecosystem's scheme. */
@Command(name = "version", mixinStandardHelpOptions = true, versionProvider = MedvigilVersion.class,
        description = "Compare versions in an ecosystem's scheme.",
        subcommands = {VersionCommand.Compare.class})
final class VersionCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (compare)");
    }

    /** The scheme for a purl type / vers scheme name, or a one-line error naming the known ones. */
    static VersionScheme scheme(VersionSchemes schemes, String type) {
        return schemes.byName(type).orElseThrow(() -> new InvalidInputException(
                "unknown version type \"" + type + "\" (known: " + String.join(", ", schemes.names()) + ")"));
    }

    @Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = MedvigilVersion.class,
            description = {"Print <, = or > for A compared with B in TYPE's version order.",
                    "With - instead of A B, read A<TAB>B lines from standard input and print one answer per line."})
    static final class Compare implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TYPE",
                description = "purl type / vers scheme: maven, npm, golang, nuget, cargo, gem, composer, hex, pub, semver, ...")
        String type;

        @Parameters(index = "1", paramLabel = "A|-", description = "first version, or - to read A<TAB>B lines")
        String a;

        @Parameters(index = "2", arity = "0..1", paramLabel = "B", description = "second version")
        String b;

        @Override
        public Integer call() {
            VersionScheme scheme = scheme(VersionSchemes.standard(), type);
            if ("-".equals(a) && b == null) {
                return PairLines.process(System.in, spec.commandLine().getOut(), spec.commandLine().getErr(),
                        "A<TAB>B", (x, y) -> symbol(scheme.compare(x, y)));
            }
            if (b == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "missing version B (or give - to read stdin)");
            }
            spec.commandLine().getOut().println(symbol(scheme.compare(a, b)));
            return MedvigilCommand.OK;
        }

        private static String symbol(int c) {
            return c < 0 ? "<" : c == 0 ? "=" : ">";
        }
    }
}
