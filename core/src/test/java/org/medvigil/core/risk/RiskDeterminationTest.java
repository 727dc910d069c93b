package org.medvigil.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.risk.HarmAssessment.ConfidentialityOnly;
import org.medvigil.core.risk.HarmAssessment.PatientHarm;

class RiskDeterminationTest {
    private static final RiskAcceptanceMatrix DEFAULT = RiskAcceptanceMatrix.fdaDefault();

    /** The default matrix, written out: rows very-high … very-low, columns negligible … catastrophic. */
    private static final String[] DEFAULT_GRID = {
            "very-high C C U U U",
            "high      C C U U U",
            "medium    C C C U U",
            "low       C C C C U",
            "very-low  C C C C C"};

    static Stream<Arguments> cells() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (String row : DEFAULT_GRID) {
            String[] parts = row.trim().split("\\s+");
            for (int h = 0; h < 5; h++) {
                b.add(Arguments.of(ExploitabilityLevel.parse(parts[0]), HarmSeverity.values()[h],
                        parts[h + 1].equals("U") ? RiskStatus.UNCONTROLLED : RiskStatus.CONTROLLED));
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} x {1} -> {2}")
    @MethodSource("cells")
    void everyCellOfTheDefaultMatrixDecidesAndIsRecorded_PM07(ExploitabilityLevel level, HarmSeverity harm, RiskStatus expected) {
        RiskDetermination d = RiskDetermination.determine(stated(level), ThreatSignals.none(),
                new PatientHarm(harm, "worst credible outcome"), DEFAULT);

        assertThat(d.status()).isEqualTo(expected);
        assertThat(d.matrixStatus()).isEqualTo(expected);
        assertThat(d.cell()).contains(new MatrixCell(level, harm, expected));
        assertThat(d.exploitability()).isEqualTo(level);
        assertThat(d.reason()).isEqualTo(expected.label() + ": exploitability " + level.label() + " × harm "
                + harm.label() + " is " + expected.label() + " in matrix '" + DEFAULT.name() + "'");
        assertThat(d.explanation()).contains("harm: " + harm.label() + " (" + harm.definition() + ") — worst credible outcome");
        assertThat(d.override()).isEmpty();
    }

    @Test
    void defaultMatrixNeverCallsNegligibleOrMinorHarmUncontrolled_PM07() {
        assertThat(DEFAULT.cells()).hasSize(25)
                .filteredOn(c -> c.harm().compareTo(HarmSeverity.SERIOUS) < 0)
                .allMatch(c -> c.status() == RiskStatus.CONTROLLED);
        assertThat(DEFAULT.toGrid()).startsWith("            negligible    minor         serious")
                .contains("very-high   controlled    controlled    uncontrolled  uncontrolled  uncontrolled\n");
    }

    @Test
    void aProductsOwnMatrixDecidesInsteadOfTheDefault_PM03() {
        RiskAcceptanceMatrix strict = DEFAULT.with(ExploitabilityLevel.VERY_LOW, HarmSeverity.CATASTROPHIC, RiskStatus.UNCONTROLLED)
                .named("Implantable pump, stricter");
        RiskDetermination d = RiskDetermination.determine(stated(ExploitabilityLevel.VERY_LOW), ThreatSignals.none(),
                HarmAssessment.of(HarmSeverity.CATASTROPHIC), strict);

        assertThat(d.status()).isEqualTo(RiskStatus.UNCONTROLLED);
        assertThat(d.matrixName()).isEqualTo("Implantable pump, stricter");
        assertThat(DEFAULT.status(ExploitabilityLevel.VERY_LOW, HarmSeverity.CATASTROPHIC)).isEqualTo(RiskStatus.CONTROLLED);
    }

    static Stream<Arguments> bands() {
        return Stream.of(
                Arguments.of("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", ExploitabilityLevel.VERY_HIGH),
                Arguments.of("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", ExploitabilityLevel.VERY_HIGH),
                Arguments.of("CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", ExploitabilityLevel.HIGH),
                Arguments.of("CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", ExploitabilityLevel.HIGH),
                Arguments.of("CVSS:3.1/AV:N/AC:H/PR:L/UI:N/S:U/C:H/I:H/A:H", ExploitabilityLevel.MEDIUM),
                Arguments.of("CVSS:3.1/AV:L/AC:L/PR:L/UI:R/S:U/C:H/I:H/A:H", ExploitabilityLevel.MEDIUM),
                Arguments.of("CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", ExploitabilityLevel.LOW),
                Arguments.of("CVSS:3.1/AV:N/AC:H/PR:H/UI:R/S:U/C:H/I:H/A:H", ExploitabilityLevel.LOW),
                Arguments.of("CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:H/I:H/A:H", ExploitabilityLevel.VERY_LOW),
                Arguments.of("CVSS:3.0/AV:L/AC:H/PR:H/UI:N/S:U/C:H/I:H/A:H", ExploitabilityLevel.VERY_LOW),
                // compensating controls expressed as environmental metrics: the device as deployed
                Arguments.of("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MAV:P", ExploitabilityLevel.LOW),
                Arguments.of("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MPR:H/MS:U", ExploitabilityLevel.MEDIUM),
                // v2 mapped to v3 metrics (AC:M counts as L, Au:S as PR:L)
                Arguments.of("AV:N/AC:L/Au:N/C:P/I:P/A:P", ExploitabilityLevel.VERY_HIGH),
                Arguments.of("AV:N/AC:M/Au:S/C:P/I:P/A:P", ExploitabilityLevel.HIGH),
                Arguments.of("AV:L/AC:H/Au:M/C:C/I:C/A:C", ExploitabilityLevel.VERY_LOW),
                // v4 mapped to v3 metrics (AT:P counts as AC:H, UI:P as UI:R)
                Arguments.of("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", ExploitabilityLevel.VERY_HIGH),
                Arguments.of("CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", ExploitabilityLevel.HIGH),
                Arguments.of("CVSS:4.0/AV:A/AC:L/AT:N/PR:N/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", ExploitabilityLevel.HIGH),
                Arguments.of("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MAV:L/MPR:H", ExploitabilityLevel.LOW));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("bands")
    void cvssExploitabilityFallsInItsBand_PM05(String vector, ExploitabilityLevel expected) {
        ExploitabilityAssessment a = ExploitabilityAssessment.ofVector(vector);
        assertThat(a.level()).isEqualTo(expected);
        assertThat(a.steps()).singleElement().asString().contains("exploitability sub-score").endsWith("→ " + expected.label());
    }

    @Test
    void kevListingRaisesExploitabilityOneLevelAndTurnsTheCell() {
        ExploitabilityAssessment high = ExploitabilityAssessment.ofVector("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H");
        assertThat(high.level()).isEqualTo(ExploitabilityLevel.HIGH);
        RiskDetermination without = RiskDetermination.determine(
                ExploitabilityAssessment.ofVector("CVSS:3.1/AV:N/AC:H/PR:L/UI:N/S:U/C:H/I:H/A:H"), ThreatSignals.none(),
                HarmAssessment.of(HarmSeverity.SERIOUS), DEFAULT);
        RiskDetermination with = RiskDetermination.determine(
                ExploitabilityAssessment.ofVector("CVSS:3.1/AV:N/AC:H/PR:L/UI:N/S:U/C:H/I:H/A:H"), ThreatSignals.of(true, null),
                HarmAssessment.of(HarmSeverity.SERIOUS), DEFAULT);

        assertThat(without.exploitability()).isEqualTo(ExploitabilityLevel.MEDIUM);
        assertThat(without.status()).isEqualTo(RiskStatus.CONTROLLED);
        assertThat(with.exploitability()).isEqualTo(ExploitabilityLevel.HIGH);
        assertThat(with.status()).isEqualTo(RiskStatus.UNCONTROLLED);
        assertThat(with.explanation()).contains("listed in CISA KEV (exploited in the wild): raised medium → high");
    }

    @Test
    void epssAtOrAboveTheThresholdRaisesAndBelowItChangesNothing() {
        ExploitabilityAssessment medium = stated(ExploitabilityLevel.MEDIUM);
        HarmAssessment harm = HarmAssessment.of(HarmSeverity.SERIOUS);

        RiskDetermination high = RiskDetermination.determine(medium, ThreatSignals.of(false, 0.1), harm, DEFAULT);
        RiskDetermination low = RiskDetermination.determine(medium, ThreatSignals.of(false, 0.0999), harm, DEFAULT);

        assertThat(high.exploitability()).isEqualTo(ExploitabilityLevel.HIGH);
        assertThat(high.explanation()).contains("EPSS 0.1000 ≥ threshold 0.1: raised medium → high");
        assertThat(low.exploitability()).isEqualTo(ExploitabilityLevel.MEDIUM);
        assertThat(low.explanation()).contains("EPSS 0.0999 below threshold 0.1: no change (EPSS never lowers exploitability)");
        RiskDetermination stricter = RiskDetermination.determine(medium, ThreatSignals.of(false, 0.05), harm,
                DEFAULT.withEpssThreshold(0.05));
        assertThat(stricter.exploitability()).isEqualTo(ExploitabilityLevel.HIGH);
    }

    @Test
    void kevAndHighEpssTogetherRaiseOnceAndTheTopStaysTheTop() {
        RiskDetermination both = RiskDetermination.determine(stated(ExploitabilityLevel.LOW), ThreatSignals.of(true, 0.97),
                HarmAssessment.of(HarmSeverity.CRITICAL), DEFAULT);
        assertThat(both.exploitability()).isEqualTo(ExploitabilityLevel.MEDIUM);
        RiskDetermination top = RiskDetermination.determine(stated(ExploitabilityLevel.VERY_HIGH), ThreatSignals.of(true, null),
                HarmAssessment.of(HarmSeverity.CRITICAL), DEFAULT);
        assertThat(top.exploitability()).isEqualTo(ExploitabilityLevel.VERY_HIGH);
    }

    @Test
    void unprovenExploitLowersUnlessKevContradictsIt() {
        String vector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U";
        HarmAssessment harm = HarmAssessment.of(HarmSeverity.SERIOUS);
        RiskDetermination quiet = RiskDetermination.determine(ExploitabilityAssessment.ofVector(vector), ThreatSignals.none(), harm, DEFAULT);
        RiskDetermination kev = RiskDetermination.determine(ExploitabilityAssessment.ofVector(vector), ThreatSignals.of(true, null), harm, DEFAULT);

        assertThat(quiet.exploitability()).isEqualTo(ExploitabilityLevel.HIGH);
        assertThat(quiet.explanation()).anyMatch(s -> s.startsWith("exploit maturity unproven (E:U)"));
        assertThat(kev.exploitability()).isEqualTo(ExploitabilityLevel.VERY_HIGH);
        assertThat(kev.explanation()).anyMatch(s -> s.endsWith("(the vector's 'unproven exploit' does not apply)"));
        RiskDetermination floor = RiskDetermination.determine(ExploitabilityAssessment.ofVector(
                "CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:H/I:H/A:H/E:U"), ThreatSignals.none(), harm, DEFAULT);
        assertThat(floor.exploitability()).isEqualTo(ExploitabilityLevel.VERY_LOW);
    }

    @Test
    void lossOfConfidentialityAloneIsNotPatientHarmSoTheRiskIsControlled_PM06() {
        RiskDetermination d = RiskDetermination.determine(ExploitabilityAssessment.worstCase(""), ThreatSignals.of(true, 0.9),
                new ConfidentialityOnly("PHI of 20,000 patients readable"), DEFAULT);

        assertThat(d.status()).isEqualTo(RiskStatus.CONTROLLED);
        assertThat(d.cell()).isEmpty();
        assertThat(d.exploitability()).isEqualTo(ExploitabilityLevel.VERY_HIGH);
        assertThat(d.reason()).isEqualTo("controlled: loss of confidentiality alone is not patient harm (PM-06), so the matrix is not consulted");
        assertThat(d.explanation()).contains("harm: loss of confidentiality only: not patient harm (PM-06) — PHI of 20,000 patients readable");
    }

    @Test
    void aConfidentialityOnlyVectorWithPatientHarmGetsANote() {
        RiskDetermination d = RiskDetermination.determine(
                ExploitabilityAssessment.ofVector("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"), ThreatSignals.none(),
                HarmAssessment.of(HarmSeverity.SERIOUS), DEFAULT);
        assertThat(d.explanation()).anyMatch(s -> s.startsWith("note: the vector shows a confidentiality impact only"));
        assertThat(d.status()).isEqualTo(RiskStatus.UNCONTROLLED);
    }

    @Test
    void worstCaseAssumesCertainExploitation_PM05() {
        RiskDetermination d = RiskDetermination.determine(ExploitabilityAssessment.worstCase("no analysis yet"),
                ThreatSignals.none(), HarmAssessment.of(HarmSeverity.SERIOUS), DEFAULT);
        assertThat(d.exploitability()).isEqualTo(ExploitabilityLevel.VERY_HIGH);
        assertThat(d.explanation().get(0)).isEqualTo(
                "reasonable worst case assumed, exploitation certain (PM-05): no analysis yet → very-high");
        assertThat(d.status()).isEqualTo(RiskStatus.UNCONTROLLED);
    }

    @Test
    void analystOverrideSetsTheStatusKeepsTheMatrixResultAndSaysWhoAndWhy_PM07() {
        RiskDetermination d = RiskDetermination.determine(stated(ExploitabilityLevel.HIGH), ThreatSignals.none(),
                HarmAssessment.of(HarmSeverity.SERIOUS), DEFAULT);
        RiskDetermination o = d.overriddenBy(new AnalystOverride(RiskStatus.CONTROLLED,
                "pump firmware rejects unsigned drug libraries; the path needs the biomed key", "A. Rivera"));

        assertThat(d.status()).isEqualTo(RiskStatus.UNCONTROLLED);
        assertThat(o.status()).isEqualTo(RiskStatus.CONTROLLED);
        assertThat(o.matrixStatus()).isEqualTo(RiskStatus.UNCONTROLLED);
        assertThat(o.cell()).isEqualTo(d.cell());
        assertThat(o.override()).map(AnalystOverride::analyst).contains("A. Rivera");
        assertThat(o.reason()).isEqualTo("controlled: set by A. Rivera overriding the matrix result uncontrolled"
                + " — pump firmware rejects unsigned drug libraries; the path needs the biomed key");
        assertThat(o.explanation()).last().asString().startsWith("override: controlled: set by A. Rivera");
    }

    @Test
    void anOverrideNeedsARationaleAndAnAnalyst_PM07() {
        assertThatThrownBy(() -> new AnalystOverride(RiskStatus.CONTROLLED, "  ", "A. Rivera"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("written rationale");
        assertThatThrownBy(() -> new AnalystOverride(RiskStatus.CONTROLLED, "compensating control verified", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("analyst's name");
    }

    @Test
    void rubricAnswersFeedTheMatrix_R03() {
        var rubric = org.medvigil.core.risk.rubric.MedicalDeviceRubric.score(org.medvigil.core.risk.rubric.RubricAnswers.parse(
                "XAVN=yes,XAVT=no,XAVW=yes,XAVR=yes,XACL=yes,XPRL=no,XUI=no,XS=no,"
                        + "XCP=n,XCD=n,XCT=n,XCW=n,XCS=n,XCO=n,XIP=n,XID=n,XIT=y,XIW=n,XIS=n,XIO=n,"
                        + "XAP=n,XAD=n,XAT=y,XAW=n,XAS=n,XAO=n"));
        RiskDetermination d = RiskDetermination.determine(ExploitabilityAssessment.ofRubric(rubric), ThreatSignals.none(),
                HarmAssessment.of(HarmSeverity.CRITICAL), DEFAULT);

        assertThat(rubric.vector()).isEqualTo("CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H");
        assertThat(d.exploitability()).isEqualTo(ExploitabilityLevel.HIGH);
        assertThat(d.status()).isEqualTo(RiskStatus.UNCONTROLLED);
        assertThat(d.explanation().get(0)).startsWith("MITRE medical-device rubric");
        assertThat(d.assessment().rubric()).contains(rubric);
    }

    @Test
    void epssOutsideZeroToOneIsRejected() {
        assertThatThrownBy(() -> ThreatSignals.of(false, 1.5)).isInstanceOf(InvalidInputException.class)
                .hasMessage("EPSS probability 1.5 is not between 0 and 1");
        assertThatThrownBy(() -> ThreatSignals.of(false, Double.NaN)).isInstanceOf(InvalidInputException.class);
    }

    private static ExploitabilityAssessment stated(ExploitabilityLevel level) {
        return new ExploitabilityAssessment(level, false, OptionalDouble.empty(), Optional.empty(), Optional.empty(),
                List.of("stated " + level.label()));
    }
}
