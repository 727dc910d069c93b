package org.medvigil.core.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.advisory.PackageSelector.ByCpe;
import org.medvigil.core.purl.Cpe;

class NvdCveReaderTest {
    private final AdvisoryReaders readers = AdvisoryReaders.standard();

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = NvdCveReaderTest.class.getResourceAsStream("/advisory/nvd/" + name)) {
            return in.readAllBytes();
        }
    }

    private static AffectedPackage entry(Advisory a, String criteria) {
        return a.affected().stream().filter(p -> ((ByCpe) p.selector()).cpe().toFormattedString().equals(criteria))
                .findFirst().orElseThrow(() -> new AssertionError("no entry for " + criteria));
    }

    @Test
    void readsAnApiPageWithLog4ShellAndARejectedCve() throws IOException {
        List<Advisory> page = readers.read(resource("nvd-cve-2.0-page.json"), "nvd-cve-2.0-page.json");
        assertThat(page).extracting(Advisory::id).containsExactly("CVE-2021-44228", "CVE-2022-0329");
        assertThat(readers.readerFor(org.medvigil.core.sbom.DocumentHead.of(resource("nvd-cve-2.0-page.json"))))
                .get().extracting(AdvisoryReader::name).isEqualTo("NVD CVE API 2.0 JSON");

        Advisory log4shell = page.get(0);
        assertThat(log4shell.details()).startsWith("Apache Log4j2 2.0-beta9 through 2.15.0");
        assertThat(log4shell.published()).isEqualTo(Instant.parse("2021-12-10T10:15:09.143Z"));
        assertThat(log4shell.modified()).isEqualTo(Instant.parse("2024-04-03T17:29:25.807Z"));
        assertThat(log4shell.isWithdrawn()).isFalse();
        assertThat(log4shell.severities()).containsExactly(
                new Severity("CVSS_V3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"),
                new Severity("CVSS_V2", "AV:N/AC:M/Au:N/C:C/I:C/A:C"));
        assertThat(log4shell.cwes()).containsExactly("CWE-20", "CWE-400", "CWE-502", "CWE-917");
        assertThat(log4shell.references()).hasSize(4).first().isEqualTo("https://logging.apache.org/log4j/2.x/security.html");
        assertThat(log4shell.provenance()).isEqualTo(new Provenance("nvd", "nvd-cve-2.0-page.json", "nvd-cve-2.0-page.json"));

        // One entry per distinct criteria: the three Log4j ranges merge under the wildcard CPE.
        AffectedPackage ranges = entry(log4shell, "cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*");
        assertThat(ranges.ranges()).extracting(RangeText::of).containsExactly(
                "vers:generic/>=2.0.1|<2.3.1", "vers:generic/>=2.4.0|<2.12.2", "vers:generic/>=2.13.0|<2.15.0");
        assertThat(ranges.condition()).isNull();
        assertThat(entry(log4shell, "cpe:2.3:a:apache:log4j:2.0:beta9:*:*:*:*:*:*").ranges())
                .extracting(RangeText::of).containsExactly("exact 2.0-beta9");
        assertThat(entry(log4shell, "cpe:2.3:a:apache:log4j:2.0:-:*:*:*:*:*:*").ranges())
                .extracting(RangeText::of).containsExactly("exact 2.0");
        assertThat(entry(log4shell, "cpe:2.3:a:cisco:cyber_vision:4.0.2:*:*:*:*:*:*:*").ranges())
                .extracting(RangeText::of).containsExactly("exact 4.0.2");
        assertThat(entry(log4shell, "cpe:2.3:a:siemens:siveillance_control_pro:*:*:*:*:*:*:*:*").ranges())
                .extracting(RangeText::of).containsExactly("vers:generic/<2.1");

        // "Running on" configuration: the vulnerable firmware is kept, the hardware is a condition.
        AffectedPackage firmware = entry(log4shell, "cpe:2.3:o:siemens:sppa-t3000_ses3000_firmware:*:*:*:*:*:*:*:*");
        assertThat(firmware.ranges()).extracting(RangeText::of).containsExactly("all");
        assertThat(firmware.condition()).contains("running on/with cpe:2.3:h:siemens:sppa-t3000_ses3000:-:*:*:*:*:*:*:*")
                .contains("not evaluated");
        assertThat(log4shell.affected()).noneMatch(p -> ((ByCpe) p.selector()).cpe().part().equals("h"));
        assertThat(log4shell.affected()).hasSize(8);

        Advisory rejected = page.get(1);
        assertThat(rejected.isWithdrawn()).isTrue();
        assertThat(rejected.withdrawn()).isEqualTo(Instant.parse("2022-02-22T16:15:07Z"));
        assertThat(rejected.affected()).isEmpty();
    }

    @Test
    void readsASingleCveObject() throws IOException {
        Advisory heartbleed = readers.read(resource("cve-2014-0160.json"), "cve-2014-0160.json").get(0);
        assertThat(heartbleed.id()).isEqualTo("CVE-2014-0160");
        assertThat(heartbleed.cwes()).containsExactly("CWE-125");
        assertThat(heartbleed.severities()).extracting(Severity::type).containsExactly("CVSS_V3", "CVSS_V2");
        assertThat(heartbleed.affected()).hasSize(13);
        assertThat(heartbleed.affected()).extracting(p -> ((ByCpe) p.selector()).cpe().productKey())
                .containsOnly("openssl:openssl", "debian:debian_linux");
        assertThat(entry(heartbleed, "cpe:2.3:a:openssl:openssl:1.0.1f:*:*:*:*:*:*:*").ranges())
                .extracting(RangeText::of).containsExactly("exact 1.0.1f");
        assertThat(entry(heartbleed, "cpe:2.3:a:openssl:openssl:1.0.2:beta1:*:*:*:*:*:*").ranges())
                .extracting(RangeText::of).containsExactly("exact 1.0.2-beta1");
    }

    @Test
    void orderOfSeveritiesIsPrimaryFirstNewestVersionFirst() {
        String json = """
                {"cve":{"id":"CVE-2024-0001","published":"2024-01-01T00:00:00.000","lastModified":"2024-01-02T00:00:00.000",
                 "vulnStatus":"Analyzed","descriptions":[{"lang":"en","value":"x"}],
                 "metrics":{
                  "cvssMetricV40":[{"source":"cna@example.com","type":"Secondary","cvssData":{"version":"4.0","vectorString":"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"}}],
                  "cvssMetricV31":[{"source":"cna@example.com","type":"Secondary","cvssData":{"version":"3.1","vectorString":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}},
                                   {"source":"nvd@nist.gov","type":"Primary","cvssData":{"version":"3.1","vectorString":"CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H"}}],
                  "cvssMetricV30":[{"source":"nvd@nist.gov","type":"Primary","cvssData":{"version":"3.0","vectorString":"CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H"}}]},
                 "weaknesses":[{"source":"nvd@nist.gov","type":"Primary","description":[{"lang":"en","value":"NVD-CWE-noinfo"}]}],
                 "configurations":[{"nodes":[{"operator":"OR","negate":false,"cpeMatch":[
                   {"vulnerable":true,"criteria":"cpe:2.3:o:cisco:ios:15.2\\\\(4\\\\)ea7:*:*:*:*:*:*:*"},
                   {"vulnerable":true,"criteria":"cpe:2.3:a:vendor:product:*:*:*:*:*:*:*:*","versionStartExcluding":"1.0","versionEndIncluding":"1.9"}]}]}]}}
                """;
        Advisory a = readers.read(json.getBytes(StandardCharsets.UTF_8), "x.json").get(0);
        assertThat(a.severities()).extracting(Severity::value).containsExactly(
                "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", "CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H",
                "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        assertThat(a.cwes()).isEmpty();
        assertThat(a.affected().get(0).ranges()).extracting(RangeText::of).containsExactly("exact 15.2(4)ea7");
        assertThat(a.affected().get(1).ranges()).extracting(RangeText::of).containsExactly("vers:generic/>1.0|<=1.9");
    }

    @Test
    void aBadCveInAPageIsSkippedAndReportedWhileTheOthersLoad() {
        String json = """
                {"format":"NVD_CVE","version":"2.0","vulnerabilities":[
                  {"cve":{"id":"CVE-2024-0002","published":"2024-01-01T00:00:00.000","descriptions":[]}},
                  {"cve":{"id":"CVE-2024-0003","published":"not a date"}},
                  {"cve":{"id":"CVE-2024-0004","published":"2024-01-03T00:00:00.000"}}]}
                """;
        List<Advisory> read = new ArrayList<>();
        assertThatThrownBy(() -> readers.read(json.getBytes(StandardCharsets.UTF_8), "page.json", read::add))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("1 CVE record skipped, the others were read; first: CVE-2024-0003: published is not a date-time: \"not a date\"");
        assertThat(read).extracting(Advisory::id).containsExactly("CVE-2024-0002", "CVE-2024-0004");
    }

    @Test
    void cpeVersionNotApplicableMeansEveryVersion() {
        String json = """
                {"cve":{"id":"CVE-2024-0005","configurations":[{"nodes":[{"operator":"OR","cpeMatch":[
                  {"vulnerable":true,"criteria":"cpe:2.3:h:vendor:pump:-:*:*:*:*:*:*:*"}]}]}]}}
                """;
        AffectedPackage p = readers.read(json.getBytes(StandardCharsets.UTF_8), "x.json").get(0).affected().get(0);
        assertThat(p.selector()).isEqualTo(new ByCpe(Cpe.parse("cpe:2.3:h:vendor:pump:-:*:*:*:*:*:*:*")));
        assertThat(p.ranges()).extracting(RangeText::of).containsExactly("all");
    }
}
