package org.medvigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CvssCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void printsOneJsonObjectPerVectorWithTheContractFields() throws Exception {
        CliRun run = CliRun.of("cvss", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P",
                "AV:N/AC:L/Au:N/C:P/I:P/A:P",
                "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U/S:P");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        List<JsonNode> lines = lines(run.out());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).toString()).isEqualTo("{\"vector\":\"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P\","
                + "\"version\":\"3.1\",\"normalizedVector\":\"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P\","
                + "\"baseScore\":9.8,\"baseSeverity\":\"critical\",\"temporalScore\":9.3,\"environmentalScore\":9.3,"
                + "\"exploitabilityScore\":3.9}");
        assertThat(lines.get(1).get("version").asText()).isEqualTo("2.0");
        assertThat(lines.get(1).get("baseScore").asDouble()).isEqualTo(7.5);
        assertThat(lines.get(1).get("baseSeverity").asText()).isEqualTo("high");
        assertThat(lines.get(1).get("temporalScore").isNull()).isTrue();
        assertThat(lines.get(2).get("version").asText()).isEqualTo("4.0");
        assertThat(lines.get(2).get("score").asDouble()).isEqualTo(8.1);
        assertThat(lines.get(2).get("severity").asText()).isEqualTo("high");
        assertThat(lines.get(2).get("nomenclature").asText()).isEqualTo("CVSS-BT");
        assertThat(lines.get(2).get("supplemental").get("S").asText()).isEqualTo("P");
    }

    @Test
    void invalidVectorsGetAnErrorObjectAndExitTwoAfterAllAreWritten() throws Exception {
        CliRun run = CliRun.of("cvss", "CVSS:3.1/AV:N/AV:P", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "AV:NETWORK");

        assertThat(run.exit()).isEqualTo(2);
        List<JsonNode> lines = lines(run.out());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).toString()).isEqualTo("{\"vector\":\"CVSS:3.1/AV:N/AV:P\",\"error\":\"duplicate metric 'AV' at position 15\"}");
        assertThat(lines.get(1).get("baseScore").asDouble()).isEqualTo(9.8);
        assertThat(lines.get(2).get("error").asText()).startsWith("invalid value 'NETWORK' for metric AV");
        assertThat(run.err()).isEqualTo("medvigil cvss: 2 of 3 vectors invalid" + System.lineSeparator());
    }

    @Test
    void dashReadsVectorsFromStandardInputLineByLine() throws Exception {
        CliRun run = CliRun.withStdin("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\r\n\n"
                + "  AV:N/AC:L/Au:S/C:C/I:C/A:C/E:F/RL:U/RC:C  \nnot-a-vector\n"
                + "CVSS:3.1/AV:" + "N".repeat(10_000) + "\nCVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N", "cvss", "-");

        assertThat(run.exit()).isEqualTo(2);
        List<JsonNode> lines = lines(run.out());
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0).get("baseScore").asDouble()).isEqualTo(9.8);
        assertThat(lines.get(1).get("temporalScore").asDouble()).isEqualTo(8.6);
        assertThat(lines.get(2).get("error").asText()).startsWith("not a CVSS vector");
        assertThat(lines.get(3).get("error").asText()).isEqualTo("line 5 is longer than 4096 characters");
        assertThat(lines.get(4).get("score").asDouble()).isEqualTo(0.0);
        assertThat(lines.get(4).get("severity").asText()).isEqualTo("none");
    }

    @Test
    void dashMustBeTheOnlyArgument() {
        CliRun run = CliRun.of("cvss", "-", "AV:N/AC:L/Au:N/C:P/I:P/A:P");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("'-' must be the only VECTOR argument");
    }

    @Test
    void noVectorIsAUsageError() {
        assertThat(CliRun.of("cvss").exit()).isEqualTo(2);
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\\R")) {
            if (!line.isEmpty()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}
