package org.medvigil.core.risk.rubric;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The answers of one rubric assessment, at most one per question. Its text form is stable and
 * human-readable, one answer per line with an optional rationale after {@code #}:
 *
 * <pre>
 * XAVN=yes   # the pump talks HL7 over TCP on the hospital LAN
 * XAVT=yes
 * XACL=no    # needs the service mode enabled first
 * </pre>
 *
 * Several answers may share a line, separated by commas ({@code XAVN=y,XAVT=y}); answers are
 * {@code yes}/{@code no}/{@code unknown} or {@code y}/{@code n}/{@code u} in any case.
 */
public final class RubricAnswers {
    /** Largest text accepted; a complete assessment with rationales is a few kilobytes. */
    public static final int MAX_TEXT = 64 * 1024;

    private final Map<RubricQuestion, RubricAnswer> answers;

    private RubricAnswers(Map<RubricQuestion, RubricAnswer> answers) {
        this.answers = answers;
    }

    /** The given answers; a question answered twice is an error. */
    public static RubricAnswers of(Collection<RubricAnswer> answers) {
        Map<RubricQuestion, RubricAnswer> map = new EnumMap<>(RubricQuestion.class);
        for (RubricAnswer a : answers) {
            if (map.put(a.question(), a) != null) {
                throw new InvalidRubricAnswersException(a.question() + " is answered twice");
            }
        }
        return new RubricAnswers(map);
    }

    /** Reads the text form described above. */
    public static RubricAnswers parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRubricAnswersException("no answers given");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidRubricAnswersException("text is " + text.length() + " characters long (at most " + MAX_TEXT + ")");
        }
        Map<RubricQuestion, RubricAnswer> map = new EnumMap<>(RubricQuestion.class);
        Map<RubricQuestion, Integer> lineOf = new EnumMap<>(RubricQuestion.class);
        String[] lines = text.split("\\R", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int hash = line.indexOf('#');
            String rationale = hash < 0 ? "" : line.substring(hash + 1).strip();
            String entries = hash < 0 ? line : line.substring(0, hash);
            for (String entry : entries.split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                RubricAnswer answer = entry(entry.strip(), rationale, n + 1);
                Integer previous = lineOf.put(answer.question(), n + 1);
                if (previous != null) {
                    throw new InvalidRubricAnswersException(answer.question() + " is answered twice (line "
                            + previous + " and line " + (n + 1) + ")");
                }
                map.put(answer.question(), answer);
            }
        }
        if (map.isEmpty()) {
            throw new InvalidRubricAnswersException("no answers given");
        }
        return new RubricAnswers(map);
    }

    private static RubricAnswer entry(String entry, String rationale, int line) {
        int eq = entry.indexOf('=');
        if (eq < 0) {
            throw new InvalidRubricAnswersException("'" + shorten(entry) + "' on line " + line + " is not CODE=ANSWER");
        }
        String code = entry.substring(0, eq).strip();
        String value = entry.substring(eq + 1).strip();
        RubricQuestion question = RubricQuestion.byCode(code).orElseThrow(() -> new InvalidRubricAnswersException(
                "unknown question code '" + shorten(code) + "' on line " + line));
        Answer answer = Answer.read(value);
        if (answer == null) {
            throw new InvalidRubricAnswersException(code + " on line " + line + ": '" + shorten(value)
                    + "' is not yes, no or unknown");
        }
        return new RubricAnswer(question, answer, rationale);
    }

    private static String shorten(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }

    public Optional<RubricAnswer> get(RubricQuestion question) {
        return Optional.ofNullable(answers.get(question));
    }

    /** All answers in question order. */
    public List<RubricAnswer> all() {
        return List.copyOf(answers.values());
    }

    /** These answers with one more (or a changed one): the step of a wizard. */
    public RubricAnswers with(RubricAnswer answer) {
        Map<RubricQuestion, RubricAnswer> map = new EnumMap<>(RubricQuestion.class);
        map.putAll(answers);
        map.put(answer.question(), answer);
        return new RubricAnswers(map);
    }

    /** An empty set of answers, to start a wizard from. */
    public static RubricAnswers none() {
        return new RubricAnswers(new EnumMap<>(RubricQuestion.class));
    }

    /** The stable text form: one line per answer in question order, rationale after {@code #}. */
    public String toText() {
        return answers.values().stream()
                .map(a -> a.rationale().isEmpty() ? a.code()
                        : a.code() + " # " + a.rationale().replaceAll("\\R", " "))
                .collect(Collectors.joining("\n", "", answers.isEmpty() ? "" : "\n"));
    }

    /** The answer codes on one line: "XAVN=yes,XAVT=yes,…" (the extended vector). */
    public String codes() {
        return answers.values().stream().map(RubricAnswer::code).collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RubricAnswers other && answers.equals(other.answers);
    }

    @Override
    public int hashCode() {
        return answers.hashCode();
    }

    @Override
    public String toString() {
        return codes();
    }
}
