package org.medvigil.core.risk.rubric;

import java.util.EnumMap;
import java.util.Map;

/** A node of one metric's decision flow: a question with a branch per answer, or a metric value. */
sealed interface DecisionNode {

    /** A question; every answer, unknown included, leads somewhere. */
    record Ask(RubricQuestion question, Map<Answer, DecisionNode> branches) implements DecisionNode {
        public Ask {
            if (branches.keySet().size() != Answer.values().length) {
                throw new IllegalArgumentException(question + " must branch on every answer");
            }
            branches = Map.copyOf(branches);
        }
    }

    /**
     * A metric value.
     *
     * @param why the reading of the leaf, e.g. "unknown resolves to the worst case"; may be empty
     */
    record Leaf(String value, String why) implements DecisionNode {
    }

    static Ask ask(RubricQuestion q, DecisionNode yes, DecisionNode no, DecisionNode unknown) {
        Map<Answer, DecisionNode> m = new EnumMap<>(Answer.class);
        m.put(Answer.YES, yes);
        m.put(Answer.NO, no);
        m.put(Answer.UNKNOWN, unknown);
        return new Ask(q, m);
    }

    static Leaf leaf(String value) {
        return new Leaf(value, "");
    }

    static Leaf worst(String value) {
        return new Leaf(value, "unknown resolves to the worst case");
    }
}
