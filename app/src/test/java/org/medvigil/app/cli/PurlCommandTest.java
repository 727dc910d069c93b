package org.medvigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PurlCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int exit, String out, String err) {
        List<JsonNode> objects() throws Exception {
            List<JsonNode> list = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isEmpty()) {
                    list.add(JSON.readTree(line));
                }
            }
            return list;
        }
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MedvigilCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exit, out.toString(), err.toString());
    }

    private static Result runWithStdin(String stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void validPurlPrintsItsCanonicalFormAndDecodedComponentsInContractOrder() {
        Result r = run("purl", "pkg:npm/%40angular/animation@12.3.1");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("{\"purl\":\"pkg:npm/%40angular/animation@12.3.1\","
                + "\"canonical\":\"pkg:npm/%40angular/animation@12.3.1\",\"type\":\"npm\",\"namespace\":\"@angular\","
                + "\"name\":\"animation\",\"version\":\"12.3.1\"}\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void qualifiersAndSubpathAreDecodedAndAbsentPartsOmitted() throws Exception {
        Result r = run("purl", "pkg:Maven/org.apache.xmlgraphics/batik-anim@1.9.1?repository_url=repo.spring.io%2Frelease&classifier=sources#a/b",
                "pkg:PYPI/Django_Rest");
        assertThat(r.exit()).isZero();
        List<JsonNode> o = r.objects();
        assertThat(o).hasSize(2);
        assertThat(o.get(0).path("canonical").asText()).isEqualTo(
                "pkg:maven/org.apache.xmlgraphics/batik-anim@1.9.1?classifier=sources&repository_url=repo.spring.io%2Frelease#a/b");
        assertThat(o.get(0).path("qualifiers").path("repository_url").asText()).isEqualTo("repo.spring.io/release");
        assertThat(o.get(0).path("subpath").asText()).isEqualTo("a/b");
        assertThat(o.get(1).path("canonical").asText()).isEqualTo("pkg:pypi/django-rest");
        assertThat(o.get(1).has("namespace")).isFalse();
        assertThat(o.get(1).has("version")).isFalse();
        assertThat(o.get(1).has("qualifiers")).isFalse();
        assertThat(o.get(1).has("subpath")).isFalse();
    }

    @Test
    void invalidPurlGetsAnErrorObjectAndExitCodeTwoAfterEveryInputIsAnswered() throws Exception {
        Result r = run("purl", "pkg:npm/left-pad@1.3.0", "pkg:maven/@1.3.4", "pkg:gem/rails@7.1?Platform=ruby", "pkg:cargo/serde");
        assertThat(r.exit()).isEqualTo(2);
        List<JsonNode> o = r.objects();
        assertThat(o).hasSize(4);
        assertThat(o.get(0).has("canonical")).isTrue();
        assertThat(o.get(1).path("purl").asText()).isEqualTo("pkg:maven/@1.3.4");
        assertThat(o.get(1).path("error").asText()).isEqualTo("the name is missing (pkg:type/namespace/name@version)");
        assertThat(o.get(2).path("error").asText()).contains("Platform", "must be lowercase");
        assertThat(o.get(3).path("canonical").asText()).isEqualTo("pkg:cargo/serde");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void lenientOptionRepairsWhatTheConformingParseRejects() throws Exception {
        Result r = run("purl", "--lenient", "pkg:gem/rails@7.1?Platform=ruby", "pkg:npm/@angular/core");
        assertThat(r.exit()).isZero();
        assertThat(r.objects()).extracting(n -> n.path("canonical").asText())
                .containsExactly("pkg:gem/rails@7.1?platform=ruby", "pkg:npm/%40angular/core");
    }

    @Test
    void dashReadsStandardInputLineByLineSkippingBlankLines() throws Exception {
        Result r = runWithStdin("pkg:npm/a@1\r\n\n   \npkg:deb/Debian/curl@7.88.1-10?arch=amd64\nnot-a-purl", "purl", "-");
        assertThat(r.exit()).isEqualTo(2);
        List<JsonNode> o = r.objects();
        assertThat(o).extracting(n -> n.path("purl").asText())
                .containsExactly("pkg:npm/a@1", "pkg:deb/Debian/curl@7.88.1-10?arch=amd64", "not-a-purl");
        assertThat(o.get(1).path("canonical").asText()).isEqualTo("pkg:deb/debian/curl@7.88.1-10?arch=amd64");
        assertThat(o.get(2).path("error").asText()).contains("scheme");
    }

    @Test
    void anOverlongStandardInputLineIsReportedWithoutBeingKept() throws Exception {
        String hostile = "pkg:generic/a@" + "9".repeat(PurlCommand.MAX_LINE * 3);
        Result r = runWithStdin(hostile + "\npkg:npm/b@2\n", "purl", "-");
        assertThat(r.exit()).isEqualTo(2);
        List<JsonNode> o = r.objects();
        assertThat(o).hasSize(2);
        assertThat(o.get(0).path("error").asText()).isEqualTo("line longer than " + PurlCommand.MAX_LINE + " characters");
        assertThat(o.get(0).path("purl").asText()).hasSize(PurlCommand.MAX_LINE);
        assertThat(o.get(1).path("canonical").asText()).isEqualTo("pkg:npm/b@2");
    }

    @Test
    void standardInputIsAnsweredAsItArrivesNotAfterItEnds() throws Exception {
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(feed);
        StringWriter out = new StringWriter();
        InputStream saved = System.in;
        System.setIn(stdin);
        try {
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                    () -> MedvigilCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "purl", "-"));
            feed.write("pkg:npm/first@1\n".getBytes(StandardCharsets.UTF_8));
            feed.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!out.toString().contains("pkg:npm/first@1\"") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(out.toString()).as("first answer written while input is still open").contains("\"name\":\"first\"");
            feed.write("pkg:npm/second@2\n".getBytes(StandardCharsets.UTF_8));
            feed.close();
            assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
            assertThat(out.toString()).contains("\"name\":\"second\"");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void missingArgumentIsABadUsageWithExitCodeTwo() {
        Result r = run("purl");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("PURL");
        assertThat(r.out()).isEmpty();
    }
}
