package org.medvigil.core.risk.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medvigil.core.risk.rubric.DecisionNode.Ask;

/**
 * Every leaf of every question of the rubric flow, written out as the path of answers that leads
 * to it and the CVSS value it must give (R-01). The table is checked to cover the flow exactly.
 */
class MedicalDeviceRubricTest {
    /** A complete, neutral assessment: AV:N/AC:L/PR:N/UI:N/S:U with no C/I/A impact. */
    private static final String BASELINE = "XAVN=y,XAVT=y,XACL=y,XPRL=n,XUI=n,XS=n,"
            + "XCP=n,XCD=n,XCT=n,XCW=n,XCS=n,XCO=n,XIP=n,XID=n,XIT=n,XIW=n,XIS=n,XIO=n,"
            + "XAP=n,XAD=n,XAT=n,XAW=n,XAS=n,XAO=n";

    static Stream<Arguments> leaves() {
        List<Arguments> rows = new ArrayList<>(List.of(
                // Attack vector
                Arguments.of("AV", "XAVN=yes,XAVT=yes", "N"),
                Arguments.of("AV", "XAVN=yes,XAVT=no,XAVW=yes,XAVR=yes", "L"),
                Arguments.of("AV", "XAVN=yes,XAVT=no,XAVW=yes,XAVR=no", "A"),
                Arguments.of("AV", "XAVN=yes,XAVT=no,XAVW=yes,XAVR=unknown", "A"),
                Arguments.of("AV", "XAVN=yes,XAVT=no,XAVW=no", "L"),
                Arguments.of("AV", "XAVN=yes,XAVT=no,XAVW=unknown", "A"),
                Arguments.of("AV", "XAVN=yes,XAVT=unknown", "N"),
                Arguments.of("AV", "XAVN=no,XAVP=yes,XAVPA=yes", "P"),
                Arguments.of("AV", "XAVN=no,XAVP=yes,XAVPA=no", "P"),
                Arguments.of("AV", "XAVN=no,XAVP=yes,XAVPA=unknown", "P"),
                Arguments.of("AV", "XAVN=no,XAVP=no", "L"),
                Arguments.of("AV", "XAVN=no,XAVP=unknown", "L"),
                Arguments.of("AV", "XAVN=unknown", "N"),
                // Attack complexity
                Arguments.of("AC", "XACL=yes", "L"),
                Arguments.of("AC", "XACL=no", "H"),
                Arguments.of("AC", "XACL=unknown", "L"),
                // Privileges required
                Arguments.of("PR", "XPRL=no", "N"),
                Arguments.of("PR", "XPRL=unknown", "N"),
                Arguments.of("PR", "XPRL=yes,XPRZ=no", "N"),
                Arguments.of("PR", "XPRL=yes,XPRZ=unknown", "N"),
                Arguments.of("PR", "XPRL=yes,XPRZ=yes,XPRS=yes", "H"),
                Arguments.of("PR", "XPRL=yes,XPRZ=yes,XPRS=no", "L"),
                Arguments.of("PR", "XPRL=yes,XPRZ=yes,XPRS=unknown", "L"),
                // User interaction and scope
                Arguments.of("UI", "XUI=yes", "R"),
                Arguments.of("UI", "XUI=no", "N"),
                Arguments.of("UI", "XUI=unknown", "N"),
                Arguments.of("S", "XS=yes", "C"),
                Arguments.of("S", "XS=no", "U"),
                Arguments.of("S", "XS=unknown", "C"),
                // PHI/PII confidentiality with the 500-patient rule
                Arguments.of("C", "XCP=no", "N"),
                Arguments.of("C", "XCP=unknown", "H"),
                Arguments.of("C", "XCP=yes,XCPM=yes", "H"),
                Arguments.of("C", "XCP=yes,XCPM=no", "L"),
                Arguments.of("C", "XCP=yes,XCPM=unknown", "H")));
        // The other classes: yes is High, no is None, unknown is the worst case (High).
        for (String code : List.of("XCD", "XCT", "XCW", "XCS", "XCO", "XIP", "XID", "XIT", "XIW", "XIS", "XIO",
                "XAP", "XAD", "XAT", "XAW", "XAS", "XAO")) {
            String metric = code.substring(1, 2);
            rows.add(Arguments.of(metric, code + "=yes", "H"));
            rows.add(Arguments.of(metric, code + "=no", "N"));
            rows.add(Arguments.of(metric, code + "=unknown", "H"));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("leaves")
    void everyLeafGivesItsCvssValue_R01(String metric, String path, String expected) {
        RubricResult result = MedicalDeviceRubric.score(RubricAnswers.parse(replace(BASELINE, metric, path)));

        MetricDerivation d = result.derivations().stream().filter(x -> x.metric().equals(metric)).findFirst().orElseThrow();
        assertThat(d.value()).isEqualTo(expected);
        assertThat(result.cvss().metrics()).containsEntry(metric, expected);
        assertThat(result.vector()).startsWith("CVSS:3.1/").contains("/" + metric + ":" + expected);
    }

    @Test
    void leafTableCoversEveryPathOfTheFlowExactly() {
        Set<String> table = new TreeSet<>();
        leaves().forEach(a -> table.add(a.get()[1].toString()));
        Set<String> flow = new TreeSet<>();
        MedicalDeviceRubric.FLOW.values().forEach(trees -> trees.forEach(t -> paths(t, "", flow)));

        assertThat(table).isEqualTo(flow);
        assertThat(flow).hasSize(34 + 17 * 3);
    }

    @Test
    void impactIsTheHighestOverTheSixDataClasses() {
        String lowPhiOnly = replace(BASELINE, "C", "XCP=yes,XCPM=no");
        assertThat(MedicalDeviceRubric.score(RubricAnswers.parse(lowPhiOnly)).cvss().metrics()).containsEntry("C", "L");

        String lowPhiAndTherapy = lowPhiOnly.replace("XCT=n", "XCT=y");
        RubricResult r = MedicalDeviceRubric.score(RubricAnswers.parse(lowPhiAndTherapy));
        assertThat(r.cvss().metrics()).containsEntry("C", "H");
        assertThat(r.derivations().get(5).explanation()).isEqualTo("C:H is the highest over the six data classes, set by XCT=yes");
        assertThat(r.derivations().get(5).path()).hasSize(7);
    }

    @Test
    void wirelessInfusionPumpAssessmentGivesVectorScoreAndAuditableDerivations() {
        RubricAnswers answers = RubricAnswers.parse("""
                XAVN=yes   # drug library updates arrive over 802.11 from the pump server
                XAVT=no    # proprietary link layer protocol, no IP
                XAVW=yes
                XAVR=no    # Wi-Fi reaches the corridor
                XACL=yes
                XPRL=no    # single shared clinician role
                XUI=no
                XS=no
                XCP=yes, XCPM=no  # last 30 infusions, one patient
                XCD=no, XCT=yes, XCW=no, XCS=no, XCO=no
                XIP=no, XID=no, XIT=yes, XIW=no, XIS=no, XIO=no   # dose limits can be rewritten
                XAP=no, XAD=no, XAT=yes, XAW=no, XAS=no, XAO=no
                """);

        RubricResult r = MedicalDeviceRubric.score(answers);

        assertThat(r.vector()).isEqualTo("CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        assertThat(r.cvss().baseScore()).isEqualTo(8.8);
        assertThat(r.rubricVersion()).isEqualTo(MedicalDeviceRubric.VERSION);
        assertThat(r.derivations()).extracting(MetricDerivation::explanation).startsWith(
                "AV:A from XAVN=yes, XAVT=no, XAVW=yes, XAVR=no", "AC:L from XACL=yes", "PR:N from XPRL=no");
        assertThat(r.answers().get(RubricQuestion.XIT).orElseThrow().rationale()).isEqualTo("dose limits can be rewritten");
    }

    @Test
    void incompleteAnswersNameTheNextQuestion() {
        String withoutRange = replace(BASELINE, "AV", "XAVN=yes,XAVT=no,XAVW=yes");
        assertThatThrownBy(() -> MedicalDeviceRubric.score(RubricAnswers.parse(withoutRange)))
                .isInstanceOf(InvalidRubricAnswersException.class)
                .hasMessage("rubric answers: incomplete: XAVR is not answered (Is the range approximately 10 feet or less?)");
    }

    @Test
    void anAnswerTheFlowDoesNotAskIsRejectedRatherThanIgnored() {
        String extra = replace(BASELINE, "AV", "XAVN=yes,XAVT=yes,XAVR=no");
        assertThatThrownBy(() -> MedicalDeviceRubric.score(RubricAnswers.parse(extra)))
                .isInstanceOf(InvalidRubricAnswersException.class)
                .hasMessageContaining("XAVR=no answers a question the flow does not ask")
                .hasMessageContaining("asked only when XAVN=yes and XAVT=no and XAVW=yes");
        String afterUnknown = replace(BASELINE, "PR", "XPRL=unknown,XPRZ=yes");
        assertThatThrownBy(() -> MedicalDeviceRubric.score(RubricAnswers.parse(afterUnknown)))
                .hasMessageContaining("XPRZ=yes answers a question the flow does not ask");
    }

    @Test
    void wizardAsksQuestionsInFlowOrderUntilComplete() {
        RubricAnswers a = RubricAnswers.none();
        assertThat(MedicalDeviceRubric.nextQuestion(a)).contains(RubricQuestion.XAVN);
        a = a.with(new RubricAnswer(RubricQuestion.XAVN, Answer.NO, "USB only"));
        assertThat(MedicalDeviceRubric.nextQuestion(a)).contains(RubricQuestion.XAVP);
        a = a.with(new RubricAnswer(RubricQuestion.XAVP, Answer.YES, ""));
        assertThat(MedicalDeviceRubric.nextQuestion(a)).contains(RubricQuestion.XAVPA);
        a = a.with(new RubricAnswer(RubricQuestion.XAVPA, Answer.YES, ""));
        assertThat(MedicalDeviceRubric.nextQuestion(a)).contains(RubricQuestion.XACL);

        List<RubricQuestion> asked = new ArrayList<>();
        RubricAnswers all = RubricAnswers.none();
        for (var q = MedicalDeviceRubric.nextQuestion(all); q.isPresent(); q = MedicalDeviceRubric.nextQuestion(all)) {
            asked.add(q.get());
            all = all.with(new RubricAnswer(q.get(), Answer.YES, ""));
        }
        assertThat(asked).startsWith(RubricQuestion.XAVN, RubricQuestion.XAVT, RubricQuestion.XACL)
                .endsWith(RubricQuestion.XAO).doesNotContain(RubricQuestion.XAVW, RubricQuestion.XAVP);
        assertThat(MedicalDeviceRubric.score(all).vector()).isEqualTo("CVSS:3.1/AV:N/AC:L/PR:H/UI:R/S:C/C:H/I:H/A:H");
    }

    @Test
    void allUnknownIsTheWorstCaseVector() {
        RubricAnswers a = RubricAnswers.none();
        for (var q = MedicalDeviceRubric.nextQuestion(a); q.isPresent(); q = MedicalDeviceRubric.nextQuestion(a)) {
            a = a.with(new RubricAnswer(q.get(), Answer.UNKNOWN, ""));
        }
        RubricResult r = MedicalDeviceRubric.score(a);
        assertThat(r.vector()).isEqualTo("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H");
        assertThat(r.cvss().baseScore()).isEqualTo(10.0);
    }

    private static void paths(DecisionNode node, String prefix, Set<String> out) {
        if (node instanceof Ask ask) {
            for (Map.Entry<Answer, DecisionNode> e : ask.branches().entrySet()) {
                String step = ask.question() + "=" + e.getKey().code();
                paths(e.getValue(), prefix.isEmpty() ? step : prefix + "," + step, out);
            }
        } else {
            out.add(prefix);
        }
    }

    /** BASELINE with the answers of one metric's questions replaced by {@code path}. */
    private static String replace(String baseline, String metric, String path) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String entry : baseline.split(",")) {
            String code = entry.substring(0, entry.indexOf('='));
            RubricQuestion q = RubricQuestion.valueOf(code);
            boolean samePathRoot = path.startsWith(code + "=") || sameTree(q, path);
            if (!samePathRoot) {
                answers.put(code, entry);
            }
        }
        List<String> all = new ArrayList<>(answers.values());
        all.add(path);
        return String.join(",", all);
    }

    /** True when the baseline question belongs to the same tree as the path's first question. */
    private static boolean sameTree(RubricQuestion q, String path) {
        RubricQuestion first = RubricQuestion.valueOf(path.substring(0, path.indexOf('=')));
        if (first.dataClass().isPresent()) {
            return q.dataClass().equals(first.dataClass()) && q.metric().equals(first.metric());
        }
        return q.metric().equals(first.metric());
    }
}
