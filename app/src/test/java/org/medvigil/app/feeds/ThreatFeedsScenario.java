package org.medvigil.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.medvigil.app.security.Role;
import org.medvigil.app.server.OnH2;
import org.medvigil.app.server.OnPostgres;
import org.medvigil.app.server.ServerTestSupport;
import org.medvigil.app.storage.DbTime;
import org.medvigil.core.testdata.SharedData;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * OSV, CISA KEV, FIRST EPSS and NVD sources synced from a local HTTP server: the real OSV
 * records and KEV catalogue of ../shared/data, a small EPSS file and the NVD example pages;
 * findings flagged and re-ranked by KEV and EPSS, the FDA determination fed from them; bad data
 * (garbage, a truncated zip, HTTP 500, a download that breaks off) skipped and reported with
 * nothing stored lost; unchanged sources transferring nothing; one node at a time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ThreatFeedsScenario extends ServerTestSupport {
    private static final String LOG4J = "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1";
    @org.springframework.beans.factory.annotation.Autowired
    FeedRunner runner;
    private FeedServer server;
    private byte[] maven;

    @BeforeAll
    void serve() throws IOException {
        server = new FeedServer();
        maven = FeedFixtures.osvZip(SharedData.path("osv/ghsa-selected/Maven"), 1000);
        server.put("/osv/Maven/all.zip", maven);
        server.put("/kev/known_exploited_vulnerabilities.json",
                Files.readAllBytes(SharedData.path("cisa-kev/known_exploited_vulnerabilities.json")));
        server.put("/epss/epss_scores-current.csv.gz", FeedFixtures.gzip(FeedFixtures.resource("epss-sample.csv")));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void osvKevAndEpssFlagAndRankFindingsAndFeedTheDetermination_C07() throws Exception {
        String admin = key(Role.ADMIN);
        String analyst = key(Role.SECURITY_ANALYST);
        long product = createProduct("Threat pump " + unique());
        long release = createRelease(product, "2.0");
        assertThat(upload(analyst, "/api/v1/releases/" + release + "/sboms",
                FeedFixtures.sbom(List.of(LOG4J, "pkg:maven/org.example/unaffected@1.0.0")), "application/json")
                .getResponse().getStatus()).isEqualTo(201);

        putJson(admin, Map.of("urls", List.of(server.url("/osv/Maven/all.zip"))), "/api/v1/feeds/osv");
        JsonNode osv = sync(analyst, "osv");
        assertThat(osv.get("status").asString()).isEqualTo("succeeded");
        assertThat(osv.get("documents").asInt() + osv.get("unchanged").asInt()).isEqualTo(65);
        JsonNode log4shell = finding(release, "GHSA-jfh8-c2jp-5v3q");
        assertThat(log4shell.get("kev").get("listed").asBoolean()).isFalse();

        // KEV: the real catalogue flags the finding.
        putJson(admin, Map.of("urls", List.of(server.url("/kev/known_exploited_vulnerabilities.json"))), "/api/v1/feeds/kev");
        JsonNode kev = sync(analyst, "kev");
        assertThat(kev.get("status").asString()).isEqualTo("succeeded");
        assertThat(kev.get("kevEntries").asInt()).isEqualTo(1404);
        log4shell = finding(release, "GHSA-jfh8-c2jp-5v3q");
        assertThat(log4shell.get("kev").get("listed").asBoolean()).isTrue();
        assertThat(log4shell.get("kev").get("cve").asString()).isEqualTo("CVE-2021-44228");
        assertThat(log4shell.get("kev").get("dueDate").asString()).isEqualTo("2021-12-24");
        assertThat(log4shell.get("kev").get("knownRansomwareCampaignUse").asString()).isEqualTo("Known");

        // EPSS: scores from the daily file; a bad row is reported, the others stored.
        putJson(admin, Map.of("urls", List.of(server.url("/epss/epss_scores-current.csv.gz"))), "/api/v1/feeds/epss");
        JsonNode epss = sync(analyst, "epss");
        assertThat(epss.get("epssScores").asInt()).isEqualTo(7);
        assertThat(epss.get("skipped").asInt()).isEqualTo(1);
        assertThat(epss.get("problems").get(0).asString()).contains("line 10").contains("not a valid EPSS row");
        assertThat(finding(release, "GHSA-jfh8-c2jp-5v3q").get("epss").get("score").asDouble()).isEqualTo(0.94358);
        assertThat(finding(release, "GHSA-7rjr-3q55-vv33").get("epss").get("percentile").asDouble()).isEqualTo(0.99949);

        // Ranked and filtered by them.
        JsonNode byEpss = getJson(analyst, "/api/v1/findings?releaseId={id}&sort=epss", release).get("items");
        assertThat(byEpss.get(0).get("vulnerability").get("id").asString()).isEqualTo("GHSA-jfh8-c2jp-5v3q");
        JsonNode listed = getJson(analyst, "/api/v1/findings?releaseId={id}&kev=true", release).get("items");
        assertThat(listed).isNotEmpty().allSatisfy(f -> assertThat(f.get("kev").get("listed").asBoolean()).isTrue());
        assertThat(getJson(analyst, "/api/v1/findings?releaseId={id}&minEpss=0.9442", release).get("total").asInt()).isZero();
        assertThat(perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/findings?sort=bogus").header("Authorization", bearer(analyst))).getResponse().getStatus())
                .isEqualTo(400);

        // The determination weighs them without the assessor typing them in.
        JsonNode assessment = postJson(analyst, Map.of("state", "exploitable", "harmSeverity", "serious",
                "cvssVectors", List.of("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"),
                "rationale", "The pump's log viewer passes device names to log4j"), "/api/v1/findings/{id}/assessments",
                log4shell.get("id").asLong());
        assertThat(assessment.get("kev").asBoolean()).isTrue();
        assertThat(assessment.get("epss").asDouble()).isEqualTo(0.94358);

        // Bad data: garbage EPSS, KEV down, a truncated zip, an OSV mirror down. Each reported, nothing lost.
        server.put("/epss/epss_scores-current.csv.gz", "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8));
        JsonNode garbage = sync(analyst, "epss");
        assertThat(garbage.get("status").asString()).isEqualTo("completed_with_problems");
        assertThat(garbage.get("problems").get(0).asString()).contains("not an EPSS score file");
        server.fail("/kev/known_exploited_vulnerabilities.json", 500);
        assertThat(sync(analyst, "kev").get("problems").get(0).asString()).contains("HTTP 500");
        server.fail("/kev/known_exploited_vulnerabilities.json", 0);
        server.put("/osv/npm/all.zip", Arrays.copyOf(maven, maven.length / 2));
        server.fail("/osv/PyPI/all.zip", 503);
        putJson(admin, Map.of("urls", List.of(server.url("/osv/Maven/all.zip"), server.url("/osv/npm/all.zip"),
                server.url("/osv/PyPI/all.zip"))), "/api/v1/feeds/osv");
        JsonNode bad = sync(analyst, "osv");
        assertThat(bad.get("status").asString()).isEqualTo("completed_with_problems");
        assertThat(bad.get("problems")).extracting(JsonNode::asString).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).contains("npm/all.zip").contains("not a readable zip archive"),
                p -> assertThat(p).contains("PyPI/all.zip").contains("HTTP 503"));
        assertThat(bad.get("notModified").asInt()).isEqualTo(1); // Maven: unchanged, not transferred
        JsonNode kept = finding(release, "GHSA-jfh8-c2jp-5v3q");
        assertThat(kept.get("present").asBoolean()).isTrue();
        assertThat(kept.get("kev").get("listed").asBoolean()).isTrue();
        assertThat(kept.get("epss").get("score").asDouble()).isEqualTo(0.94358);

        // A download that breaks off is resumed where it stopped (Range + If-Range), not started over.
        byte[] go = FeedFixtures.osvZip(SharedData.path("osv/golang-vulndb/data/osv"), 300);
        server.put("/osv/Go/all.zip", go);
        server.truncateOnce("/osv/Go/all.zip");
        putJson(admin, Map.of("urls", List.of(server.url("/osv/Go/all.zip"))), "/api/v1/feeds/osv");
        JsonNode broken = sync(analyst, "osv");
        assertThat(broken.get("problems").get(0).asString()).contains("Go/all.zip").contains("transfer failed");
        server.log.clear();
        JsonNode resumed = sync(analyst, "osv");
        assertThat(resumed.get("status").asString()).isEqualTo("succeeded");
        assertThat(resumed.get("documents").asInt() + resumed.get("unchanged").asInt()).isEqualTo(300);
        assertThat(server.log).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(206);
            assertThat(r.header("Range")).isEqualTo("bytes=" + go.length / 2 + "-");
            assertThat(r.bytes()).isEqualTo(go.length - go.length / 2);
        });

        // Unchanged: a conditional request, 304, nothing transferred.
        server.log.clear();
        JsonNode idle = sync(analyst, "osv");
        assertThat(idle.get("bytesFetched").asLong()).isZero();
        assertThat(server.log).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(304));
    }

    @Test
    void nvdIsPagedIncrementalWithItsApiKeyAndTheRunsAreListed() throws Exception {
        JsonNode example = json.readTree(Files.readAllBytes(java.nio.file.Path.of("..", "examples", "advisories", "nvd",
                "nvd-cves-example.json")));
        server.handle("/nvd/rest/json/cves/2.0", x -> {
            Map<String, String> q = query(x.getRequestURI().getRawQuery());
            var page = json.createObjectNode();
            var all = example.get("vulnerabilities");
            page.put("format", "NVD_CVE");
            page.put("version", "2.0");
            page.put("timestamp", "2026-11-02T08:00:00.000");
            var items = json.createArrayNode();
            if (q.containsKey("lastModStartDate")) {
                page.put("totalResults", 0);
            } else {
                int start = Integer.parseInt(q.get("startIndex"));
                int size = Integer.parseInt(q.get("resultsPerPage"));
                for (int i = start; i < Math.min(all.size(), start + size); i++) {
                    items.add(all.get(i));
                }
                page.put("totalResults", all.size());
            }
            page.put("resultsPerPage", items.size());
            page.put("startIndex", q.containsKey("startIndex") ? Integer.parseInt(q.get("startIndex")) : 0);
            page.set("vulnerabilities", items);
            return json.writeValueAsBytes(page);
        });
        String admin = key(Role.ADMIN);
        String analyst = key(Role.SECURITY_ANALYST);
        putJson(admin, Map.of("urls", List.of(server.url("/nvd/rest/json/cves/2.0")), "apiKey", "nvd-test-key",
                "options", Map.of("page-size", "3", "request-interval", "PT0S")), "/api/v1/feeds/nvd");
        JsonNode source = getJson(analyst, "/api/v1/feeds/nvd");
        assertThat(source.get("apiKeySet").asBoolean()).isTrue();
        assertThat(source.toString()).doesNotContain("nvd-test-key");

        server.log.clear();
        Instant started = clock.instant();
        JsonNode full = sync(analyst, "nvd");
        assertThat(full.get("status").asString()).isEqualTo("succeeded");
        assertThat(full.get("documents").asInt() + full.get("unchanged").asInt()).isEqualTo(5);
        assertThat(full.get("requests").asInt()).isEqualTo(2);
        assertThat(server.log).extracting(FeedServer.Request::query)
                .containsExactly("resultsPerPage=3&startIndex=0", "resultsPerPage=3&startIndex=3");
        assertThat(server.log).allSatisfy(r -> assertThat(r.header("apiKey")).isEqualTo("nvd-test-key"));
        assertThat(getJson(analyst, "/api/v1/advisories?id=CVE-2022-0778").get("items").get(0).get("origin").get("feed")
                .asString()).isEqualTo("nvd");

        // The next run asks only for what changed since the last complete one.
        clock.advance(Duration.ofHours(2));
        server.log.clear();
        JsonNode incremental = sync(analyst, "nvd");
        assertThat(incremental.get("documents").asInt()).isZero();
        assertThat(server.log).singleElement().satisfies(r -> assertThat(r.query())
                .contains("lastModStartDate=" + started.toString().replace("Z", "").substring(0, 19)));

        JsonNode runs = getJson(key(Role.AUDITOR), "/api/v1/feed-runs?source=nvd");
        assertThat(runs.get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(getJson(key(Role.AUDITOR), "/api/v1/feed-runs/{id}", runs.get("items").get(0).get("id").asLong())
                .get("trigger").asString()).isEqualTo("api");
    }

    @Test
    void aSourceRunsOnOneNodeAtATime() {
        String analyst = key(Role.SECURITY_ANALYST);
        getJson(analyst, "/api/v1/feeds/epss");
        jdbc.sql("UPDATE feed_source SET lease_owner = 'node-b#schedule', lease_until = ? WHERE name = 'epss'")
                .param(DbTime.of(clock.instant().plus(Duration.ofMinutes(10)))).update();
        MvcResult busy = perform(post("/api/v1/feeds/epss/sync?wait=true").header("Authorization", bearer(analyst)));
        assertThat(busy.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(busy)).contains("node-b");
        // Node B died mid-run: its lease runs out and another node takes over.
        clock.advance(Duration.ofMinutes(11));
        putJson(key(Role.ADMIN), Map.of("urls", List.of(server.url("/epss/none.csv.gz"))), "/api/v1/feeds/epss");
        JsonNode run = sync(analyst, "epss");
        assertThat(run.get("problems").get(0).asString()).contains("HTTP 404");
        assertThat(jdbc.sql("SELECT lease_owner FROM feed_source WHERE name = 'epss'").query(String.class).optional()).isEmpty();
    }

    @Test
    void dueSourcesRunOnTheirScheduleAndNotBefore() {
        String admin = key(Role.ADMIN);
        for (String other : List.of("osv", "nvd", "epss", "csaf")) {
            putJson(admin, Map.of("enabled", false), "/api/v1/feeds/" + other);
        }
        putJson(admin, Map.of("enabled", true, "schedule", "PT6H",
                "urls", List.of(server.url("/kev/known_exploited_vulnerabilities.json"))), "/api/v1/feeds/kev");
        long before = runs("kev");
        runner.runDueSources();
        assertThat(runs("kev")).isEqualTo(before + 1);
        JsonNode source = getJson(key(Role.AUDITOR), "/api/v1/feeds/kev");
        assertThat(source.get("lastRun").get("trigger").asString()).isEqualTo("schedule");
        assertThat(Instant.parse(source.get("nextRunAt").asString())).isEqualTo(clock.instant().plus(Duration.ofHours(6)));
        clock.advance(Duration.ofHours(5));
        runner.runDueSources();
        assertThat(runs("kev")).isEqualTo(before + 1);
        clock.advance(Duration.ofHours(1));
        runner.runDueSources();
        assertThat(runs("kev")).isEqualTo(before + 2);
        for (String other : List.of("osv", "nvd", "epss", "csaf")) {
            putJson(admin, Map.of(), "/api/v1/feeds/" + other);
        }
    }

    private long runs(String source) {
        return jdbc.sql("SELECT COUNT(*) FROM feed_run WHERE source = ?").param(source).query(Long.class).single();
    }

    @Test
    void aManualAdvisoryMatchesLikeAnyOther_PM21() {
        String u = unique().replace('-', 'x');
        String analyst = key(Role.SECURITY_ANALYST);
        long release = createRelease(createProduct("Manual pump " + u), "1.0");
        upload(analyst, "/api/v1/releases/" + release + "/sboms", FeedFixtures.sbom(List.of("pkg:npm/pump-ui-" + u + "@3.1.0")),
                "application/json");
        JsonNode entered = postJson(analyst, Map.of("id", "ACME-" + u, "summary", "Hard-coded service password in pump-ui",
                "reportedBy", "Jane Researcher", "aliases", List.of(),
                "cvssVectors", List.of("CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
                "affected", List.of(Map.of("purl", "pkg:npm/pump-ui-" + u, "introduced", "3.0.0", "fixed", "3.2.0"))),
                "/api/v1/manual-advisories");
        assertThat(entered.get("findings").get("created")).hasSize(1);
        JsonNode f = finding(release, "ACME-" + u);
        assertThat(f.get("severity").get("rating").asString()).isEqualTo("high");
        JsonNode origin = getJson(analyst, "/api/v1/advisories?id=ACME-" + u).get("items").get(0).get("origin");
        assertThat(origin.get("feed").asString()).isEqualTo("manual");
        assertThat(origin.get("integrity").asString()).contains("Jane Researcher");
        MvcResult bad = perform(post("/api/v1/manual-advisories").header("Authorization", bearer(analyst))
                .contentType(MediaType.APPLICATION_JSON).content("{\"id\":\"X-1\",\"summary\":\"s\",\"affected\":[{\"purl\":\"pkg:npm/a@1\"," +
                        "\"fixed\":\"2\"}]}"));
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(bad)).contains("without a version");
    }

    @Test
    void theSameFilesImportOfflineThroughTheApi() throws Exception {
        String analyst = key(Role.SECURITY_ANALYST);
        MvcResult r = upload(analyst, "/api/v1/feed-imports?fileName=known_exploited_vulnerabilities.json&wait=true",
                Files.readAllBytes(SharedData.path("cisa-kev/known_exploited_vulnerabilities.json")), "application/json");
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(200);
        JsonNode run = bodyJson(r);
        assertThat(run.get("source").asString()).isEqualTo("import");
        assertThat(run.get("trigger").asString()).isEqualTo("upload");
        assertThat(run.get("kevEntries").asInt()).isEqualTo(1404);
        MvcResult zip = upload(analyst, "/api/v1/feed-imports?fileName=Maven-all.zip", maven, "application/zip");
        assertThat(zip.getResponse().getStatus()).isEqualTo(202);
        MvcResult junk = upload(analyst, "/api/v1/feed-imports?fileName=x.json", "{\"hello\":1}".getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertThat(junk.getResponse().getStatus()).isEqualTo(400);
    }

    private JsonNode sync(String analyst, String source) {
        return call(post("/api/v1/feeds/{name}/sync?wait=true", source).header("Authorization", bearer(analyst)), 200);
    }

    private JsonNode finding(long release, String vulnerability) {
        JsonNode items = getJson(key(Role.AUDITOR), "/api/v1/findings?releaseId={r}&vulnerability={v}", release, vulnerability)
                .get("items");
        assertThat(items).as(vulnerability + " on release " + release).hasSize(1);
        return items.get(0);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new java.util.LinkedHashMap<>();
        if (raw != null) {
            for (String p : raw.split("&")) {
                String[] kv = p.split("=", 2);
                q.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return q;
    }
}

@OnH2
class ThreatFeedsH2Test extends ThreatFeedsScenario {
}

@OnPostgres
class ThreatFeedsPostgresTest extends ThreatFeedsScenario {
}
