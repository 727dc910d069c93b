package org.medvigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code serve --demo} uses its own database and never the one the options or environment name. */
class ServeDemoOptionsTest {

    @Test
    void demoStartsOnTheDemoDatabaseWithTheDemoAdministrator() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--demo", "--port", "8080");
        assertThat(serve.springArguments()).containsExactly("--server.port=8080",
                "--spring.datasource.url=jdbc:h2:file:./data/demo/medvigil;AUTO_SERVER=TRUE",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--medvigil.admin.password=admin-demo-pass", "--medvigil.demo=true");
    }

    @Test
    void demoWithADatabaseUrlIsABadUsage() {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new ServeCommand()).setErr(new PrintWriter(err))
                .execute("--demo", "--db-url", "jdbc:postgresql://localhost/medvigil");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--demo uses its own database");
    }
}
