package org.medvigil.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.medvigil.core.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code medvigil import PATH...}: imports feed files into the server's database without a
 * network (air-gapped sites): OSV zips, the CISA KEV JSON, EPSS CSV files, CSAF documents with
 * their hashes and signatures, NVD pages, OSV records, or folders of them. The same import as the
 * API upload, through {@link ImportStart} (Spring without a web server). A progress bar on
 * standard error when it is a terminal; a summary on standard output; each skipped file on
 * standard error. Exit 0 when everything was imported, 2 when something was skipped or the
 * database cannot be reached, 3 on an internal error.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import vulnerability feed files (OSV zip, KEV JSON, EPSS CSV, CSAF with .sha512/.asc, NVD pages) "
                + "into the server's database, offline.")
final class ImportCommand implements Callable<Integer> {
    private static final int PROBLEMS_SHOWN = 20;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to import")
    List<Path> paths = new ArrayList<>();

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Whether to draw a progress bar: only for a person at a terminal. */
    boolean interactive = System.console() != null;

    @Override
    public Integer call() {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new InvalidInputException(p.toString(), "no such file or folder");
            }
        }
        if (database.url != null && !database.url.startsWith("jdbc:")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--db-url must be a JDBC URL such as jdbc:postgresql://localhost/medvigil (got '" + database.url + "')");
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        ProgressBar bar = new ProgressBar(err, interactive);
        ImportStart.Result r = ImportStart.run(database.springArguments(), paths.stream().map(Path::toAbsolutePath).toList(),
                "cli:" + System.getProperty("user.name", "unknown"), bar::show);
        bar.done();
        out.println("imported " + r.documents() + " document(s) with " + r.advisories() + " advisories, " + r.kevEntries()
                + " KEV entries, " + r.epssScores() + " EPSS scores; " + r.unchanged() + " unchanged, " + r.skipped()
                + " skipped; " + r.findingsCreated() + " new finding(s) (job " + r.runId() + ", " + r.status() + ")");
        r.problems().stream().limit(PROBLEMS_SHOWN).forEach(p -> err.println("medvigil: skipped " + p));
        if (r.problems().size() > PROBLEMS_SHOWN) {
            err.println("medvigil: ... and " + (r.problems().size() - PROBLEMS_SHOWN) + " more (GET /api/v1/feed-runs/" + r.runId() + ")");
        }
        if (r.message() != null) {
            err.println("medvigil: import failed: " + r.message());
            return MedvigilCommand.INTERNAL_ERROR;
        }
        return r.problems().isEmpty() && r.skipped() == 0 ? MedvigilCommand.OK : MedvigilCommand.BAD_INPUT;
    }

    /** A one-line bar redrawn in place with carriage returns; nothing at all when not at a terminal. */
    static final class ProgressBar {
        private final PrintWriter err;
        private final boolean on;
        private long last;

        ProgressBar(PrintWriter err, boolean on) {
            this.err = err;
            this.on = on;
        }

        void show(int done, Integer total, int documents, int skipped) {
            if (!on || System.nanoTime() - last < 100_000_000L) {
                return;
            }
            last = System.nanoTime();
            String bar;
            if (total != null && total > 0) {
                int filled = (int) Math.min(30, 30L * done / total);
                bar = "[" + "#".repeat(filled) + ".".repeat(30 - filled) + "] " + done + "/" + total;
            } else {
                bar = "[" + done + " items]";
            }
            err.print("\r" + bar + "  " + documents + " imported, " + skipped + " skipped ");
            err.flush();
        }

        void done() {
            if (on) {
                err.print("\r" + " ".repeat(78) + "\r");
                err.flush();
            }
        }
    }
}
