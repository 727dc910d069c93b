package org.medvigil.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.medvigil.core.purl.Cpe;
import org.medvigil.core.purl.Purl;
import org.medvigil.core.testdata.SharedData;

/** What the readers take from specific real SBOMs, checked against the documents by hand. */
class RealSbomContentTest {
    private final SbomReaders readers = SbomReaders.standard();

    private Inventory read(String relative) {
        return readers.read(SharedData.path(relative));
    }

    private static Component named(Inventory inv, String name) {
        return inv.components().stream().filter(c -> name.equals(c.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no component " + name + " in " + inv.source()));
    }

    @Test
    void medicalDeviceSbomGivesIdentitySupplierSideAndSupportOfItsTlsLibrary_C06() {
        Inventory inv = read("sbom-samples/medical-device/spacelab-sbom-completeness/narrow.sbom.json");

        assertThat(inv.format()).isEqualTo("CycloneDX 1.4");
        assertThat(inv.components()).hasSize(55);
        assertThat(inv.dependencies()).hasSize(56);
        assertThat(inv.warnings()).isEmpty();
        assertThat(inv.document().subject().type()).isEqualTo("device");
        assertThat(inv.document().created()).isEqualTo(Instant.parse("2025-07-23T20:52:41.344402Z"));
        assertThat(inv.document().authors()).containsExactly("REDACTED");

        Component wolfssl = named(inv, "WolfSSL");
        assertThat(wolfssl.bomRef()).isEqualTo("BomRef.6730320963532548.7863229239413411");
        assertThat(wolfssl.type()).isEqualTo("firmware");
        assertThat(wolfssl.version()).isEqualTo("4.8.1");
        assertThat(wolfssl.purl()).isEqualTo(Purl.parse("pkg:github/wolfssl/wolfssl"));
        assertThat(wolfssl.cpes()).containsExactly(Cpe.parse("cpe:2.3:a:wolfssl:wolfssl:4.8.1:*:*:*:*:*:*:*"));
        // The document names the maker as publisher and states no supplier and no hashes.
        assertThat(wolfssl.manufacturer()).isEqualTo("wolfSSL");
        assertThat(wolfssl.vendor()).isEqualTo("wolfSSL");
        assertThat(wolfssl.supplier()).isNull();
        assertThat(wolfssl.hashes()).isEmpty();
        assertThat(wolfssl.licenses()).containsExactly("GPLv3/Commercial");
        assertThat(wolfssl.support()).isEqualTo(new Support("Actively maintained", null, "Open source"));
        assertThat(wolfssl.properties()).containsEntry("Level of Support", "Actively maintained");
    }

    @Test
    void everyComponentOfBothMedicalDeviceSbomsStatesItsSupport_C06() {
        for (String f : List.of("narrow", "extended")) {
            Inventory inv = read("sbom-samples/medical-device/spacelab-sbom-completeness/" + f + ".sbom.json");
            assertThat(inv.components()).allSatisfy(c -> {
                assertThat(c.support().level()).as(c.name()).isNotNull();
                assertThat(c.support().endOfSupportText()).as(c.name()).isNotNull();
            });
            Map<String, Long> levels = inv.components().stream()
                    .collect(Collectors.groupingBy(c -> c.support().level(), Collectors.counting()));
            assertThat(levels).containsKeys("Actively maintained", "Inactive");
        }
        Inventory extended = read("sbom-samples/medical-device/spacelab-sbom-completeness/extended.sbom.json");
        assertThat(extended.components()).hasSize(65);
        assertThat(extended.components()).filteredOn(c -> "Until hardware support ends".equals(c.support().endOfSupportText()))
                .isNotEmpty().allSatisfy(c -> assertThat(c.support().endOfSupport()).isNull());
    }

    @Test
    void nestedNpmComponentsAreFlattenedWithTheirParentAndTheGraphKept() {
        for (String syntax : List.of("json", "xml")) {
            Inventory inv = read("cyclonedx-bom-examples/SBOM/juice-shop/via_npm/bare/bom.1.4." + syntax);
            assertThat(inv.components()).as(syntax).hasSize(1115);
            assertThat(inv.components().stream().filter(c -> c.parentRef() != null)).as(syntax).hasSize(278);
            assertThat(inv.dependencies()).as(syntax).hasSize(1116);
            Component ansi = inv.components().stream()
                    .filter(c -> c.bomRef().equals("@mapbox/node-pre-gyp@1.0.10|ansi-regex@5.0.1")).findFirst().orElseThrow();
            assertThat(ansi.parentRef()).isEqualTo("@mapbox/node-pre-gyp@1.0.10");
            assertThat(ansi.purl()).isEqualTo(Purl.parse("pkg:npm/ansi-regex@5.0.1"));
            assertThat(inv.document().subject().name()).isEqualTo("juice-shop");
        }
    }

    @Test
    void jsonAndXmlOfTheSameBomReadToTheSameComponents() {
        for (String bom : List.of("laravel-7.12.0/bom.1.4", "juice-shop/via_npm/flat/bom.1.3", "proton-bridge/proton-bridge-v1.8.0.bom")) {
            Inventory json = read("cyclonedx-bom-examples/SBOM/" + bom + ".json");
            Inventory xml = read("cyclonedx-bom-examples/SBOM/" + bom + ".xml");
            assertThat(xml.components()).as(bom).containsExactlyElementsOf(json.components());
            assertThat(xml.dependencies()).as(bom).isEqualTo(json.dependencies());
            assertThat(xml.document().subject()).as(bom).isEqualTo(json.document().subject());
        }
    }

    @Test
    void mavenBomKeepsAllEightHashesLicenceAndDirectDependencies() {
        Inventory inv = read("cyclonedx-bom-examples/SBOM/dropwizard-1.3.15/bom.json");
        Component annotations = named(inv, "jackson-annotations");
        assertThat(annotations.hashes()).hasSize(8)
                .containsEntry("SHA-256", "c876f2e85d0f108a34cdd11ccc9d8d7875697367efc75bf10a89c2c26aee994c")
                .containsKeys("MD5", "SHA-1", "SHA-384", "SHA-512", "SHA3-256", "SHA3-384", "SHA3-512");
        assertThat(annotations.licenses()).containsExactly("Apache-2.0");
        assertThat(annotations.manufacturer()).isEqualTo("FasterXML");
        assertThat(annotations.group()).isEqualTo("com.fasterxml.jackson.core");
        assertThat(inv.dependencies().get("pkg:maven/io.dropwizard/dropwizard-core@1.3.15?type=jar"))
                .hasSize(18).contains("pkg:maven/io.dropwizard/dropwizard-jetty@1.3.15?type=jar");
    }

    @Test
    void goModulesNestedUnderTheDescribedModuleAreListed() {
        Inventory inv = read("sbom-samples/bom-shelter-in-the-wild/cyclonedx/harp-darwin-amd64.sbom.json");
        assertThat(inv.document().subject().name()).isEqualTo("github.com/elastic/harp");
        assertThat(inv.components()).filteredOn(c -> inv.document().subject().bomRef().equals(c.parentRef())).hasSize(109);
    }

    @Test
    void spdxPackageKeepsItsPurlAndBothCpesInJsonAndTagValue() {
        for (String f : List.of("kustomizer_2.1.0_sbom.spdx.json", "kustomizer_2.1.0_sbom.spdx")) {
            Inventory inv = read("sbom-samples/bom-shelter-in-the-wild/spdx/" + f);
            assertThat(inv.format()).isEqualTo("SPDX 2.2");
            assertThat(inv.components()).as(f).hasSize(124);
            Component c = named(inv, "github.com/Azure/go-ansiterm");
            assertThat(c.version()).isEqualTo("v0.0.0-20210617225240-d185dfc1b5a1");
            assertThat(c.purl()).isEqualTo(Purl.parse("pkg:golang/github.com/Azure/go-ansiterm@v0.0.0-20210617225240-d185dfc1b5a1"));
            assertThat(c.cpes()).containsExactly(
                    Cpe.parse("cpe:2.3:a:Azure:go-ansiterm:v0.0.0-20210617225240-d185dfc1b5a1:*:*:*:*:*:*:*"),
                    Cpe.parse("cpe:2.3:a:Azure:go_ansiterm:v0.0.0-20210617225240-d185dfc1b5a1:*:*:*:*:*:*:*"));
        }
    }

    @Test
    void spdxSupplierChecksumsAndCpeReadAlikeFromJsonYamlAndTagValue() {
        Map<String, Component> glibc = List.of("SPDXJSONExample-v2.3.spdx.json", "SPDXYAMLExample-v2.3.spdx.yaml",
                        "SPDXTagExample-v2.3.spdx").stream()
                .collect(Collectors.toMap(Function.identity(),
                        f -> named(read("sbom-samples/ntia-conformance/no_elements_missing/" + f), "glibc")));
        Component json = glibc.get("SPDXJSONExample-v2.3.spdx.json");
        assertThat(json.bomRef()).isEqualTo("SPDXRef-Package");
        assertThat(json.version()).isEqualTo("2.11.1");
        assertThat(json.supplier()).isEqualTo("ExampleCodeInspect");
        assertThat(json.manufacturer()).isNull();
        assertThat(json.hashes()).containsOnlyKeys("MD5", "SHA-1", "SHA-256", "BLAKE2b-384")
                .containsEntry("SHA-256", "11b6d3ee554eedf79299905a98f9b9a04e498210b59f15094c916c91d150efcd");
        assertThat(json.cpes()).contains(Cpe.parse("cpe:2.3:a:pivotal_software:spring_framework:4.1.0:*:*:*:*:*:*:*"));
        assertThat(json.type()).isEqualTo("source");
        assertThat(json.support().endOfSupport()).isEqualTo(java.time.LocalDate.of(2014, 1, 29));
        assertThat(json.licenses()).containsExactly("(LGPL-2.0-only OR LicenseRef-3)");
        // The YAML and tag-value files write the same licence without parentheses; all else is equal.
        for (String f : List.of("SPDXYAMLExample-v2.3.spdx.yaml", "SPDXTagExample-v2.3.spdx")) {
            Component other = glibc.get(f);
            assertThat(other.licenses()).as(f).containsExactly("LGPL-2.0-only OR LicenseRef-3");
            assertThat(other).as(f).usingRecursiveComparison().ignoringFields("licenses").isEqualTo(json);
        }
    }

    @Test
    void philipsKeycloakSbomListsTheDescribedProductAndItsContainedPackages() {
        Inventory inv = read("sbom-samples/vendor/philips-docfest/keyclock_sbom.json");
        assertThat(inv.format()).isEqualTo("SPDX 2.2");
        assertThat(inv.components()).hasSize(148);
        Component keycloak = named(inv, "keycloak");
        assertThat(keycloak.version()).isEqualTo("15.0.0");
        assertThat(keycloak.purl()).isEqualTo(Purl.parse("pkg:github/keycloak/keycloak@15.0.0"));
        assertThat(keycloak.licenses()).containsExactly("Apache-2.0");
        assertThat(inv.document().subject().bomRef()).isEqualTo("SPDXRef-Package-testuuproject-Keyclock");
        // 155 CONTAINS relationships, one of them repeated.
        assertThat(inv.dependencies().values().stream().mapToInt(java.util.Set::size).sum()).isEqualTo(154);
        assertThat(inv.document().tools()).singleElement().asString().startsWith("Black Duck SPDX export script");
        // A purl locator of NOASSERTION means "no purl", not an invalid one.
        assertThat(inv.warnings()).noneMatch(w -> w.contains("NOASSERTION"));
    }

    @Test
    void spdx3AndSpdx2VersionsOfTheSameExampleAgreeOnPackagesSuppliersAndGraph() {
        Inventory v2 = read("sbom-samples/spdx-examples/software/example9/spdx2.2/appbomination.spdx.json");
        Inventory v3 = read("sbom-samples/spdx-examples/software/example9/spdx3.0/appbomination.spdx3.json");
        assertThat(v3.format()).isEqualTo("SPDX 3.0.1");
        assertThat(identities(v3)).containsExactlyInAnyOrderElementsOf(identities(v2));
        assertThat(named(v3, "junit").purl()).isEqualTo(Purl.parse("pkg:maven/junit/junit@4.12"));
        assertThat(named(v3, "junit").licenses()).containsExactly("EPL-1.0");
        // In SPDX 3 supplier and originator are Agent elements, resolved to their names.
        Component app = v3.document().subject();
        assertThat(app.name()).isEqualTo("App-BOM-ination");
        assertThat(app.supplier()).isEqualTo("ACT Project").isEqualTo(named(v2, "App-BOM-ination").supplier());
        assertThat(app.manufacturer()).isEqualTo("Yevester").isEqualTo(named(v2, "App-BOM-ination").manufacturer());
        assertThat(v3.document().created()).isEqualTo(Instant.parse("2021-09-02T13:46:32Z"));
        assertThat(v3.document().authors()).containsExactly("Gary O'Neall");
        assertThat(edges(v3)).containsExactlyInAnyOrderElementsOf(edges(v2));
    }

    private static List<String> edges(Inventory inv) {
        Map<String, String> names = inv.components().stream().collect(Collectors.toMap(Component::bomRef, Component::name));
        return inv.dependencies().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(to -> names.get(e.getKey()) + " -> " + names.get(to))).toList();
    }

    private static List<String> identities(Inventory inv) {
        return inv.components().stream().map(c -> c.name() + "@" + c.version() + " " + c.purl()).toList();
    }
}
