package org.medvigil.core.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvigil.core.testdata.SharedData;

class AdvisoryLoaderTest {
    private static final String OSV = """
            {"schema_version":"1.7.0","id":"%s","modified":"2024-01-01T00:00:00Z",
             "affected":[{"package":{"ecosystem":"npm","name":"left-pad"},"ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1.3.0"}]}]}]}
            """;
    private static final long MIB = 1024 * 1024;

    @TempDir
    Path dir;

    private final AdvisoryReaders readers = AdvisoryReaders.standard();

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static String osv(String id) {
        return OSV.formatted(id);
    }

    private static byte[] zip(String[]... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (String[] e : entries) {
                z.putNextEntry(new ZipEntry(e[0]));
                z.write(e[1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aFolderWithOneBadFileAmongGoodOnesLoadsTheGoodOnesAndReportsTheBadOne() throws IOException {
        write("a/GHSA-0001.json", osv("GHSA-0001"));
        write("a/GHSA-0002.json", "{\"id\": \"GHSA-0002\", \"modified\": \"2024-01-01T00:00:00Z\", \"affected\": [ }");
        write("b/PYSEC-0003.yaml", "id: PYSEC-0003\nmodified: 2024-01-01T00:00:00Z\naffected: []\n");
        write("b/c/GHSA-0004.json", osv("GHSA-0004"));
        // Beside advisories, skipped without a word:
        write("README.md", "# advisories");
        write("a/GHSA-0001.json.asc", "-----BEGIN PGP SIGNATURE-----");
        write("a/GHSA-0001.json.sha512", "abc  GHSA-0001.json");
        write("notes.txt", "x");
        write("schema.json", "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\",\"properties\":{}}");
        write(".git/config.json", "not json at all");

        AdvisoryLoad load = readers.load(List.of(dir));
        assertThat(load.advisories()).extracting(Advisory::id).containsExactly("GHSA-0001", "PYSEC-0003", "GHSA-0004");
        assertThat(load.filesRead()).isEqualTo(3);
        assertThat(load.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.resolve("a/GHSA-0002.json").toString());
            assertThat(p.message()).startsWith("malformed JSON: Unexpected close marker '}'").contains("(line 1, column");
            assertThat(p.oneLine()).doesNotContain("\n");
        });
    }

    @Test
    void anUnrecognisedJsonInAFolderIsAProblemButKnownCompanionsAreNot() throws IOException {
        write("provider-metadata.json", "{\"canonical_url\":\"https://x/provider-metadata.json\",\"metadata_version\":\"2.0\"}");
        write("feed.json", "{\"feed\":{\"id\":\"x\",\"entry\":[]}}");
        write("bom.json", "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\"}");
        AdvisoryLoad load = readers.load(List.of(dir));
        assertThat(load.problems()).extracting(LoadProblem::oneLine).containsExactly(dir.resolve("bom.json")
                + ": not a recognised advisory format (expected OSV JSON/YAML, an NVD CVE API 2.0 page or record, or a CSAF 2.0 document)");
    }

    @Test
    void aMissingPathIsAProblemNotAnException() {
        AdvisoryLoad load = readers.load(List.of(dir.resolve("nope")));
        assertThat(load.problems()).extracting(LoadProblem::message).containsExactly("no such file or folder");
        assertThat(load.filesRead()).isZero();
    }

    @Test
    void anExplicitFileInAnUnrecognisedFormatIsAProblem() throws IOException {
        Path txt = write("x.txt", "hello");
        Path empty = write("empty.json", "  ");
        AdvisoryLoad load = readers.load(List.of(txt, empty));
        assertThat(load.problems()).extracting(LoadProblem::message).containsExactly(
                "not a recognised advisory format (expected OSV JSON/YAML, an NVD CVE API 2.0 page or record, or a CSAF 2.0 document)",
                "empty document");
    }

    @Test
    void readsAnOsvZipInTheAllZipLayoutEntryByEntry() throws IOException {
        Path zip = dir.resolve("all.zip");
        Files.write(zip, zip(new String[] {"GO-1.json", osv("GO-1")}, new String[] {"GO-2.json", osv("GO-2")},
                new String[] {"README", "skip me"}, new String[] {"GO-3.json", "{broken"}));
        AdvisoryLoad load = readers.load(List.of(zip));
        assertThat(load.advisories()).extracting(Advisory::id).containsExactly("GO-1", "GO-2");
        assertThat(load.advisories().get(0).provenance().location()).isEqualTo(zip + "!GO-1.json");
        assertThat(load.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(zip + "!GO-3.json");
            assertThat(p.message()).startsWith("malformed JSON");
        });
        assertThat(load.filesRead()).isEqualTo(2);
    }

    @Test
    void loadsTheGoVulndbFromAZipAsFromItsFolder() throws IOException {
        Path folder = SharedData.path("osv/golang-vulndb/data/osv");
        Path zip = dir.resolve("Go.zip");
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Path f : files) {
                z.putNextEntry(new ZipEntry(f.getFileName().toString()));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        AdvisoryLoad fromZip = readers.load(List.of(zip));
        assertThat(fromZip.problems()).isEmpty();
        assertThat(fromZip.advisories()).hasSize(4291);
        assertThat(fromZip.advisories()).extracting(Advisory::id)
                .containsExactlyElementsOf(readers.load(List.of(folder)).advisories().stream().map(Advisory::id).toList());
    }

    @Test
    void aZipBombIsStoppedAtTheEntryLimitWithoutTrustingItsHeaders() throws IOException {
        AdvisoryReaders small = readers.withLimits(new AdvisoryLimits(MIB, 4 * MIB, MIB, 3 * MIB, 1000, 2));
        byte[] zeros = new byte[8 * (int) MIB];
        Arrays.fill(zeros, (byte) ' ');
        Path zip = dir.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("GO-1.json"));
            z.write(osv("GO-1").getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("bomb.json"));
            z.write('{');
            z.write(zeros);
            z.closeEntry();
            z.putNextEntry(new ZipEntry("GO-2.json"));
            z.write(osv("GO-2").getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertThat(Files.size(zip)).isLessThan(100_000);
        AdvisoryLoad load = small.load(List.of(zip));
        assertThat(load.advisories()).extracting(Advisory::id).containsExactly("GO-1");
        assertThat(load.problems()).extracting(LoadProblem::oneLine).containsExactly(
                zip + "!bomb.json: zip entry is larger than 1 MiB uncompressed; zip not read further");
    }

    @Test
    void aZipThatExpandsBeyondTheTotalLimitIsStopped() throws IOException {
        AdvisoryReaders small = readers.withLimits(new AdvisoryLimits(MIB, 4 * MIB, MIB, 2 * MIB, 1000, 2));
        byte[] filler = new byte[(int) MIB - 1000];
        Arrays.fill(filler, (byte) 'x');
        Path zip = dir.resolve("big.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < 5; i++) {
                z.putNextEntry(new ZipEntry("filler-" + i + ".bin"));
                z.write(filler);
                z.closeEntry();
            }
        }
        AdvisoryLoad load = small.load(List.of(zip));
        assertThat(load.problems()).extracting(LoadProblem::message)
                .containsExactly("expands to more than 2 MiB; not read further after 3 entries");
    }

    @Test
    void aTruncatedZipKeepsWhatWasReadAndReportsTheRest() throws IOException {
        byte[] whole = zip(new String[] {"GO-1.json", osv("GO-1")}, new String[] {"GO-2.json", osv("GO-2") + " ".repeat(5000)},
                new String[] {"GO-3.json", osv("GO-3")});
        Path zip = dir.resolve("cut.zip");
        Files.write(zip, Arrays.copyOf(whole, whole.length / 2));
        AdvisoryLoad load = readers.load(List.of(zip));
        assertThat(load.advisories()).extracting(Advisory::id).containsExactly("GO-1");
        assertThat(load.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(zip.toString());
            assertThat(p.message()).startsWith("truncated or corrupt zip after 2 entries");
        });
    }

    @Test
    void aFileNamedZipThatIsNotOneIsReported() throws IOException {
        Path zip = write("x.zip", "not a zip");
        assertThat(readers.load(List.of(zip)).problems()).extracting(LoadProblem::message)
                .containsExactly("not a zip archive, or an empty one (no entries found)");
    }

    @Test
    void aDepthBombIsRejectedWithOneLine() throws IOException {
        Path arrays = write("deep.json", "[".repeat(100_000));
        Path object = write("deep-osv.json", "{\"id\":\"X\",\"modified\":\"2024-01-01T00:00:00Z\",\"affected\":"
                + "[".repeat(5000) + "]".repeat(5000) + "}");
        StringBuilder yaml = new StringBuilder("id: Y\nmodified: 2024-01-01T00:00:00Z\naffected:\n");
        for (int i = 1; i < 300; i++) {
            yaml.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        Path deepYaml = write("deep.yaml", yaml.toString());
        AdvisoryLoad load = readers.load(List.of(arrays, object, deepYaml));
        assertThat(load.advisories()).isEmpty();
        assertThat(load.problems()).hasSize(3).allSatisfy(p -> {
            assertThat(p.message()).containsIgnoringCase("nesting").doesNotContain("\n");
            assertThat(p.message().length()).isLessThan(300);
        });
    }

    @Test
    void yamlAliasesAreNotExpanded() throws IOException {
        StringBuilder yaml = new StringBuilder("id: LOL\nmodified: 2024-01-01T00:00:00Z\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            yaml.append("]\n");
            prev = c;
        }
        AdvisoryLoad load = readers.load(List.of(write("lol.yaml", yaml.toString())));
        // Either read without expansion or refused; never 5 * 9^9 strings in memory.
        assertThat(load.advisories().size() + load.problems().size()).isEqualTo(1);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnlessItsReaderStreams() throws IOException {
        AdvisoryReaders small = readers.withLimits(new AdvisoryLimits(2048, 64 * 1024, MIB, 4 * MIB, 1000, 1));
        Path big = write("big.json", osv("GHSA-BIG").replace("\"modified\"", "\"details\":\"" + "x".repeat(4000) + "\",\"modified\""));
        StringBuilder page = new StringBuilder("{\"format\":\"NVD_CVE\",\"version\":\"2.0\",\"vulnerabilities\":[");
        for (int i = 0; i < 40; i++) {
            page.append(i == 0 ? "" : ",").append("{\"cve\":{\"id\":\"CVE-2024-").append(1000 + i)
                    .append("\",\"published\":\"2024-01-01T00:00:00.000\",\"descriptions\":[{\"lang\":\"en\",\"value\":\"")
                    .append("y".repeat(100)).append("\"}]}}");
        }
        Path nvd = write("nvd.json", page.append("]}").toString());
        AdvisoryLoad load = small.load(List.of(big, nvd));
        assertThat(load.advisories()).hasSize(40).allSatisfy(a -> assertThat(a.id()).startsWith("CVE-2024-"));
        assertThat(load.problems()).extracting(LoadProblem::message).containsExactly("file is larger than 2048 bytes");
    }

    @Test
    void aStreamedFileBeyondItsLimitKeepsWhatWasReadAndSaysWhy() throws IOException {
        AdvisoryReaders small = readers.withLimits(new AdvisoryLimits(1024, 4096, MIB, 4 * MIB, 1000, 1));
        StringBuilder page = new StringBuilder("{\"format\":\"NVD_CVE\",\"vulnerabilities\":[");
        for (int i = 0; i < 100; i++) {
            page.append(i == 0 ? "" : ",").append("{\"cve\":{\"id\":\"CVE-2024-").append(1000 + i)
                    .append("\",\"sourceIdentifier\":\"").append("z".repeat(80)).append("\"}}");
        }
        AdvisoryLoad load = small.load(List.of(write("nvd.json", page.append("]}").toString())));
        assertThat(load.advisories()).isNotEmpty().hasSizeLessThan(100);
        assertThat(load.problems()).extracting(LoadProblem::message).containsExactly("file is larger than 4096 bytes");
        assertThat(load.filesRead()).isEqualTo(1);
    }

    @Test
    void withdrawnAdvisoriesAreKeptAndFlagged() throws IOException {
        write("W-1.json", osv("W-1").replace("\"modified\"", "\"withdrawn\":\"2024-02-01T00:00:00Z\",\"modified\""));
        write("W-2.json", osv("W-2"));
        AdvisoryLoad load = readers.load(List.of(dir));
        assertThat(load.advisories()).hasSize(2);
        assertThat(load.active()).extracting(Advisory::id).containsExactly("W-2");
    }

    @Test
    void theStreamingLoadHandsEverythingToTheConsumersInPathOrder() throws IOException {
        for (int i = 0; i < 300; i++) {
            write(String.format("x/OSV-%03d.json", i), osv(String.format("OSV-%03d", i)));
        }
        write("x/OSV-150-bad.json", "{");
        List<String> ids = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int read = readers.withLimits(AdvisoryLimits.standard().withThreads(4))
                .load(List.of(dir), a -> ids.add(a.id()), p -> problems.add(p.file()));
        assertThat(read).isEqualTo(300);
        assertThat(ids).hasSize(300).isSorted();
        assertThat(problems).containsExactly(dir.resolve("x/OSV-150-bad.json").toString());
    }

    @Test
    void aRecordThatBreaksTheMappingIsOneProblem() throws IOException {
        write("bad-date.json", osv("BAD-1").replace("2024-01-01T00:00:00Z", "yesterday"));
        write("no-id.json", "{\"modified\":\"2024-01-01T00:00:00Z\",\"affected\":[],\"aliases\":[]}");
        AdvisoryLoad load = readers.load(List.of(dir));
        assertThat(load.problems()).extracting(LoadProblem::message).containsExactly(
                "modified is not a date-time: \"yesterday\"",
                "not a recognised advisory format (expected OSV JSON/YAML, an NVD CVE API 2.0 page or record, or a CSAF 2.0 document)");
    }

    @Test
    void anUnreadableSubfolderIsAProblemNotASilentGap() throws IOException {
        write("ok/GHSA-0001.json", osv("GHSA-0001"));
        Path locked = Files.createDirectories(dir.resolve("locked"));
        write("locked/GHSA-0002.json", osv("GHSA-0002"));
        boolean canLock = locked.toFile().setReadable(false, false) && !Files.isReadable(locked);
        try {
            AdvisoryLoad load = readers.load(List.of(dir));
            assertThat(load.advisories()).extracting(Advisory::id).contains("GHSA-0001");
            if (canLock) { // not when the tests run as root, who reads everything
                assertThat(load.problems()).extracting(LoadProblem::oneLine).containsExactly(locked + ": permission denied");
            }
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }

    private static String nvdPage(int records) {
        StringBuilder page = new StringBuilder("{\"format\":\"NVD_CVE\",\"version\":\"2.0\",\"vulnerabilities\":[");
        for (int i = 0; i < records; i++) {
            page.append(i == 0 ? "" : ",").append("{\"cve\":{\"id\":\"CVE-2024-").append(10000 + i)
                    .append("\",\"published\":\"2024-01-01T00:00:00.000\",\"descriptions\":[{\"lang\":\"en\",\"value\":\"")
                    .append("d".repeat(200)).append("\"}]}}");
        }
        return page.append("]}").toString();
    }

    @Test
    void readsGzippedNvdFeedsInFoldersAndByName() throws IOException {
        Path feed = dir.resolve("feeds/nvdcve-2.0-2024.json.gz");
        Files.createDirectories(feed.getParent());
        try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(feed))) {
            out.write(nvdPage(50).getBytes(StandardCharsets.UTF_8));
        }
        Path disguised = dir.resolve("feed.dat");
        Files.copy(feed, disguised);
        assertThat(readers.load(List.of(dir.resolve("feeds"))).advisories()).hasSize(50);
        assertThat(readers.load(List.of(disguised)).advisories()).hasSize(50);
    }

    @Test
    void aGzipBombStopsAtTheDocumentLimit() throws IOException {
        AdvisoryReaders small = readers.withLimits(new AdvisoryLimits(MIB, 2 * MIB, MIB, 4 * MIB, 1000, 1));
        Path bomb = dir.resolve("bomb.json.gz");
        try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(bomb))) {
            out.write("{\"id\":\"X\",\"modified\":\"2024-01-01T00:00:00Z\",\"details\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[(int) MIB];
            Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 64; i++) {
                out.write(chunk);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1_000_000);
        assertThat(small.load(List.of(bomb)).problems()).extracting(LoadProblem::message)
                .containsExactly("file is larger than 1 MiB");
    }

    @Test
    void aBigZippedNvdFeedIsStreamedWhileOtherBigEntriesStopTheZip() throws IOException {
        AdvisoryReaders small = readers.withLimits(new AdvisoryLimits(MIB, 16 * MIB, 64 * 1024, 32 * MIB, 1000, 2));
        Path zip = dir.resolve("nvd.zip");
        Files.write(zip, zip(new String[] {"nvdcve-2.0-2024.json", nvdPage(2000)}, new String[] {"GO-1.json", osv("GO-1")}));
        AdvisoryLoad load = small.load(List.of(zip));
        assertThat(load.problems()).isEmpty();
        assertThat(load.advisories()).hasSize(2001);
        assertThat(load.advisories().get(2000).id()).isEqualTo("GO-1");
    }
}
