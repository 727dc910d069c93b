package org.medvigil.core.purl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medvigil.core.testdata.SharedData;

/** The CPE test lists of the OASIS CSAF 2.1 repository ({@code csaf_2.1/test/cpe/data/{valid,invalid}/cpe.txt}). */
class CpeCsafTestDataTest {
    private static final String DIR = "oasis-csaf/csaf_2.1/test/cpe/data/";

    @Test
    void everyValidCpeOfTheCsafTestDataParsesAndRoundTrips() throws IOException {
        List<String> lines = lines(DIR + "valid/cpe.txt");
        List<String> failures = new ArrayList<>();
        for (String line : lines) {
            try {
                Cpe cpe = Cpe.parse(line);
                if (!Cpe.parse(cpe.toFormattedString()).equals(cpe) || !Cpe.parse(cpe.toUri()).equals(lowercase(cpe))) {
                    failures.add(line + ": does not round-trip (" + cpe.toFormattedString() + ", " + cpe.toUri() + ")");
                }
            } catch (InvalidCpeException e) {
                failures.add(line + ": " + e.getMessage());
            }
        }
        assertThat(lines).hasSizeGreaterThanOrEqualTo(10);
        assertThat(failures).isEmpty();
    }

    @Test
    void everyInvalidCpeOfTheCsafTestDataIsRejectedWithOneLine() throws IOException {
        List<String> lines = lines(DIR + "invalid/cpe.txt");
        List<String> accepted = new ArrayList<>();
        for (String line : lines) {
            try {
                accepted.add(line + " -> " + Cpe.parse(line));
            } catch (InvalidCpeException e) {
                assertThat(e.getMessage()).doesNotContain("\n");
            }
        }
        assertThat(lines).hasSizeGreaterThanOrEqualTo(9);
        assertThat(accepted).isEmpty();
    }

    /** A URI is lowercased when it is unbound (NISTIR 7695 decode), so compare against the lowercase name. */
    private static Cpe lowercase(Cpe c) {
        return Cpe.parse(c.toFormattedString().toLowerCase(java.util.Locale.ROOT));
    }

    private static List<String> lines(String path) throws IOException {
        return Files.readAllLines(SharedData.path(path)).stream().filter(l -> !l.isBlank()).toList();
    }
}
