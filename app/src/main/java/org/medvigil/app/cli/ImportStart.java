package org.medvigil.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medvigil.app.MedvigilServer;
import org.medvigil.app.feeds.FeedImports;
import org.medvigil.app.feeds.FeedRunView;
import org.medvigil.core.InvalidInputException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The bridge from {@code medvigil import} to Spring, loaded only when it runs: starts the
 * application without opening a port or running the scheduler against the given database, runs the import as
 * the CLI user (so the audit log names them), and stops.
 */
final class ImportStart {
    private ImportStart() {
    }

    interface Progress {
        void show(int done, Integer total, int documents, int skipped);
    }

    record Result(long runId, String status, int documents, int advisories, int kevEntries, int epssScores, int unchanged,
                  int skipped, int findingsCreated, List<String> problems, String message) {
    }

    static Result run(List<String> databaseArguments, List<Path> paths, String actor, Progress progress) {
        List<String> args = new ArrayList<>(databaseArguments);
        // The web application context the security configuration needs, but no port opened.
        args.add("--server.port=-1");
        args.add("--medvigil.scheduler.enabled=false");
        args.add("--logging.level.root=WARN");
        args.add("--logging.level.org.medvigil=WARN");
        ConfigurableApplicationContext context;
        try {
            context = MedvigilServer.start(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new InvalidInputException("the database", "cannot be opened: " + String.valueOf(root.getMessage()).split("\n")[0]);
        }
        try (context) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
            FeedRunView r = context.getBean(FeedImports.class).importPaths(paths, "cli", actor,
                    p -> progress.show(p.done(), p.total(), p.documents(), p.skipped()));
            return new Result(r.id(), r.status(), r.documents(), r.advisories(), r.kevEntries(), r.epssScores(), r.unchanged(),
                    r.skipped(), r.findingsCreated(), r.problems(), r.message());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
