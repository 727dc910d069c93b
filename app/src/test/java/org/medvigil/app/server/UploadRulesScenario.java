package org.medvigil.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.medvigil.app.findings.IncrementalMatching;
import org.medvigil.app.security.Role;
import org.medvigil.core.sbom.SbomReaders;
import org.medvigil.core.testdata.SharedData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * Uploads and imports: all-or-nothing (a bad document stores nothing), verbatim storage, the
 * problem+json answers (400 with field errors, 404, 409, 415), pagination, real SBOMs and real
 * OSV records from the shared data, and the matching state rebuilt from the database.
 */
abstract class UploadRulesScenario extends ServerTestSupport {
    private static final List<String> TABLES = List.of("product_release", "sbom_document", "component", "finding",
            "advisory_document", "advisory", "audit_event");

    @Autowired
    IncrementalMatching matching;

    @Test
    void aBadSbomIsRefusedWithProblemJsonNamingTheProblemAndStoresNothing() {
        long product = createProduct("Bad SBOM pump " + unique());
        long release = createRelease(product, "1.0");
        String analyst = key(Role.SECURITY_ANALYST);
        Map<String, Long> before = counts();

        MvcResult truncated = upload(analyst, "/api/v1/releases/" + release + "/sboms?fileName=broken.cdx.json",
                "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{\"name\":".getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertThat(truncated.getResponse().getStatus()).isEqualTo(400);
        assertThat(truncated.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(bodyJson(truncated).get("detail").asString()).startsWith("broken.cdx.json");

        MvcResult unknown = upload(analyst, "/api/v1/products/" + product + "/sboms?version=2.0&fileName=notes.txt",
                "just some text".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
        assertThat(bodyJson(unknown).get("detail").asString()).contains("notes.txt").contains("not a recognised SBOM");

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void uploadsAreStoredVerbatimWithTheirHashAndMatchedAgainstTheStore() throws Exception {
        long product = createProduct("Example pump " + unique());
        long release = createRelease(product, "3.2.0");
        byte[] sbom = Documents.read(Documents.example("infusion-pump-sbom.cdx.json"));
        MvcResult r = upload(key(Role.SECURITY_ANALYST), "/api/v1/releases/" + release + "/sboms?fileName=infusion-pump-sbom.cdx.json",
                sbom, "application/vnd.cyclonedx+json");
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(201);
        JsonNode doc = bodyJson(r).get("sbom");
        assertThat(doc.get("sha256").asString()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sbom)));
        assertThat(doc.get("format").asString()).startsWith("CycloneDX");
        assertThat(doc.get("componentCount").asInt())
                .isEqualTo(SbomReaders.standard().read(sbom, "x").components().size());
        MvcResult content = perform(get("/api/v1/releases/{id}/sboms/1/content", release)
                .header("Authorization", bearer(key(Role.AUDITOR))));
        assertThat(content.getResponse().getContentAsByteArray()).isEqualTo(sbom);

        for (Path advisory : examples("advisories")) {
            MvcResult imported = upload(key(Role.SECURITY_ANALYST), "/api/v1/advisories?fileName=" + advisory.getFileName(),
                    Documents.read(advisory), advisory.toString().endsWith(".yaml") ? "application/yaml" : "application/json");
            assertThat(imported.getResponse().getStatus()).as(advisory + ": " + body(imported)).isEqualTo(201);
        }
        JsonNode findings = getJson(key(Role.AUDITOR), "/api/v1/findings?releaseId={id}&size=500", release).get("items");
        assertThat(findings).extracting(f -> f.get("vulnerability").get("id").asString())
                .contains("GHSA-35jh-r3h4-6jhm", "GHSA-j8r2-6x86-q33q", "GHSA-q2q7-5pp4-w6pg", "GHSA-cph5-m8f7-6c5x");
        assertThat(findings).allSatisfy(f -> assertThat(f.get("match").get("reason").asString()).isNotBlank());

        // C-06: support data is editable after upload, and audited.
        long component = getJson(key(Role.AUDITOR), "/api/v1/releases/{id}/components", release).get("items").get(0).get("id").asLong();
        JsonNode support = putJson(key(Role.SECURITY_ANALYST), Map.of("level", "no longer maintained",
                "endOfSupport", "2027-06-30", "note", "Supplier letter 2026-10"), "/api/v1/components/{id}/support", component);
        assertThat(support.get("support").get("level").asString()).isEqualTo("no longer maintained");
        assertThat(support.get("support").get("endOfSupport").asString()).isEqualTo("2027-06-30");
        assertThat(getJson(key(Role.AUDITOR), "/api/v1/audit?entityType=component&entityId={id}", component).get("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void realSbomsOfEveryFormatAreReadAsCoreReadsThem() {
        long product = createProduct("Real SBOMs " + unique());
        List<String> files = List.of(
                "sbom-samples/medical-device/spacelab-sbom-completeness/extended.sbom.json",
                "sbom-samples/vendor/philips-docfest/keyclock_sbom.json");
        for (String file : files) {
            byte[] content = Documents.read(SharedData.path(file));
            MvcResult r = upload(key(Role.SECURITY_ANALYST), "/api/v1/products/" + product + "/sboms?version=" + file.hashCode()
                    + "&fileName=" + Path.of(file).getFileName(), content, "application/json");
            assertThat(r.getResponse().getStatus()).as(file + ": " + body(r)).isEqualTo(201);
            assertThat(bodyJson(r).get("sbom").get("componentCount").asInt()).as(file)
                    .isEqualTo(SbomReaders.standard().read(content, file).components().size());
        }
    }

    @Test
    void realOsvRecordsImportedAsAZipMatchRealComponentsAndMergeWithTheirAliases() throws IOException {
        long product = createProduct("Python pump " + unique());
        long release = createRelease(product, "1.0");
        upload(key(Role.SECURITY_ANALYST), "/api/v1/releases/" + release + "/sboms",
                Documents.read(Documents.example("infusion-pump-sbom.cdx.json")), "application/json");
        upload(key(Role.SECURITY_ANALYST), "/api/v1/advisories",
                Documents.read(Documents.example("advisories/osv/GHSA-q2q7-5pp4-w6pg.yaml")), "application/yaml");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String pkg : List.of("urllib3", "requests")) {
            try (Stream<Path> files = Files.list(SharedData.path("osv/pypa-advisory-database/vulns/" + pkg))) {
                files.sorted().forEach(f -> entries.put(pkg + "/" + f.getFileName(), Documents.read(f)));
            }
        }
        MvcResult r = upload(key(Role.SECURITY_ANALYST), "/api/v1/advisories?fileName=pypa.zip", Documents.zip(entries), "application/zip");
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(201);
        assertThat(bodyJson(r).get("document").get("advisoryCount").asInt()).isEqualTo(entries.size());
        assertThat(bodyJson(r).get("document").get("source").asString()).isEqualTo("osv");

        JsonNode findings = getJson(key(Role.AUDITOR), "/api/v1/findings?releaseId={id}&size=500", release).get("items");
        // PYSEC-2021-108 is GHSA-q2q7-5pp4-w6pg under another name: one finding, not two.
        List<JsonNode> urllib3 = Stream.of(toArray(findings))
                .filter(f -> f.get("vulnerability").toString().contains("PYSEC-2021-108")).toList();
        assertThat(urllib3).singleElement().satisfies(f -> assertThat(f.get("vulnerability").toString())
                .contains("GHSA-q2q7-5pp4-w6pg").contains("CVE-2021-33503"));
        assertThat(Stream.of(toArray(findings)).map(f -> f.get("vulnerability").get("id").asString()))
                .anyMatch(id -> id.startsWith("PYSEC-"));
    }

    @Test
    void aZipWithABadEntryIsRefusedWholeUnlessSkipInvalid() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        String u = unique();
        entries.put("good.json", Documents.osv("MVZIP-" + u, List.of(), "zip-lib-" + u, "2.0.0",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", false));
        entries.put("bad.json", "{\"id\": \"MVZIP-bad\", \"affected\": [".getBytes(StandardCharsets.UTF_8));
        byte[] zip = Documents.zip(entries);
        String analyst = key(Role.SECURITY_ANALYST);
        Map<String, Long> before = counts();
        MvcResult refused = upload(analyst, "/api/v1/advisories?fileName=mixed.zip", zip, "application/zip");
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(bodyJson(refused).get("problems")).singleElement()
                .satisfies(p -> assertThat(p.asString()).contains("bad.json"));
        assertThat(counts()).isEqualTo(before);

        MvcResult skipped = upload(key(Role.SECURITY_ANALYST), "/api/v1/advisories?fileName=mixed.zip&skipInvalid=true", zip,
                "application/zip");
        assertThat(skipped.getResponse().getStatus()).as(body(skipped)).isEqualTo(201);
        assertThat(bodyJson(skipped).get("document").get("advisoryCount").asInt()).isEqualTo(1);
        assertThat(bodyJson(skipped).get("document").get("problems")).hasSize(1);
    }

    @Test
    void theMatchingStateIsRebuiltFromTheDatabase() {
        String u = unique().replace('-', 'x');
        String lib = "rebuilt-lib-" + u;
        upload(key(Role.SECURITY_ANALYST), "/api/v1/advisories", Documents.osv("MVREBUILD-" + u, List.of(), lib, "9.0.0",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", false), "application/json");
        matching.afterSingletonsInstantiated();
        long product = createProduct("Rebuilt pump " + u);
        MvcResult r = upload(key(Role.SECURITY_ANALYST), "/api/v1/products/" + product + "/sboms?version=1",
                Documents.cycloneDx(UUID.randomUUID().toString(), lib + "@1.0.0"), "application/json");
        assertThat(bodyJson(r).get("findings").get("created")).hasSize(1);

        // Another node wrote since this one built its state: the next write rebuilds first.
        jdbc.sql("UPDATE matching_lock SET generation = generation + 7").update();
        MvcResult again = upload(key(Role.SECURITY_ANALYST), "/api/v1/products/" + product + "/sboms?version=2",
                Documents.cycloneDx(UUID.randomUUID().toString(), lib + "@2.0.0"), "application/json");
        assertThat(bodyJson(again).get("findings").get("created")).hasSize(1);
    }

    @Test
    void formEncodedUploadsAre415AndEmptyOnes400() {
        long release = createRelease(createProduct("Media pump " + unique()), "1.0");
        MvcResult form = upload(key(Role.SECURITY_ANALYST), "/api/v1/releases/" + release + "/sboms", "a=b".getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
        assertThat(form.getResponse().getStatus()).isEqualTo(415);
        assertThat(form.getResponse().getContentType()).startsWith("application/problem+json");
        MvcResult empty = upload(key(Role.SECURITY_ANALYST), "/api/v1/releases/" + release + "/sboms", new byte[0], "application/json");
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
        MvcResult missing = upload(key(Role.SECURITY_ANALYST), "/api/v1/releases/999999/sboms", "{}".getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
        assertThat(bodyJson(missing).get("detail").asString()).isEqualTo("release 999999 not found");
    }

    @Test
    void invalidFieldsAre400WithEachFieldNamed() {
        MvcResult r = perform(post("/api/v1/products").header("Authorization", bearer(key(Role.REGULATORY)))
                .contentType("application/json").content("{\"name\":\"\"}"));
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(bodyJson(r).get("errors")).extracting(e -> e.get("field").asString())
                .contains("name", "deviceClass", "pathway", "cyberDevice", "cyberDeviceRationale");

        MvcResult badEnum = perform(post("/api/v1/products").header("Authorization", bearer(key(Role.REGULATORY)))
                .contentType("application/json").content("{\"name\":\"x\",\"deviceClass\":\"IV\"}"));
        assertThat(badEnum.getResponse().getStatus()).isEqualTo(400);
        assertThat(bodyJson(badEnum).get("detail").asString()).contains("deviceClass").doesNotContain("org.medvigil");

        MvcResult badMatrix = perform(post("/api/v1/products").header("Authorization", bearer(key(Role.REGULATORY)))
                .contentType("application/json").content("{\"name\":\"Matrix " + unique() + "\",\"deviceClass\":\"II\","
                        + "\"pathway\":\"510k\",\"cyberDevice\":true,\"cyberDeviceRationale\":\"Wi-Fi\","
                        + "\"riskAcceptanceMatrix\":{\"format\":\"medvigil-risk-matrix/1\",\"rows\":{}}}"));
        assertThat(badMatrix.getResponse().getStatus()).isEqualTo(400);
        assertThat(bodyJson(badMatrix).get("detail").asString()).startsWith("riskAcceptanceMatrix: ");

        String name = "Twice " + unique();
        createProduct(name);
        MvcResult twice = perform(post("/api/v1/products").header("Authorization", bearer(key(Role.REGULATORY)))
                .contentType("application/json").content("{\"name\":\"" + name + "\",\"deviceClass\":\"II\",\"pathway\":\"510k\","
                        + "\"cyberDevice\":false,\"cyberDeviceRationale\":\"none\"}"));
        assertThat(twice.getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void aProductKeepsItsRiskProfile_PM03() {
        long product = createProduct("Profile pump " + unique());
        JsonNode p = getJson(key(Role.AUDITOR), "/api/v1/products/{id}", product);
        assertThat(p.get("harmSeverityScale").get("catastrophic").asString()).isEqualTo("patient death");
        assertThat(p.get("riskAcceptanceMatrix").get("format").asString()).isEqualTo("medvigil-risk-matrix/1");
        assertThat(p.get("pathway").asString()).isEqualTo("510k");
    }

    @Test
    void listsArePagedWithTheirTotal() {
        for (int i = 0; i < 3; i++) {
            createCustomer("Paged hospital " + unique());
        }
        JsonNode page = getJson(key(Role.AUDITOR), "/api/v1/customers?page=1&size=2");
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.get("items").size()).isBetween(1, 2);
        MvcResult tooBig = perform(get("/api/v1/customers?size=501").header("Authorization", bearer(key(Role.AUDITOR))));
        assertThat(tooBig.getResponse().getStatus()).isEqualTo(400);
        assertThat(bodyJson(tooBig).get("detail").asString()).contains("size must be between 1 and 500");
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, count(t)));
        return counts;
    }

    private static List<Path> examples(String folder) throws IOException {
        try (Stream<Path> files = Files.walk(Documents.example(folder))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static JsonNode[] toArray(JsonNode array) {
        JsonNode[] out = new JsonNode[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i);
        }
        return out;
    }
}

@OnH2
class UploadRulesH2Test extends UploadRulesScenario {
}

@OnPostgres
class UploadRulesPostgresTest extends UploadRulesScenario {
}
