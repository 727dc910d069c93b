package org.medvigil.app.cli;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.medvigil.app.demo.DemoDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code medvigil serve}: starts the server. Spring is reached only through
 * {@link ServerStart}, so no other command loads a Spring class or pays its start-up time.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the MedVigil server: REST API under /api/v1 and the web UI.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--demo", description = "start with a demo portfolio in a fresh demo database (./data/demo, "
            + "recreated at every --demo start; the normal database is not touched)")
    boolean demo;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default 8080; 0 picks a free one)")
    Integer port;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The running server, for whoever started it in-process (tests) to stop it. */
    AutoCloseable server;

    @Override
    public Integer call() {
        if (port != null && (port < 0 || port > 65535)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535 (got " + port + ")");
        }
        if (database.url != null && !database.url.startsWith("jdbc:")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--db-url must be a JDBC URL such as jdbc:postgresql://localhost/medvigil (got '" + database.url + "')");
        }
        if (demo && (database.url != null || database.user != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--demo uses its own database (" + DemoDatabase.DIRECTORY + ", recreated at every start); leave out --db-url and --db-user");
        }
        if (demo) {
            try {
                DemoDatabase.reset(DemoDatabase.DIRECTORY);
            } catch (UncheckedIOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        server = ServerStart.start(springArguments());
        return MedvigilCommand.KEEP_RUNNING;
    }

    /** Options as Spring properties; they take precedence over application.properties and the environment. */
    List<String> springArguments() {
        List<String> args = new ArrayList<>();
        if (port != null) {
            args.add("--server.port=" + port);
        }
        if (demo) {
            // Its own embedded database, whatever the environment names: the normal one is never touched.
            args.add("--spring.datasource.url=" + DemoDatabase.url(DemoDatabase.DIRECTORY));
            args.add("--spring.datasource.username=sa");
            args.add("--spring.datasource.password=");
            args.add("--medvigil.admin.password=" + DemoDatabase.ADMIN_PASSWORD);
            args.add("--medvigil.demo=true");
            return args;
        }
        if (database.url != null) {
            args.add("--spring.datasource.url=" + database.url);
        }
        if (database.user != null) {
            args.add("--spring.datasource.username=" + database.user);
        } else if (database.url != null && System.getenv("SPRING_DATASOURCE_USERNAME") == null) {
            // Not the embedded database's "sa": no user, unless the URL names one.
            args.add("--spring.datasource.username=");
        }
        String password = database.passwordOrEnv();
        if (password != null) {
            args.add("--spring.datasource.password=" + password);
        }
        return args;
    }
}
