package org.medvigil.core.risk.rubric;

import static org.medvigil.core.risk.rubric.DecisionNode.ask;
import static org.medvigil.core.risk.rubric.DecisionNode.leaf;
import static org.medvigil.core.risk.rubric.DecisionNode.worst;
import static org.medvigil.core.risk.rubric.RubricQuestion.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.medvigil.core.risk.cvss.Cvss;
import org.medvigil.core.risk.cvss.CvssV3Result;
import org.medvigil.core.risk.rubric.DecisionNode.Ask;
import org.medvigil.core.risk.rubric.DecisionNode.Leaf;

/**
 * The question flow of MITRE's "Rubric for Applying CVSS to Medical Devices" (FDA-qualified
 * MDDT, 2020), producing a CVSS v3.1 base vector from recorded answers (R-01).
 *
 * <p>AV, AC, PR, UI and S each follow one decision tree. C, I and A are asked for six classes of
 * data or function (PHI/PII, diagnosis or monitoring, therapy delivery, clinical workflow,
 * private system data, other critical data); each metric is the highest value over the classes.
 * PHI/PII that can be read is High when it can cover 500 or more patients (the HIPAA breach
 * notification threshold), else Low. An "unknown" answer resolves to the value that is worst
 * for the device (the more exploitable or more severe one), and ends that branch.
 *
 * <p>The leaves follow the flow documented in {@code docs/risk.md}, where each one is traced to
 * its source and the open points (XAVW=no, XAVPA) are discussed.
 */
public final class MedicalDeviceRubric {
    /** Version of this question flow; stored with every result so assessments can be re-scored when it changes. */
    public static final String VERSION = "mitre-md-cvss-rubric-2020/medvigil-1";

    private static final List<String> METRICS = List.of("AV", "AC", "PR", "UI", "S", "C", "I", "A");

    static final Ask ATTACK_VECTOR = ask(XAVN,
            ask(XAVT,
                    leaf("N"),
                    ask(XAVW,
                            ask(XAVR, leaf("L"), leaf("A"), worst("A")),
                            leaf("L"),
                            worst("A")),
                    worst("N")),
            ask(XAVP,
                    ask(XAVPA, leaf("P"), leaf("P"), leaf("P")),
                    leaf("L"),
                    worst("L")),
            worst("N"));
    static final Ask ATTACK_COMPLEXITY = ask(XACL, leaf("L"), leaf("H"), worst("L"));
    static final Ask PRIVILEGES_REQUIRED = ask(XPRL,
            ask(XPRZ,
                    ask(XPRS, leaf("H"), leaf("L"), worst("L")),
                    leaf("N"),
                    worst("N")),
            leaf("N"),
            worst("N"));
    static final Ask USER_INTERACTION = ask(XUI, leaf("R"), leaf("N"), worst("N"));
    static final Ask SCOPE = ask(XS, leaf("C"), leaf("U"), worst("C"));

    /** Per metric, the trees whose maximum gives the value (one tree for AV…S, six for C, I, A). */
    static final Map<String, List<Ask>> FLOW = flow();

    private MedicalDeviceRubric() {
    }

    private static Map<String, List<Ask>> flow() {
        Map<String, List<Ask>> m = new LinkedHashMap<>();
        m.put("AV", List.of(ATTACK_VECTOR));
        m.put("AC", List.of(ATTACK_COMPLEXITY));
        m.put("PR", List.of(PRIVILEGES_REQUIRED));
        m.put("UI", List.of(USER_INTERACTION));
        m.put("S", List.of(SCOPE));
        m.put("C", List.of(
                ask(XCP, ask(XCPM, leaf("H"), leaf("L"), worst("H")), leaf("N"), worst("H")),
                impact(XCD), impact(XCT), impact(XCW), impact(XCS), impact(XCO)));
        m.put("I", List.of(impact(XIP), impact(XID), impact(XIT), impact(XIW), impact(XIS), impact(XIO)));
        m.put("A", List.of(impact(XAP), impact(XAD), impact(XAT), impact(XAW), impact(XAS), impact(XAO)));
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Ask impact(RubricQuestion q) {
        return ask(q, leaf("H"), leaf("N"), worst("H"));
    }

    /**
     * The next question a wizard should ask, in flow order, or empty when the answers are complete.
     * Answers to questions the flow does not reach are ignored here and rejected by {@link #score}.
     */
    public static Optional<RubricQuestion> nextQuestion(RubricAnswers answers) {
        for (List<Ask> trees : FLOW.values()) {
            for (Ask tree : trees) {
                Walk walk = walk(tree, answers);
                if (walk.missing() != null) {
                    return Optional.of(walk.missing());
                }
            }
        }
        return Optional.empty();
    }

    /** The questions the flow reaches with these answers (answered or not yet answered). */
    public static Set<RubricQuestion> reachable(RubricAnswers answers) {
        Set<RubricQuestion> reached = EnumSet.noneOf(RubricQuestion.class);
        for (List<Ask> trees : FLOW.values()) {
            for (Ask tree : trees) {
                Walk walk = walk(tree, answers);
                walk.path().forEach(a -> reached.add(a.question()));
                if (walk.missing() != null) {
                    reached.add(walk.missing());
                }
            }
        }
        return reached;
    }

    /**
     * Scores a complete assessment. Every question the flow reaches must be answered, and no
     * other: an answer the flow never asks for would be silently ignored, which an audit must not
     * see, so it is an error.
     */
    public static RubricResult score(RubricAnswers answers) {
        Optional<RubricQuestion> next = nextQuestion(answers);
        if (next.isPresent()) {
            RubricQuestion q = next.get();
            throw new InvalidRubricAnswersException("incomplete: " + q + " is not answered (" + q.text() + ")");
        }
        Set<RubricQuestion> reached = reachable(answers);
        for (RubricAnswer a : answers.all()) {
            if (!reached.contains(a.question())) {
                throw new InvalidRubricAnswersException(a.code() + " answers a question the flow does not ask"
                        + " with these answers (" + askedBecause(a.question(), answers) + ")");
            }
        }
        List<MetricDerivation> derivations = new ArrayList<>();
        StringBuilder vector = new StringBuilder("CVSS:3.1");
        for (String metric : METRICS) {
            MetricDerivation d = derive(metric, answers);
            derivations.add(d);
            vector.append('/').append(metric).append(':').append(d.value());
        }
        CvssV3Result cvss = (CvssV3Result) Cvss.evaluate(vector.toString());
        return new RubricResult(VERSION, answers, cvss, derivations);
    }

    private static MetricDerivation derive(String metric, RubricAnswers answers) {
        List<Ask> trees = FLOW.get(metric);
        List<RubricAnswer> path = new ArrayList<>();
        String best = null;
        String decisive = "";
        for (Ask tree : trees) {
            Walk walk = walk(tree, answers);
            path.addAll(walk.path());
            String value = walk.leaf().value();
            if (best == null || rank(value) > rank(best)) {
                best = value;
                decisive = walk.path().stream().map(RubricAnswer::code).collect(Collectors.joining(", "))
                        + (walk.leaf().why().isEmpty() ? "" : " (" + walk.leaf().why() + ")");
            }
        }
        String explanation = trees.size() == 1
                ? metric + ":" + best + " from " + decisive
                : metric + ":" + best + " is the highest over the six data classes"
                        + (best.equals("N") ? " (no class affected)" : ", set by " + decisive);
        return new MetricDerivation(metric, best, path, explanation);
    }

    /** Order of impact values; only C, I and A take a maximum. */
    private static int rank(String impact) {
        return switch (impact) {
            case "H" -> 2;
            case "L" -> 1;
            default -> 0;
        };
    }

    private record Walk(List<RubricAnswer> path, Leaf leaf, RubricQuestion missing) {
    }

    private static Walk walk(Ask tree, RubricAnswers answers) {
        List<RubricAnswer> path = new ArrayList<>();
        DecisionNode node = tree;
        while (node instanceof Ask ask) {
            Optional<RubricAnswer> a = answers.get(ask.question());
            if (a.isEmpty()) {
                return new Walk(path, null, ask.question());
            }
            path.add(a.get());
            node = ask.branches().get(a.get().answer());
        }
        return new Walk(path, (Leaf) node, null);
    }

    /** Which answer would make the flow ask this question, for the error message. */
    private static String askedBecause(RubricQuestion q, RubricAnswers answers) {
        for (List<Ask> trees : FLOW.values()) {
            for (Ask tree : trees) {
                List<String> route = routeTo(tree, q, new ArrayList<>());
                if (route != null) {
                    return route.isEmpty() ? "it starts its metric" : "it is asked only when " + String.join(" and ", route);
                }
            }
        }
        return "unknown question";
    }

    private static List<String> routeTo(DecisionNode node, RubricQuestion q, List<String> route) {
        if (!(node instanceof Ask ask)) {
            return null;
        }
        if (ask.question() == q) {
            return route;
        }
        for (Answer answer : Answer.values()) {
            List<String> next = new ArrayList<>(route);
            next.add(ask.question() + "=" + answer.code());
            List<String> found = routeTo(ask.branches().get(answer), q, next);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
