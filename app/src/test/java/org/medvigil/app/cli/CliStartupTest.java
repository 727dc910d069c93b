package org.medvigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The commands other than {@code serve} stay plain: no Spring class is even loaded. */
class CliStartupTest {

    @Test
    void otherCommandsLoadNoSpringClass() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", classpath, "org.medvigil.app.Medvigil", "audit", "verify", "--help"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor()).isZero();
        assertThat(output).contains("Recompute the audit log's hash chain");
        assertThat(output.lines().filter(l -> l.contains("org.springframework")).limit(5).toList()).isEmpty();
    }

    @Test
    void theDefaultDatabaseOfAuditVerifyIsTheServers() throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        assertThat(p.getProperty("spring.datasource.url")).isEqualTo(DatabaseOptions.DEFAULT_URL);
        assertThat(p.getProperty("spring.datasource.username")).isEqualTo(DatabaseOptions.DEFAULT_USER);
    }
}
