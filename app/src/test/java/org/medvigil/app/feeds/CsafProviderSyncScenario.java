package org.medvigil.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.medvigil.app.security.Role;
import org.medvigil.app.server.OnH2;
import org.medvigil.app.server.OnPostgres;
import org.medvigil.app.server.ServerTestSupport;
import org.medvigil.core.advisory.AdvisoryReaders;
import org.medvigil.core.testdata.SharedData;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CISA as a CSAF trusted provider, served from a local HTTP server with the real files of
 * ../shared/data/cisa-csaf: the real OT ROLIE feed (its 144 ICSMA entries, URLs pointing at the
 * local server), the real documents and their real .sha512 files. CISA's public key is not in
 * the shared data, so the provider's key is a key made here, and the .asc files are its
 * signatures of the real documents; one document is served altered under its real hash
 * (rejected for the hash), one altered with a matching hash (rejected for the signature).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CsafProviderSyncScenario extends ServerTestSupport {
    private static final String CISA_PREFIX = "https://raw.githubusercontent.com/cisagov/CSAF/develop/csaf_files/OT/white/";
    private static final String HASH_TAMPERED = "2024/icsma-24-023-01.json";
    private static final String SIGNATURE_TAMPERED = "2022/icsma-22-174-01.json";

    private FeedServer server;
    private TestPgpKey key;
    private final Map<String, byte[]> genuine = new LinkedHashMap<>();

    @BeforeAll
    void serveProvider() throws IOException {
        server = new FeedServer();
        key = TestPgpKey.generate();
        Path icsma = SharedData.path("cisa-csaf/icsma");
        JsonNode realFeed = json.readTree(Files.readAllBytes(SharedData.path(
                "cisa-csaf/distribution/OT/cisa-csaf-ot-feed-tlp-white.json")));
        ObjectNode feed = (ObjectNode) realFeed.get("feed").deepCopy();
        ArrayNode entries = json.createArrayNode();
        for (JsonNode e : realFeed.get("feed").get("entry")) {
            if (e.get("id").asString().startsWith("ICSMA-")) {
                entries.add(json.readTree(e.toString().replace(CISA_PREFIX, server.url("/csaf/OT/white/"))));
            }
        }
        feed.set("entry", entries);
        assertThat(entries).hasSize(144);
        ObjectNode rolie = json.createObjectNode();
        rolie.set("feed", feed);
        server.put("/csaf/OT/white/cisa-csaf-ot-feed-tlp-white.json", json.writeValueAsBytes(rolie));
        try (var files = Files.walk(icsma)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String rel = icsma.relativize(p).toString().replace('\\', '/');
                byte[] doc = Files.readAllBytes(p);
                genuine.put(rel, doc);
                server.put("/csaf/OT/white/" + rel, doc);
                server.put("/csaf/OT/white/" + rel + ".sha512", Files.readAllBytes(Path.of(p + ".sha512")));
                server.put("/csaf/OT/white/" + rel + ".asc", key.sign(doc));
            }
        }
        // Altered under the real hash: the hash check catches it.
        server.put("/csaf/OT/white/" + HASH_TAMPERED, tampered(genuine.get(HASH_TAMPERED)));
        // Altered with a hash to match: only the signature catches it.
        byte[] forged = tampered(genuine.get(SIGNATURE_TAMPERED));
        server.put("/csaf/OT/white/" + SIGNATURE_TAMPERED, forged);
        server.put("/csaf/OT/white/" + SIGNATURE_TAMPERED + ".sha512", (sha512(forged) + "  icsma-22-174-01.json")
                .getBytes(StandardCharsets.US_ASCII));
        server.put("/csaf/openpgp/test-provider.asc", key.publicKeyFile());
        server.put("/csaf/provider-metadata.json", ("""
                {"canonical_url": "%s", "last_updated": "2024-10-24T19:23:12Z", "list_on_CSAF_aggregators": true,
                 "metadata_version": "2.0", "mirror_on_CSAF_aggregators": true, "role": "csaf_trusted_provider",
                 "publisher": {"category": "coordinator", "name": "CISA (test copy)", "namespace": "https://www.cisa.gov/"},
                 "public_openpgp_keys": [{"fingerprint": "%s", "url": "%s"}],
                 "distributions": [{"rolie": {"feeds": [{"summary": "OT advisories", "tlp_label": "WHITE", "url": "%s"}]}}]}
                """.formatted(server.url("/csaf/provider-metadata.json"), key.fingerprint(),
                server.url("/csaf/openpgp/test-provider.asc"), server.url("/csaf/OT/white/cisa-csaf-ot-feed-tlp-white.json")))
                .getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void icsmaAdvisoriesAreMirroredVerifiedAndMatchedToDevices_PM21_PM24() throws Exception {
        String analyst = key(Role.SECURITY_ANALYST);
        String auditor = key(Role.AUDITOR);
        long product = createProduct("CSAF ward " + unique());
        long release = createRelease(product, "1.0");
        byte[] inventory = """
                {"bomFormat":"CycloneDX","specVersion":"1.6","serialNumber":"urn:uuid:%s","version":1,"components":[
                  {"type":"device","bom-ref":"d1","manufacturer":{"name":"Koninklijke Philips N.V."},"name":"e-Alert","version":"2.5"},
                  {"type":"device","bom-ref":"d3","manufacturer":{"name":"BD"},"name":"Pyxis MedStation ES","version":"1.7"},
                  {"type":"device","bom-ref":"d4","supplier":{"name":"OFFIS e.V."},"name":"DCMTK","version":"3.6.6"}]}"""
                .formatted(UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        assertThat(upload(analyst, "/api/v1/releases/" + release + "/sboms", inventory, "application/json")
                .getResponse().getStatus()).isEqualTo(201);
        putJson(key(Role.ADMIN), Map.of("urls", List.of(server.url("/csaf/provider-metadata.json"))), "/api/v1/feeds/csaf");

        // First sync: 142 documents imported; the two altered ones rejected, each for what gave it away.
        JsonNode run = sync(analyst);
        assertThat(run.get("status").asString()).isEqualTo("completed_with_problems");
        assertThat(run.get("documents").asInt()).isEqualTo(142);
        assertThat(run.get("advisories").asInt()).isEqualTo(advisoriesIn(genuine, List.of(HASH_TAMPERED, SIGNATURE_TAMPERED)));
        assertThat(run.get("skipped").asInt()).isEqualTo(2);
        assertThat(run.get("problems")).extracting(JsonNode::asString).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).contains("icsma-24-023-01.json").contains("SHA-512 mismatch"),
                p -> assertThat(p).contains("icsma-22-174-01.json").contains("OpenPGP signature does not match the document"));
        assertThat(count("kev_entry")).isNotNegative();

        // The product-tree matches: devices named in ICSMA advisories have findings.
        List<String> found = new ArrayList<>();
        getJson(auditor, "/api/v1/findings?releaseId={id}&size=500", release).get("items")
                .forEach(f -> found.add(f.get("component").get("name").asString() + " " + f.get("vulnerability").get("id").asString()));
        assertThat(found).contains("e-Alert CVE-2022-0922", "Pyxis MedStation ES CVE-2022-22766");
        assertThat(found).noneMatch(f -> f.startsWith("DCMTK")); // its advisory (ICSMA-22-174-01) was the forged one

        // Provenance per advisory: feed, URL, time, hash and how it was verified.
        JsonNode advisory = getJson(auditor, "/api/v1/advisories?id=CVE-2022-0922").get("items").get(0);
        JsonNode origin = advisory.get("origin");
        assertThat(origin.get("feed").asString()).isEqualTo("csaf");
        assertThat(origin.get("url").asString()).isEqualTo(server.url("/csaf/OT/white/2022/icsma-22-088-01.json"));
        assertThat(origin.get("integrity").asString()).contains("sha512 matches")
                .contains("OpenPGP signature verified (key " + key.fingerprint() + ")");
        assertThat(origin.get("sha256").asString()).isEqualTo(FeedHttp.sha256(genuine.get("2022/icsma-22-088-01.json")));
        // The document is kept byte-for-byte, product tree and all.
        byte[] stored = perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/advisory-imports/{id}/content", advisory.get("documentId").asLong())
                .header("Authorization", bearer(auditor))).getResponse().getContentAsByteArray();
        assertThat(stored).isEqualTo(genuine.get("2022/icsma-22-088-01.json"));

        // The provider fixes its files: the next run fetches only what failed (and the feed, which it read again for them).
        server.put("/csaf/OT/white/" + HASH_TAMPERED, genuine.get(HASH_TAMPERED));
        server.put("/csaf/OT/white/" + SIGNATURE_TAMPERED, genuine.get(SIGNATURE_TAMPERED));
        server.put("/csaf/OT/white/" + SIGNATURE_TAMPERED + ".sha512", Files.readAllBytes(
                SharedData.path("cisa-csaf/icsma/" + SIGNATURE_TAMPERED + ".sha512")));
        server.log.clear();
        clock.advance(java.time.Duration.ofHours(6));
        JsonNode retry = sync(analyst);
        assertThat(retry.get("status").asString()).isEqualTo("succeeded");
        assertThat(retry.get("documents").asInt()).isEqualTo(2);
        assertThat(retry.get("unchanged").asInt()).isEqualTo(142);
        assertThat(server.log).filteredOn(r -> r.path().endsWith(".json") && r.path().contains("/20"))
                .extracting(FeedServer.Request::path)
                .containsExactlyInAnyOrder("/csaf/OT/white/" + HASH_TAMPERED, "/csaf/OT/white/" + SIGNATURE_TAMPERED);
        assertThat(getJson(auditor, "/api/v1/findings?releaseId={id}&size=500", release).get("items").toString())
                .contains("CVE-2022-2119");

        // Nothing changed since: every request is conditional and answered 304; nothing is transferred.
        server.log.clear();
        JsonNode idle = sync(analyst);
        assertThat(idle.get("status").asString()).isEqualTo("succeeded");
        assertThat(idle.get("bytesFetched").asLong()).isZero();
        assertThat(idle.get("documents").asInt()).isZero();
        assertThat(server.bytesSent()).isZero();
        assertThat(server.log).isNotEmpty().allSatisfy(r -> assertThat(r.status()).isEqualTo(304));
    }

    @Test
    void aDocumentSignedByAnUnknownKeyIsRejected() {
        byte[] doc = genuine.get("2019/icsma-19-164-01.json");
        TestPgpKey stranger = TestPgpKey.generate();
        assertThat(OpenPgp.verify(doc, stranger.sign(doc), OpenPgp.keys(key.publicKeyFile())))
                .isInstanceOfSatisfying(OpenPgp.Failed.class, f -> assertThat(f.reason())
                        .contains("signed by key ").contains(stranger.fingerprint().substring(24)).contains("not a trusted key"));
        assertThat(OpenPgp.verify(doc, key.sign(doc), OpenPgp.keys(key.publicKeyFile())))
                .isEqualTo(new OpenPgp.Verified(key.fingerprint()));
    }

    /**
     * The real .asc files: without CISA's public key (not in the shared data) they cannot be
     * verified, but each is a well-formed OpenPGP signature by CISA's key, whose fingerprint
     * CISA's provider metadata publishes; the pipeline reports them as by an untrusted key.
     */
    @Test
    void theRealCisaSignaturesAreReadAndNamedByTheirKey() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<OpenPgp.Key> ours = OpenPgp.keys(key.publicKeyFile());
        for (Map.Entry<String, byte[]> e : genuine.entrySet()) {
            byte[] asc = Files.readAllBytes(SharedData.path("cisa-csaf/icsma/" + e.getKey() + ".asc"));
            OpenPgp.Verdict v = OpenPgp.verify(e.getValue(), asc, ours);
            if (!(v instanceof OpenPgp.Failed f) || !f.reason().contains("144AED0A57BE7D4AE835D9D8CAC5AC4F74164B17")) {
                wrong.add(e.getKey() + ": " + v.line());
            }
        }
        assertThat(genuine).hasSize(144);
        assertThat(wrong).as("first 20: %s", wrong.stream().limit(20).toList()).isEmpty();
    }

    private JsonNode sync(String analyst) {
        return call(post("/api/v1/feeds/csaf/sync?wait=true").header("Authorization", bearer(analyst))
                .contentType(MediaType.APPLICATION_JSON), 200);
    }

    private static int advisoriesIn(Map<String, byte[]> docs, List<String> except) {
        AdvisoryReaders readers = AdvisoryReaders.standard();
        return docs.entrySet().stream().filter(e -> !except.contains(e.getKey()))
                .mapToInt(e -> readers.read(e.getValue(), e.getKey()).size()).sum();
    }

    private static byte[] tampered(byte[] doc) {
        String s = new String(doc, StandardCharsets.UTF_8);
        return s.replaceFirst("\"title\": \"", "\"title\": \"(altered) ").getBytes(StandardCharsets.UTF_8);
    }

    private static String sha512(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-512").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

@OnH2
class CsafProviderSyncH2Test extends CsafProviderSyncScenario {
}

@OnPostgres
class CsafProviderSyncPostgresTest extends CsafProviderSyncScenario {
}
