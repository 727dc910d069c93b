package org.medvigil.core.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CvssScoringTest {

    @Test
    void facadeReturnsVersionNormalisedVectorBaseScoreAndSeverity() {
        assertThat(Cvss.score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))
                .isEqualTo(new CvssScore("3.1", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8, "critical"));
        assertThat(Cvss.score("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N"))
                .isEqualTo(new CvssScore("3.0", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0.0, "none"));
        assertThat(Cvss.score("AV:N/AC:L/Au:N/C:P/I:P/A:P"))
                .isEqualTo(new CvssScore("2.0", "AV:N/AC:L/Au:N/C:P/I:P/A:P", 7.5, "high"));
        assertThat(Cvss.score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"))
                .isEqualTo(new CvssScore("4.0", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9.3, "critical"));
    }

    @Test
    void normalisedVectorPutsMetricsInSpecificationOrderAndDropsNotDefinedValues() {
        assertThat(Cvss.score("CVSS:3.1/E:X/S:U/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H/RL:O/MAV:X").vector())
                .isEqualTo("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/RL:O");
        assertThat(Cvss.score("AV:N/AC:L/Au:N/C:P/I:P/A:P/E:ND/RL:OF/RC:ND").vector())
                .isEqualTo("AV:N/AC:L/Au:N/C:P/I:P/A:P/RL:OF");
        assertThat(Cvss.score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:X/S:X").vector())
                .isEqualTo("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N");
    }

    @ParameterizedTest
    @CsvSource({
            "0.0, 0.0, none, low",
            "0.1, 0.1, low, low",
            "3.9, 3.9, low, low",
            "4.0, 4.0, medium, medium",
            "6.9, 6.9, medium, medium",
            "7.0, 7.0, high, high",
            "8.9, 8.9, high, high",
            "9.0, 9.0, critical, high",
            "10.0, 10.0, critical, high"})
    void severityBandsFollowFirstForV3AndV4AndNvdForV2(double score, double same, String first, String nvdV2) {
        assertThat(CvssSeverity.ofScore(score).label()).isEqualTo(first);
        assertThat(CvssSeverity.ofV2Score(same).label()).isEqualTo(nvdV2);
    }

    @ParameterizedTest
    @CsvSource({
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N, CVSS-B",
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:X/CR:X/S:P, CVSS-B",
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:P, CVSS-BT",
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/CR:L, CVSS-BE",
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MSI:S, CVSS-BE",
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U/MAV:L, CVSS-BTE"})
    void v4NomenclatureNamesTheMetricGroupsThatWereSet(String vector, String nomenclature) {
        assertThat(((CvssV4Result) Cvss.evaluate(vector)).nomenclature()).isEqualTo(nomenclature);
    }

    @Test
    void v4KeepsSupplementalMetricsSuchAsSafetyWithoutChangingTheScore() {
        String base = "CVSS:4.0/AV:A/AC:L/AT:N/PR:N/UI:N/VC:N/VI:H/VA:H/SC:N/SI:H/SA:H";
        CvssV4Result plain = (CvssV4Result) Cvss.evaluate(base);
        CvssV4Result safety = (CvssV4Result) Cvss.evaluate(base + "/S:P/AU:Y/R:I/V:C/RE:H/U:Red");

        assertThat(safety.score()).isEqualTo(plain.score());
        assertThat(safety.safety()).isEqualTo("P");
        assertThat(plain.safety()).isEqualTo("X");
        assertThat(safety.supplemental()).containsExactly(
                java.util.Map.entry("S", "P"), java.util.Map.entry("AU", "Y"), java.util.Map.entry("R", "I"),
                java.util.Map.entry("V", "C"), java.util.Map.entry("RE", "H"), java.util.Map.entry("U", "Red"));
        assertThat(safety.nomenclature()).isEqualTo("CVSS-B");
    }

    @Test
    void v4SafetyAsModifiedSubsequentIntegrityRaisesTheScore() {
        String base = "CVSS:4.0/AV:A/AC:L/AT:N/PR:N/UI:N/VC:N/VI:H/VA:H/SC:N/SI:H/SA:H";
        CvssV4Result plain = (CvssV4Result) Cvss.evaluate(base);
        CvssV4Result safety = (CvssV4Result) Cvss.evaluate(base + "/MSI:S");

        assertThat(safety.macroVector().charAt(3)).isEqualTo('0');
        assertThat(safety.score()).isGreaterThan(plain.score());
    }

    @Test
    void v30AndV31DifferWhereTheirEnvironmentalEquationsDo() {
        String metrics = "/AV:P/AC:L/PR:H/UI:N/S:C/C:N/I:H/A:L/E:U/RL:W/CR:M/IR:H/AR:L/MPR:N/MUI:R/MC:H/MI:H/MA:N";
        assertThat(((CvssV3Result) Cvss.evaluate("CVSS:3.0" + metrics)).environmentalScore()).isEqualTo(6.5);
        assertThat(((CvssV3Result) Cvss.evaluate("CVSS:3.1" + metrics)).environmentalScore()).isEqualTo(6.6);
    }

    @Test
    void v31RoundupKeepsValuesThatFloatingPointPushesJustAboveATenth() {
        // 2.5 × 0.92 is 2.3000000000000003 in doubles: a plain ceiling would give 2.4.
        CvssV3Result r = (CvssV3Result) Cvss.evaluate("CVSS:3.1/AV:L/AC:H/PR:L/UI:N/S:U/C:L/I:N/A:N/RC:U");
        assertThat(r.baseScore()).isEqualTo(2.5);
        assertThat(r.temporalScore()).isEqualTo(2.3);
    }

    @Test
    void subScoresAreExposed() {
        CvssV3Result r = (CvssV3Result) Cvss.evaluate("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        assertThat(r.exploitabilitySubscoreRounded()).isEqualTo(3.9);
        assertThat(r.exploitabilitySubscore()).isCloseTo(3.887, org.assertj.core.data.Offset.offset(0.001));
        CvssV2Result v2 = (CvssV2Result) Cvss.evaluate("AV:N/AC:L/Au:N/C:P/I:P/A:P");
        assertThat(v2.exploitabilitySubscore()).isEqualTo(9.9968);
        assertThat(v2.temporalScore()).isEmpty();
        assertThat(v2.environmentalScore()).isEmpty();
    }

    @Test
    void v2TemporalRoundsHalfUpExactlyWhereBinaryFloatingPointWouldNot() {
        // 9.0 × 0.95 is 8.549999… in doubles; the v2 guide's round_to_1_decimal gives 8.6.
        assertThat(((CvssV2Result) Cvss.evaluate("AV:N/AC:L/Au:S/C:C/I:C/A:C/E:F/RL:U/RC:C")).temporalScore())
                .hasValue(8.6);
    }

    /**
     * The shared v3.1 file holds base-only vectors, so v3.1 temporal and environmental scores are
     * also checked against cvss-calculator, whose v3.1 scoring is exact (library-fitness.md), on
     * random vectors with every metric set.
     */
    @Test
    void v31TemporalAndEnvironmentalScoresAgreeWithCvssCalculatorOnRandomFullVectors() {
        String[][] metrics = {{"AV", "N", "A", "L", "P"}, {"AC", "L", "H"}, {"PR", "N", "L", "H"}, {"UI", "N", "R"},
                {"S", "U", "C"}, {"C", "H", "L", "N"}, {"I", "H", "L", "N"}, {"A", "H", "L", "N"},
                {"E", "X", "H", "F", "P", "U"}, {"RL", "X", "U", "W", "T", "O"}, {"RC", "X", "C", "R", "U"},
                {"CR", "X", "H", "M", "L"}, {"IR", "X", "H", "M", "L"}, {"AR", "X", "H", "M", "L"},
                {"MAV", "X", "N", "A", "L", "P"}, {"MAC", "X", "L", "H"}, {"MPR", "X", "N", "L", "H"},
                {"MUI", "X", "N", "R"}, {"MS", "X", "U", "C"}, {"MC", "X", "H", "L", "N"},
                {"MI", "X", "H", "L", "N"}, {"MA", "X", "H", "L", "N"}};
        Random random = new Random(20250101);
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder("CVSS:3.1");
            for (String[] m : metrics) {
                b.append('/').append(m[0]).append(':').append(m[1 + random.nextInt(m.length - 1)]);
            }
            String vector = b.toString();
            CvssV3Result ours = (CvssV3Result) Cvss.evaluate(vector);
            us.springett.cvss.Score theirs = us.springett.cvss.Cvss.fromVector(vector).calculateScore();
            if (ours.baseScore() != theirs.getBaseScore() || ours.temporalScore() != theirs.getTemporalScore()
                    || ours.environmentalScore() != theirs.getEnvironmentalScore()) {
                failures.add(vector + " ours " + ours.baseScore() + "/" + ours.temporalScore() + "/"
                        + ours.environmentalScore() + " theirs " + theirs.getBaseScore() + "/"
                        + theirs.getTemporalScore() + "/" + theirs.getEnvironmentalScore());
            }
        }
        assertThat(failures).as(failures.size() + " disagreements; first: " + failures.stream().limit(20).toList())
                .isEmpty();
    }

    @Test
    void embeddedFirstTablesHoldEveryReachableMacroVector() {
        assertThat(Cvss4Tables.get().size()).isEqualTo(270);
        assertThat(Cvss4Tables.get().score("000000")).isEqualTo(10.0);
        assertThat(Cvss4Tables.get().score("002000")).as("EQ3=2 with EQ6=0 cannot occur").isNaN();
    }
}
