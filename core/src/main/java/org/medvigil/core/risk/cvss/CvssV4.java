package org.medvigil.core.risk.cvss;

import static org.medvigil.core.risk.cvss.MetricGrammar.mandatory;
import static org.medvigil.core.risk.cvss.MetricGrammar.optional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CVSS v4.0 scoring per the FIRST specification (§8, MacroVectors and interpolation), ported
 * step for step from the FIRST reference calculator ({@code cvss_score.js}) so that double
 * arithmetic gives the same digits, including its final "round half up after adding 1e-6" (the
 * interpolation can land one ULP below an x.x5 tie). The calculator's tables are embedded
 * ({@link Cvss4Tables}). Metrics must come in the order of the specification's Table 23 ("every
 * other ordering is invalid"). Hand-rolled because cvss-calculator 1.5.1 rounds x.x5 ties down
 * and accepts out-of-order vectors (library-fitness.md).
 */
final class CvssV4 {
    static final MetricGrammar GRAMMAR = new MetricGrammar("CVSS v4.0", true, List.of(
            mandatory("AV", "N", "A", "L", "P"),
            mandatory("AC", "L", "H"),
            mandatory("AT", "N", "P"),
            mandatory("PR", "N", "L", "H"),
            mandatory("UI", "N", "P", "A"),
            mandatory("VC", "H", "L", "N"),
            mandatory("VI", "H", "L", "N"),
            mandatory("VA", "H", "L", "N"),
            mandatory("SC", "H", "L", "N"),
            mandatory("SI", "H", "L", "N"),
            mandatory("SA", "H", "L", "N"),
            optional("E", "X", "A", "P", "U"),
            optional("CR", "X", "H", "M", "L"),
            optional("IR", "X", "H", "M", "L"),
            optional("AR", "X", "H", "M", "L"),
            optional("MAV", "X", "N", "A", "L", "P"),
            optional("MAC", "X", "L", "H"),
            optional("MAT", "X", "N", "P"),
            optional("MPR", "X", "N", "L", "H"),
            optional("MUI", "X", "N", "P", "A"),
            optional("MVC", "X", "H", "L", "N"),
            optional("MVI", "X", "H", "L", "N"),
            optional("MVA", "X", "H", "L", "N"),
            optional("MSC", "X", "H", "L", "N"),
            optional("MSI", "X", "S", "H", "L", "N"),
            optional("MSA", "X", "S", "H", "L", "N"),
            optional("S", "X", "N", "P"),
            optional("AU", "X", "N", "Y"),
            optional("R", "X", "A", "U", "I"),
            optional("V", "X", "D", "C"),
            optional("RE", "X", "L", "M", "H"),
            optional("U", "X", "Clear", "Green", "Amber", "Red")));

    static final List<String> ENVIRONMENTAL = List.of("CR", "IR", "AR", "MAV", "MAC", "MAT", "MPR", "MUI",
            "MVC", "MVI", "MVA", "MSC", "MSI", "MSA");
    static final List<String> SUPPLEMENTAL = List.of("S", "AU", "R", "V", "RE", "U");

    /** Severity levels of each metric value, as in the reference calculator. */
    private static final Map<String, Map<String, Double>> LEVELS = Map.ofEntries(
            Map.entry("AV", Map.of("N", 0.0, "A", 0.1, "L", 0.2, "P", 0.3)),
            Map.entry("PR", Map.of("N", 0.0, "L", 0.1, "H", 0.2)),
            Map.entry("UI", Map.of("N", 0.0, "P", 0.1, "A", 0.2)),
            Map.entry("AC", Map.of("L", 0.0, "H", 0.1)),
            Map.entry("AT", Map.of("N", 0.0, "P", 0.1)),
            Map.entry("VC", Map.of("H", 0.0, "L", 0.1, "N", 0.2)),
            Map.entry("VI", Map.of("H", 0.0, "L", 0.1, "N", 0.2)),
            Map.entry("VA", Map.of("H", 0.0, "L", 0.1, "N", 0.2)),
            Map.entry("SC", Map.of("H", 0.1, "L", 0.2, "N", 0.3)),
            Map.entry("SI", Map.of("S", 0.0, "H", 0.1, "L", 0.2, "N", 0.3)),
            Map.entry("SA", Map.of("S", 0.0, "H", 0.1, "L", 0.2, "N", 0.3)),
            Map.entry("CR", Map.of("H", 0.0, "M", 0.1, "L", 0.2)),
            Map.entry("IR", Map.of("H", 0.0, "M", 0.1, "L", 0.2)),
            Map.entry("AR", Map.of("H", 0.0, "M", 0.1, "L", 0.2)));

    private static final double STEP = 0.1;
    private static final double EPSILON = Math.pow(10, -6);

    private CvssV4() {
    }

    static CvssV4Result score(String vector) {
        Map<String, String> given = GRAMMAR.read(vector, "CVSS:4.0/".length());
        Effective m = new Effective(given);
        String macroVector = macroVector(m);
        double score = interpolate(m, macroVector);
        boolean threat = defined(given, List.of("E"));
        boolean environmental = defined(given, ENVIRONMENTAL);
        String nomenclature = "CVSS-B" + (threat ? "T" : "") + (environmental ? "E" : "");
        Map<String, String> supplemental = new LinkedHashMap<>();
        for (String s : SUPPLEMENTAL) {
            String v = given.getOrDefault(s, "X");
            if (!v.equals("X")) {
                supplemental.put(s, v);
            }
        }
        return new CvssV4Result("CVSS:4.0/" + MetricGrammar.normalise(given, "X"), given, score, nomenclature,
                macroVector, supplemental);
    }

    private static boolean defined(Map<String, String> given, List<String> names) {
        return names.stream().anyMatch(n -> !given.getOrDefault(n, "X").equals("X"));
    }

    /** The value a metric takes in scoring: the modified value if given, worst case for E/CR/IR/AR X. */
    private record Effective(Map<String, String> given) {
        String m(String metric) {
            String selected = given.getOrDefault(metric, "X");
            if (metric.equals("E") && selected.equals("X")) {
                return "A";
            }
            if ((metric.equals("CR") || metric.equals("IR") || metric.equals("AR")) && selected.equals("X")) {
                return "H";
            }
            String modified = given.get("M" + metric);
            if (modified != null && !modified.equals("X")) {
                return modified;
            }
            return selected;
        }

        boolean is(String metric, String value) {
            return m(metric).equals(value);
        }
    }

    static String macroVector(Effective m) {
        int eq1;
        if (m.is("AV", "N") && m.is("PR", "N") && m.is("UI", "N")) {
            eq1 = 0;
        } else if ((m.is("AV", "N") || m.is("PR", "N") || m.is("UI", "N")) && !m.is("AV", "P")) {
            eq1 = 1;
        } else {
            eq1 = 2;
        }
        int eq2 = m.is("AC", "L") && m.is("AT", "N") ? 0 : 1;
        int eq3;
        if (m.is("VC", "H") && m.is("VI", "H")) {
            eq3 = 0;
        } else if (m.is("VC", "H") || m.is("VI", "H") || m.is("VA", "H")) {
            eq3 = 1;
        } else {
            eq3 = 2;
        }
        int eq4;
        if (m.is("MSI", "S") || m.is("MSA", "S")) {
            eq4 = 0;
        } else if (m.is("SC", "H") || m.is("SI", "H") || m.is("SA", "H")) {
            eq4 = 1;
        } else {
            eq4 = 2;
        }
        int eq5 = switch (m.m("E")) {
            case "A" -> 0;
            case "P" -> 1;
            default -> 2;
        };
        int eq6 = (m.is("CR", "H") && m.is("VC", "H")) || (m.is("IR", "H") && m.is("VI", "H"))
                || (m.is("AR", "H") && m.is("VA", "H")) ? 0 : 1;
        return "" + eq1 + eq2 + eq3 + eq4 + eq5 + eq6;
    }

    // The steps and their order follow cvss_score.js so the floating-point results are identical.
    private static double interpolate(Effective m, String macroVector) {
        if (List.of("VC", "VI", "VA", "SC", "SI", "SA").stream().allMatch(x -> m.is(x, "N"))) {
            return 0.0;
        }
        Cvss4Tables tables = Cvss4Tables.get();
        double value = tables.score(macroVector);
        int eq1 = digit(macroVector, 0);
        int eq2 = digit(macroVector, 1);
        int eq3 = digit(macroVector, 2);
        int eq4 = digit(macroVector, 3);
        int eq5 = digit(macroVector, 4);
        int eq6 = digit(macroVector, 5);

        double[] lower = nextLowerScores(tables, eq1, eq2, eq3, eq4, eq5, eq6);
        double lowerEq1 = lower[0];
        double lowerEq2 = lower[1];
        double lowerEq3eq6 = lower[2];
        double lowerEq4 = lower[3];
        double lowerEq5 = lower[4];

        Distances d = distancesToMax(m, tables, macroVector);

        double availableEq1 = value - lowerEq1;
        double availableEq2 = value - lowerEq2;
        double availableEq3eq6 = value - lowerEq3eq6;
        double availableEq4 = value - lowerEq4;
        double availableEq5 = value - lowerEq5;

        int existingLower = 0;
        double normalizedEq1 = 0;
        double normalizedEq2 = 0;
        double normalizedEq3eq6 = 0;
        double normalizedEq4 = 0;
        double normalizedEq5 = 0;
        double maxSeverityEq1 = tables.maxSeverity("eq1", String.valueOf(eq1)) * STEP;
        double maxSeverityEq2 = tables.maxSeverity("eq2", String.valueOf(eq2)) * STEP;
        double maxSeverityEq3eq6 = tables.maxSeverity("eq3eq6", eq3 + ":" + eq6) * STEP;
        double maxSeverityEq4 = tables.maxSeverity("eq4", String.valueOf(eq4)) * STEP;
        if (!Double.isNaN(availableEq1)) {
            existingLower++;
            normalizedEq1 = availableEq1 * (d.eq1() / maxSeverityEq1);
        }
        if (!Double.isNaN(availableEq2)) {
            existingLower++;
            normalizedEq2 = availableEq2 * (d.eq2() / maxSeverityEq2);
        }
        if (!Double.isNaN(availableEq3eq6)) {
            existingLower++;
            normalizedEq3eq6 = availableEq3eq6 * (d.eq3eq6() / maxSeverityEq3eq6);
        }
        if (!Double.isNaN(availableEq4)) {
            existingLower++;
            normalizedEq4 = availableEq4 * (d.eq4() / maxSeverityEq4);
        }
        if (!Double.isNaN(availableEq5)) {
            // EQ5 has a single value per level: its proportion is always 0.
            existingLower++;
            normalizedEq5 = availableEq5 * 0;
        }
        double meanDistance = existingLower == 0 ? 0
                : (normalizedEq1 + normalizedEq2 + normalizedEq3eq6 + normalizedEq4 + normalizedEq5) / existingLower;
        value -= meanDistance;
        if (value < 0) {
            value = 0.0;
        }
        if (value > 10) {
            value = 10.0;
        }
        return Math.round((value + EPSILON) * 10) / 10.0;
    }

    /**
     * Scores of the next lower MacroVector along EQ1, EQ2, EQ3+EQ6 (joined), EQ4 and EQ5; NaN
     * where there is none. From 00 the joined EQ3/EQ6 can step either way: the higher score wins.
     */
    private static double[] nextLowerScores(Cvss4Tables tables, int eq1, int eq2, int eq3, int eq4, int eq5, int eq6) {
        double eq3eq6;
        if (eq3 == 0 && eq6 == 0) {
            double left = tables.score(macro(eq1, eq2, eq3, eq4, eq5, eq6 + 1));
            double right = tables.score(macro(eq1, eq2, eq3 + 1, eq4, eq5, eq6));
            eq3eq6 = left > right ? left : right;
        } else if (eq3 == 1 && eq6 == 0) {
            eq3eq6 = tables.score(macro(eq1, eq2, eq3, eq4, eq5, eq6 + 1));
        } else if (eq6 == 1 && eq3 <= 1) {
            eq3eq6 = tables.score(macro(eq1, eq2, eq3 + 1, eq4, eq5, eq6));
        } else {
            eq3eq6 = tables.score(macro(eq1, eq2, eq3 + 1, eq4, eq5, eq6 + 1));
        }
        return new double[] {
                tables.score(macro(eq1 + 1, eq2, eq3, eq4, eq5, eq6)),
                tables.score(macro(eq1, eq2 + 1, eq3, eq4, eq5, eq6)),
                eq3eq6,
                tables.score(macro(eq1, eq2, eq3, eq4 + 1, eq5, eq6)),
                tables.score(macro(eq1, eq2, eq3, eq4, eq5 + 1, eq6))};
    }

    private record Distances(double eq1, double eq2, double eq3eq6, double eq4) {
    }

    /**
     * The severity distance from the first highest-severity vector of the MacroVector that the
     * vector does not exceed in any metric (the calculator keeps the last candidate if none fits).
     */
    private static Distances distancesToMax(Effective m, Cvss4Tables tables, String macroVector) {
        List<Map<String, String>> maxVectors = new ArrayList<>();
        for (Map<String, String> a : tables.maxVectors("eq1", macroVector.substring(0, 1))) {
            for (Map<String, String> b : tables.maxVectors("eq2", macroVector.substring(1, 2))) {
                for (Map<String, String> c : tables.maxVectors("eq3", macroVector.charAt(2) + ":" + macroVector.charAt(5))) {
                    for (Map<String, String> e : tables.maxVectors("eq4", macroVector.substring(3, 4))) {
                        for (Map<String, String> f : tables.maxVectors("eq5", macroVector.substring(4, 5))) {
                            Map<String, String> max = new LinkedHashMap<>();
                            max.putAll(a);
                            max.putAll(b);
                            max.putAll(c);
                            max.putAll(e);
                            max.putAll(f);
                            maxVectors.add(max);
                        }
                    }
                }
            }
        }
        double av = 0, pr = 0, ui = 0, ac = 0, at = 0, vc = 0, vi = 0, va = 0, sc = 0, si = 0, sa = 0, cr = 0, ir = 0, ar = 0;
        for (Map<String, String> max : maxVectors) {
            av = distance(m, max, "AV");
            pr = distance(m, max, "PR");
            ui = distance(m, max, "UI");
            ac = distance(m, max, "AC");
            at = distance(m, max, "AT");
            vc = distance(m, max, "VC");
            vi = distance(m, max, "VI");
            va = distance(m, max, "VA");
            sc = distance(m, max, "SC");
            si = distance(m, max, "SI");
            sa = distance(m, max, "SA");
            cr = distance(m, max, "CR");
            ir = distance(m, max, "IR");
            ar = distance(m, max, "AR");
            if (av >= 0 && pr >= 0 && ui >= 0 && ac >= 0 && at >= 0 && vc >= 0 && vi >= 0 && va >= 0
                    && sc >= 0 && si >= 0 && sa >= 0 && cr >= 0 && ir >= 0 && ar >= 0) {
                break;
            }
        }
        return new Distances(av + pr + ui, ac + at, vc + vi + va + cr + ir + ar, sc + si + sa);
    }

    private static double distance(Effective m, Map<String, String> max, String metric) {
        Map<String, Double> levels = LEVELS.get(metric);
        return levels.get(m.m(metric)) - levels.get(max.get(metric));
    }

    private static int digit(String macroVector, int i) {
        return macroVector.charAt(i) - '0';
    }

    private static String macro(int... eqs) {
        StringBuilder b = new StringBuilder(6);
        for (int eq : eqs) {
            b.append(eq);
        }
        return b.toString();
    }
}
