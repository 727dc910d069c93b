package org.medvigil.app.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medvigil.core.risk.rubric.MedicalDeviceRubric;
import org.medvigil.core.risk.rubric.RubricAnswer;
import org.medvigil.core.risk.rubric.RubricAnswers;
import org.medvigil.core.risk.rubric.RubricQuestion;
import org.medvigil.core.risk.rubric.RubricResult;

/**
 * The MITRE medical-device rubric asked one question at a time, for a page: the answers so far
 * (carried between steps in core's text form), the next question core's flow asks, and the
 * result once the flow is complete. Changing an answer drops the answers to questions the flow
 * no longer reaches, since core refuses answers it would not ask for. Its read methods are
 * public for the page templates.
 */
record RubricWizard(RubricAnswers answers) {

    static RubricWizard start() {
        return new RubricWizard(RubricAnswers.none());
    }

    /** The wizard at the answers of this text form; blank is the start. Malformed text is an InvalidInputException. */
    static RubricWizard of(String text) {
        return text == null || text.isBlank() ? start() : new RubricWizard(RubricAnswers.parse(text)).pruned();
    }

    /** With one more answer (or a changed one): {@code answer} yes, no or unknown; the note is its rationale. */
    RubricWizard answer(String code, String answer, String note) {
        String rationale = note == null ? "" : note.replaceAll("\\R", " ").strip();
        RubricAnswer a = RubricAnswers.parse(code + "=" + answer + (rationale.isEmpty() ? "" : " # " + rationale)).all().get(0);
        return new RubricWizard(answers.with(a)).pruned();
    }

    /** Without the answer to this question (to answer it again), and without what only it led to. */
    RubricWizard without(String code) {
        List<RubricAnswer> kept = new ArrayList<>(answers.all());
        kept.removeIf(a -> a.question().name().equals(code));
        return new RubricWizard(RubricAnswers.of(kept)).pruned();
    }

    private RubricWizard pruned() {
        RubricAnswers current = answers;
        while (true) {
            Set<RubricQuestion> reached = MedicalDeviceRubric.reachable(current);
            List<RubricAnswer> kept = current.all().stream().filter(a -> reached.contains(a.question())).toList();
            if (kept.size() == current.all().size()) {
                return new RubricWizard(current);
            }
            current = RubricAnswers.of(kept);
        }
    }

    /** The question to ask now; empty when the flow is complete. */
    public Optional<RubricQuestion> next() {
        return MedicalDeviceRubric.nextQuestion(answers);
    }

    public boolean complete() {
        return next().isEmpty() && !answers.all().isEmpty();
    }

    /** The CVSS vector and the derivation of each metric; only when {@link #complete()}. */
    public RubricResult result() {
        return MedicalDeviceRubric.score(answers);
    }

    public List<RubricAnswer> answered() {
        return answers.all();
    }

    /** The answers in core's text form, to carry to the next step and into the assessment. */
    public String text() {
        return answers.toText();
    }
}
