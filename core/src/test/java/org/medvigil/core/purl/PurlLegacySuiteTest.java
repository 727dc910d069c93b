package org.medvigil.core.purl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medvigil.core.testdata.SharedData;

/**
 * The former single-file purl test suite ({@code legacy/test-suite-data.json}), removed upstream
 * in 2025, run for information: its expectations predate ECMA-427 and the current type
 * definitions. Valid cases are parsed leniently (the suite expects remediation such as
 * lowercasing {@code Arch=}), invalid ones strictly. The cases where the current specification
 * disagrees with the old expectation are listed below with the reason; any other difference fails.
 */
class PurlLegacySuiteTest {
    /** Legacy purl -> why the current spec gives a different answer. */
    private static final Map<String, String> OUTDATED = Map.of(
            "pkg:huggingface/distilbert-base-uncased@043235d6088ecd3dd5fb5ca3592b6913fd516027",
            "the huggingface definition now requires a namespace",
            "pkg:huggingface/microsoft/deberta-v3-base@559062ad13d311b87b2c455e67dcd5f1c8f65111?repository_url=https://hub-ci.huggingface.co",
            "ECMA-427 percent-encodes '/' in qualifier values (the current suite expects https:%2F%2F...)",
            "pkg:mlflow/CreditFraud@3?repository_url=https://adb-5245952564735461.0.azuredatabricks.net/api/2.0/mlflow",
            "ECMA-427 percent-encodes '/' in qualifier values (the current suite expects https:%2F%2F...)",
            "pkg:mlflow/trafficsigns@10?model_uuid=36233173b22f4c89b451f1228d700d49&run_id=410a3121-2709-4f88-98dd-dba0ef056b0a&repository_url=https://adb-5245952564735461.0.azuredatabricks.net/api/2.0/mlflow",
            "ECMA-427 percent-encodes '/' in qualifier values (the current suite expects https:%2F%2F...)",
            "pkg:cpan/URI::PackageURL@2.11",
            "the cpan definition now says a name is a distribution name and never contains '::'",
            "pkg:conan/bincrafters/cctz@2.3",
            "the conan definition no longer requires a channel qualifier when a namespace is present");

    @Test
    void legacySuiteDiffersOnlyWhereTheCurrentSpecChangedTheExpectation() throws IOException {
        JsonNode cases = new ObjectMapper().readTree(SharedData.path("purl-spec/legacy/test-suite-data.json").toFile());
        List<String> unexpected = new ArrayList<>();
        List<String> outdated = new ArrayList<>();
        int passed = 0;
        for (JsonNode c : cases) {
            String purl = c.path("purl").asText();
            String failure = run(c, purl);
            if (failure == null) {
                passed++;
            } else if (OUTDATED.containsKey(purl)) {
                outdated.add(purl + ": " + OUTDATED.get(purl));
            } else {
                unexpected.add(purl + ": " + failure);
            }
        }
        System.out.printf("purl-spec legacy suite: %d/%d as the legacy suite expects; %d differ as documented%n",
                passed, cases.size(), outdated.size());
        outdated.forEach(o -> System.out.println("  outdated: " + o));
        assertThat(unexpected).isEmpty();
        assertThat(outdated).hasSize(OUTDATED.size());
    }

    private static String run(JsonNode c, String purl) {
        boolean invalid = c.path("is_invalid").asBoolean();
        try {
            Purl p = invalid ? Purl.parse(purl) : Purl.parseLenient(purl);
            if (invalid) {
                return "accepted as " + p.canonical();
            }
            String expected = c.path("canonical_purl").asText();
            return expected.equals(p.canonical()) ? null : "expected " + expected + " got " + p.canonical();
        } catch (InvalidPurlException e) {
            return invalid ? null : "rejected: " + e.getMessage();
        }
    }
}
