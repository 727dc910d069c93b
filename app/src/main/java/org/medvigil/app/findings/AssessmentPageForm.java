package org.medvigil.app.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.medvigil.app.web.FormErrors;

/**
 * The assessment form of the finding page as the browser sends it: every field as typed, so a
 * refused form is shown again exactly as it was. {@link #toForm} turns it into the API's
 * {@link AssessmentForm}, which is then validated by the same constraints the API applies.
 *
 * @param cvssVectors one vector per line
 * @param worstCase   "on" when ticked
 * @param kev         "true" or "false" as stated by the assessor; empty: the finding's own CISA KEV listing
 */
record AssessmentPageForm(String state, String justification, List<String> responses, String detail,
                          String rubricAnswers, String cvssVectors, String worstCase, String harmSeverity, String kev,
                          String epss, String determination, String rationale, String scope) {

    /** The fields the form shows, so a constraint on one of them is shown beside it. */
    static final Set<String> FIELDS = Set.of("state", "justification", "responses", "detail", "rubricAnswers",
            "cvssVectors", "harmSeverity", "epss", "determination", "rationale", "scope");

    static AssessmentPageForm startingAt(AnalysisState state) {
        return new AssessmentPageForm(state.code(), null, List.of(), null, null, null, null, null, null, null, null,
                null, AssessmentScope.ALL_RELEASES.name().toLowerCase(Locale.ROOT));
    }

    /** An exploitable finding assessed with these rubric answers, the rest still to fill in. */
    static AssessmentPageForm withRubric(String answers) {
        return new AssessmentPageForm(AnalysisState.EXPLOITABLE.code(), null, List.of(), null, answers, null, null, null,
                null, null, null, null, AssessmentScope.ALL_RELEASES.name().toLowerCase(Locale.ROOT));
    }

    /** The API form, or null when a field cannot even be read (recorded in {@code errors}). */
    AssessmentForm toForm(FormErrors errors) {
        AnalysisState s = null;
        if (blank(state)) {
            errors.field("state", "choose a triage state");
        } else {
            s = read(errors, "state", () -> AnalysisState.ofCode(state.strip()));
        }
        Justification j = blank(justification) ? null
                : read(errors, "justification", () -> Justification.ofCode(justification.strip()));
        List<VexResponse> rs = new ArrayList<>();
        for (String r : responses == null ? List.<String>of() : responses) {
            VexResponse v = read(errors, "responses", () -> VexResponse.valueOf(r.strip().toUpperCase(Locale.ROOT)));
            if (v != null) {
                rs.add(v);
            }
        }
        List<String> vectors = blank(cvssVectors) ? null
                : cvssVectors.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        Double p = null;
        if (!blank(epss)) {
            p = read(errors, "epss", "must be a probability from 0 to 1, e.g. 0.42", () -> Double.valueOf(epss.strip()));
        }
        AssessmentScope sc = blank(scope) ? null
                : read(errors, "scope", () -> AssessmentScope.valueOf(scope.strip().toUpperCase(Locale.ROOT)));
        if (errors.any()) {
            return null;
        }
        return new AssessmentForm(s, j, rs, emptyToNull(detail), emptyToNull(rubricAnswers),
                vectors == null || vectors.isEmpty() ? null : vectors, ticked(worstCase), emptyToNull(harmSeverity),
                stated(kev), p, emptyToNull(determination), emptyToNull(rationale), sc);
    }

    /** Whether the form has this response ticked (public for the page template). */
    public boolean responded(String code) {
        return responses != null && responses.contains(code);
    }

    private interface Reading<T> {
        T get();
    }

    private static <T> T read(FormErrors errors, String field, Reading<T> reading) {
        return read(errors, field, "is not one of the choices offered", reading);
    }

    private static <T> T read(FormErrors errors, String field, String message, Reading<T> reading) {
        try {
            return reading.get();
        } catch (IllegalArgumentException e) {
            errors.field(field, message);
            return null;
        }
    }

    /** "true" / "false" as stated; anything else (the empty choice) leaves it to the finding's catalogue data. */
    private static Boolean stated(String choice) {
        return "true".equals(choice) ? Boolean.TRUE : "false".equals(choice) ? Boolean.FALSE : null;
    }

    private static Boolean ticked(String box) {
        return box != null && (box.equalsIgnoreCase("on") || box.equalsIgnoreCase("true")) ? Boolean.TRUE : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String emptyToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
