package org.medvigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvigil.core.risk.ExploitabilityLevel;
import org.medvigil.core.risk.HarmSeverity;
import org.medvigil.core.risk.RiskAcceptanceMatrix;
import org.medvigil.core.risk.RiskStatus;

class AssessCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REMOTE_LOW_PRIV = "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H";

    @Test
    void jsonHasTheContractFieldsAndExplainsTheCell_PM07() throws Exception {
        CliRun run = CliRun.of("assess", "--cvss", REMOTE_LOW_PRIV, "--harm", "serious", "--json");

        assertThat(run.exit()).isZero();
        JsonNode j = JSON.readTree(run.out());
        assertThat(j.get("determination").asText()).isEqualTo("uncontrolled");
        assertThat(j.get("exploitability").asText()).isEqualTo("high");
        assertThat(j.get("harm").asText()).isEqualTo("serious");
        assertThat(j.get("reason").asText()).isEqualTo(
                "uncontrolled: exploitability high × harm serious is uncontrolled in matrix 'MedVigil default'");
        assertThat(j.get("cell").toString()).isEqualTo("{\"exploitability\":\"high\",\"harm\":\"serious\",\"status\":\"uncontrolled\"}");
        assertThat(j.get("inputs").get("cvss").get("baseScore").asDouble()).isEqualTo(8.8);
        assertThat(j.get("inputs").get("kev").asBoolean()).isFalse();
        assertThat(j.get("inputs").get("epss").isNull()).isTrue();
        assertThat(j.get("override").isNull()).isTrue();
    }

    @Test
    void kevAndEpssAreAppliedAndShown() throws Exception {
        JsonNode j = JSON.readTree(CliRun.of("assess", "--cvss", "CVSS:3.1/AV:N/AC:H/PR:L/UI:N/S:U/C:H/I:H/A:H",
                "--harm", "serious", "--kev", "--epss", "0.02", "--json").out());

        assertThat(j.get("exploitability").asText()).isEqualTo("high");
        assertThat(j.get("inputs").get("exploitabilityBeforeSignals").asText()).isEqualTo("medium");
        assertThat(j.get("determination").asText()).isEqualTo("uncontrolled");
        assertThat(j.get("inputs").get("epss").asDouble()).isEqualTo(0.02);
        assertThat(j.get("explanation").toString()).contains("listed in CISA KEV", "EPSS 0.0200 below threshold 0.1");
    }

    @Test
    void textOutputExplainsItself() {
        CliRun run = CliRun.of("assess", "--cvss", REMOTE_LOW_PRIV, "--harm", "minor");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Determination:  CONTROLLED\nExploitability: high\n")
                .contains("Matrix cell:    high × minor → controlled (MedVigil default)\n")
                .contains("How:\n  1. CVSS 3.1 " + REMOTE_LOW_PRIV + ": exploitability sub-score 2.84");
    }

    @Test
    void confidentialityOnlyIsControlledWithThatReason_PM06() throws Exception {
        JsonNode j = JSON.readTree(CliRun.of("assess", "--cvss", REMOTE_LOW_PRIV, "--harm", "confidentiality-only",
                "--harm-rationale", "only the audit log leaks", "--kev", "--json").out());

        assertThat(j.get("determination").asText()).isEqualTo("controlled");
        assertThat(j.get("harm").asText()).isEqualTo("negligible");
        assertThat(j.get("confidentialityOnly").asBoolean()).isTrue();
        assertThat(j.get("cell").isNull()).isTrue();
        assertThat(j.get("reason").asText()).contains("loss of confidentiality alone is not patient harm (PM-06)");
    }

    @Test
    void rubricAnswersInlineOrFromAFileGiveTheVector_R01(@TempDir Path dir) throws Exception {
        String answers = "XAVN=yes,XAVT=no,XAVW=yes,XAVR=no,XACL=yes,XPRL=no,XUI=no,XS=no,"
                + "XCP=no,XCD=no,XCT=no,XCW=no,XCS=no,XCO=no,XIP=no,XID=no,XIT=yes,XIW=no,XIS=no,XIO=no,"
                + "XAP=no,XAD=no,XAT=yes,XAW=no,XAS=no,XAO=no";
        JsonNode inline = JSON.readTree(CliRun.of("assess", "--rubric", answers, "--harm", "critical", "--json").out());
        Path file = dir.resolve("pump.rubric");
        Files.writeString(file, answers.replace(",", "\n").replace("XIT=yes", "XIT=yes # dose limits writable"));
        JsonNode fromFile = JSON.readTree(CliRun.of("assess", "--rubric-file", file.toString(), "--harm", "critical", "--json").out());

        assertThat(inline.get("inputs").get("cvss").get("vector").asText()).isEqualTo("CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H");
        assertThat(inline.get("inputs").get("rubric").get("answers").asText()).startsWith("XAVN=yes,XAVT=no");
        assertThat(inline.get("determination").asText()).isEqualTo("uncontrolled");
        assertThat(fromFile.get("inputs").get("cvss")).isEqualTo(inline.get("inputs").get("cvss"));
    }

    @Test
    void overrideNeedsStatusRationaleAndAnalystTogether_PM07() throws Exception {
        CliRun partial = CliRun.of("assess", "--cvss", REMOTE_LOW_PRIV, "--harm", "serious", "--override", "controlled");
        assertThat(partial.exit()).isEqualTo(2);
        assertThat(partial.err()).contains("--rationale", "--analyst");

        CliRun blank = CliRun.of("assess", "--cvss", REMOTE_LOW_PRIV, "--harm", "serious", "--override", "controlled",
                "--rationale", " ", "--analyst", "A. Rivera");
        assertThat(blank.exit()).isEqualTo(2);
        assertThat(blank.err()).contains("needs a written rationale");

        JsonNode j = JSON.readTree(CliRun.of("assess", "--cvss", REMOTE_LOW_PRIV, "--harm", "serious",
                "--override", "controlled", "--rationale", "network segment isolated by VLAN, verified on site",
                "--analyst", "A. Rivera", "--json").out());
        assertThat(j.get("determination").asText()).isEqualTo("controlled");
        assertThat(j.get("matrixResult").asText()).isEqualTo("uncontrolled");
        assertThat(j.get("override").get("analyst").asText()).isEqualTo("A. Rivera");
        assertThat(j.get("reason").asText()).startsWith("controlled: set by A. Rivera overriding the matrix result uncontrolled");
    }

    @Test
    void aProductMatrixFileIsUsed_PM03(@TempDir Path dir) throws Exception {
        Path matrix = dir.resolve("matrix.json");
        Files.writeString(matrix, RiskAcceptanceMatrix.fdaDefault()
                .with(ExploitabilityLevel.HIGH, HarmSeverity.SERIOUS, RiskStatus.CONTROLLED).named("Monitor M4").toJson());

        JsonNode j = JSON.readTree(CliRun.of("assess", "--cvss", REMOTE_LOW_PRIV, "--harm", "serious",
                "--matrix", matrix.toString(), "--json").out());

        assertThat(j.get("determination").asText()).isEqualTo("controlled");
        assertThat(j.get("matrix").asText()).isEqualTo("Monitor M4");
    }

    @Test
    void worstCaseNeedsNoVector_PM05() throws Exception {
        JsonNode j = JSON.readTree(CliRun.of("assess", "--worst-case", "--harm", "critical", "--json").out());
        assertThat(j.get("exploitability").asText()).isEqualTo("very-high");
        assertThat(j.get("inputs").get("worstCase").asBoolean()).isTrue();
        assertThat(j.get("determination").asText()).isEqualTo("uncontrolled");
    }

    @Test
    void badInputIsOneLineOnStderrWithExitTwo(@TempDir Path dir) throws Exception {
        assertBad(CliRun.of("assess", "--cvss", "CVSS:3.1/AV:N", "--harm", "serious"), "missing mandatory metrics AC");
        assertBad(CliRun.of("assess", "--cvss", REMOTE_LOW_PRIV, "--harm", "severe"), "harm severity 'severe' is not one of");
        assertBad(CliRun.of("assess", "--cvss", REMOTE_LOW_PRIV, "--harm", "serious", "--epss", "1.2"), "EPSS probability 1.2");
        assertBad(CliRun.of("assess", "--cvss", REMOTE_LOW_PRIV, "--harm", "serious", "--epss", "high"), "--epss");
        assertBad(CliRun.of("assess", "--cvss", REMOTE_LOW_PRIV, "--rubric", "XAVN=yes", "--harm", "serious"), "mutually exclusive");
        assertBad(CliRun.of("assess", "--harm", "serious"), "--cvss");
        assertBad(CliRun.of("assess", "--cvss", REMOTE_LOW_PRIV), "--harm");
        assertBad(CliRun.of("assess", "--rubric", "XAVN=yes", "--harm", "serious"), "incomplete: XAVT is not answered");
        assertBad(CliRun.of("assess", "--rubric-file", dir.resolve("missing").toString(), "--harm", "serious"), "no such file");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"medvigil-risk-matrix/1\"}");
        assertBad(CliRun.of("assess", "--cvss", REMOTE_LOW_PRIV, "--harm", "serious", "--matrix", bad.toString()),
                bad + ": risk-acceptance matrix: \"rows\" must be an object");
    }

    private static void assertBad(CliRun run, String message) {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(message).doesNotContain("Exception", "\tat ");
    }
}
