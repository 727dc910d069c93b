package org.medvigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvigil.core.testdata.SharedData;

/**
 * {@code medvigil import} for an air-gapped site: real feed files (an OSV zip built from the
 * shared GHSA records, the CISA KEV catalogue, CISA CSAF documents with their .sha512 files)
 * into a fresh H2 database, the same code path as the API upload; a document whose signature
 * cannot be verified against a trusted key is skipped and named, and the exit code says so.
 */
class ImportCommandTest {
    @TempDir
    Path tmp;

    @Test
    void importsFeedFilesOfflineAndNamesWhatItSkipped() throws Exception {
        Path mirror = Files.createDirectories(tmp.resolve("mirror"));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(mirror.resolve("Maven-all.zip")));
             var files = Files.list(SharedData.path("osv/ghsa-selected/Maven"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(p.getFileName().toString()));
                zip.write(Files.readAllBytes(p));
                zip.closeEntry();
            }
        }
        Files.copy(SharedData.path("cisa-kev/known_exploited_vulnerabilities.json"), mirror.resolve("kev.json"));
        Path csaf = Files.createDirectories(mirror.resolve("csaf"));
        for (String doc : new String[]{"icsma-22-088-01.json", "icsma-22-062-01.json"}) {
            Files.copy(SharedData.path("cisa-csaf/icsma/2022/" + doc), csaf.resolve(doc));
            Files.copy(SharedData.path("cisa-csaf/icsma/2022/" + doc + ".sha512"), csaf.resolve(doc + ".sha512"));
        }
        // With CISA's real signature: CISA's key is not trusted here, so it is refused.
        Files.copy(SharedData.path("cisa-csaf/icsma/2024/icsma-24-023-01.json"), csaf.resolve("icsma-24-023-01.json"));
        Files.copy(SharedData.path("cisa-csaf/icsma/2024/icsma-24-023-01.json.asc"), csaf.resolve("icsma-24-023-01.json.asc"));

        String db = "jdbc:h2:file:" + tmp.resolve("medvigil");
        CliRun run = CliRun.of("import", mirror.toString(), "--db-url", db, "--db-user", "sa");
        assertThat(run.exit()).as(run.err()).isEqualTo(MedvigilCommand.BAD_INPUT);
        assertThat(run.out()).contains("imported 68 document(s)").contains("1404 KEV entries").contains("1 skipped");
        assertThat(run.err()).contains("icsma-24-023-01.json")
                .contains("signed by key 144AED0A57BE7D4AE835D9D8CAC5AC4F74164B17, which is not a trusted key");
        assertThat(run.err()).doesNotContain("\r"); // not a terminal: no progress bar

        try (Connection c = DriverManager.getConnection(db, "sa", "")) {
            assertThat(count(c, "SELECT COUNT(*) FROM kev_entry")).isEqualTo(1404);
            assertThat(count(c, "SELECT COUNT(*) FROM advisory_document WHERE feed = 'import'")).isEqualTo(67);
            assertThat(count(c, "SELECT COUNT(*) FROM advisory WHERE advisory_id = 'CVE-2022-0922'")).isEqualTo(1);
            assertThat(count(c, "SELECT COUNT(*) FROM advisory_document WHERE integrity LIKE 'sha512 matches; unsigned'")).isEqualTo(2);
            assertThat(count(c, "SELECT COUNT(*) FROM feed_run WHERE source = 'import' AND run_trigger = 'cli'")).isEqualTo(1);
            assertThat(count(c, "SELECT COUNT(*) FROM audit_event WHERE actor LIKE 'cli:%'")).isPositive();
        }

        // The same files again: nothing new (the zip's entries are unchanged), exit 2 for the still-untrusted one.
        CliRun again = CliRun.of("import", mirror.resolve("Maven-all.zip").toString(), "--db-url", db, "--db-user", "sa");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("imported 0 document(s)").contains("65 unchanged");
    }

    @Test
    void aMissingPathIsBadUsageBeforeAnythingStarts() {
        CliRun run = CliRun.of("import", tmp.resolve("nope.zip").toString(), "--db-url", "jdbc:h2:mem:x");
        assertThat(run.exit()).isEqualTo(MedvigilCommand.BAD_INPUT);
        assertThat(run.err()).contains("nope.zip: no such file or folder");
    }

    @Test
    void theProgressBarDrawsOnlyForATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.io.PrintWriter err = new java.io.PrintWriter(bytes, true);
        ImportCommand.ProgressBar bar = new ImportCommand.ProgressBar(err, true);
        bar.show(5, 10, 4, 1);
        assertThat(bytes.toString()).contains("[###############...............] 5/10").contains("4 imported, 1 skipped");
        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        new ImportCommand.ProgressBar(new java.io.PrintWriter(quiet, true), false).show(5, 10, 4, 1);
        assertThat(quiet.toString()).isEmpty();
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
