package org.medvigil.app.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.medvigil.app.audit.AuditChainVerifier;
import org.medvigil.app.audit.AuditVerification;
import org.medvigil.core.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code medvigil audit ...}: checks on the server's audit log. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check the server's audit log.",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: verify");
    }

    /**
     * {@code medvigil audit verify}: recomputes the hash chain over plain JDBC (no server, no
     * Spring). Exit 0 when intact, 1 when not (each broken entry named), 2 on bad usage or an
     * unreachable database.
     */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recompute the audit log's hash chain; exit 0 when intact, 1 when an entry was edited, inserted or deleted.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            // The default database must already exist: verifying must never create an empty one.
            String url = database.url != null ? database.url : DatabaseOptions.DEFAULT_URL + ";IFEXISTS=TRUE";
            AuditVerification result;
            try (Connection c = DriverManager.getConnection(url, database.userOrDefault(),
                    database.passwordOrEnv() == null ? "" : database.passwordOrEnv())) {
                c.setReadOnly(true);
                result = new AuditChainVerifier().verify(c);
            } catch (SQLException e) {
                throw new InvalidInputException(url.replaceAll("password=[^&;]*", "password=***"),
                        "cannot read the audit log: " + e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (result.intact()) {
                out.println("audit chain intact: " + result.entries() + " entries, head " + result.headHash());
                return MedvigilCommand.OK;
            }
            PrintWriter err = spec.commandLine().getErr();
            for (String problem : result.problems()) {
                err.println("medvigil: audit chain broken: " + problem);
            }
            err.println("medvigil: " + result.problems().size() + " problem(s) in " + result.entries() + " entries");
            return MedvigilCommand.FINDINGS;
        }
    }
}
