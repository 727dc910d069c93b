package org.medvigil.core.risk.cvss;

import static org.medvigil.core.risk.cvss.MetricGrammar.mandatory;
import static org.medvigil.core.risk.cvss.MetricGrammar.optional;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * CVSS v3.0 and v3.1 base, temporal and environmental scores, each with its own specification's
 * equations and Roundup:
 * <ul>
 * <li>v3.0 (specification §8): Roundup is "the smallest number, to one decimal place, equal to
 * or higher than its input", applied here to the exact decimal value of the equations. Binary
 * floating point would turn 4.0 into 4.000000000000001 and round it up to 4.1 (the flaw v3.1
 * fixed).</li>
 * <li>v3.1 (specification §7 and Appendix A): the equations in double precision, as the FIRST
 * calculator evaluates them, rounded with the Appendix A integer-arithmetic Roundup; the
 * modified impact under changed scope uses {@code (MISS × 0.9731 − 0.02)^13}.</li>
 * </ul>
 * Metrics may come in any order ("programs reading CVSS v3.x vector strings must accept metrics
 * in any order"), but each at most once. Hand-rolled because cvss-calculator 1.5.1 ignores the
 * v3.0 environmental metrics and accepts duplicates and junk (library-fitness.md).
 */
final class CvssV3 {
    static final MetricGrammar GRAMMAR_30 = grammar("CVSS v3.0");
    static final MetricGrammar GRAMMAR_31 = grammar("CVSS v3.1");

    private static final Map<String, Map<String, String>> WEIGHTS = Map.ofEntries(
            Map.entry("AV", Map.of("N", "0.85", "A", "0.62", "L", "0.55", "P", "0.2")),
            Map.entry("AC", Map.of("L", "0.77", "H", "0.44")),
            Map.entry("PR", Map.of("N", "0.85", "L", "0.62", "H", "0.27")),
            Map.entry("UI", Map.of("N", "0.85", "R", "0.62")),
            Map.entry("C", Map.of("H", "0.56", "L", "0.22", "N", "0")),
            Map.entry("E", Map.of("X", "1", "H", "1", "F", "0.97", "P", "0.94", "U", "0.91")),
            Map.entry("RL", Map.of("X", "1", "U", "1", "W", "0.97", "T", "0.96", "O", "0.95")),
            Map.entry("RC", Map.of("X", "1", "C", "1", "R", "0.96", "U", "0.92")),
            Map.entry("CR", Map.of("X", "1", "H", "1.5", "M", "1", "L", "0.5")));
    /** Privileges Required weighs more when the scope changes. */
    private static final Map<String, String> PR_CHANGED = Map.of("N", "0.85", "L", "0.68", "H", "0.5");

    private CvssV3() {
    }

    private static MetricGrammar grammar(String label) {
        return new MetricGrammar(label, false, List.of(
                mandatory("AV", "N", "A", "L", "P"),
                mandatory("AC", "L", "H"),
                mandatory("PR", "N", "L", "H"),
                mandatory("UI", "N", "R"),
                mandatory("S", "U", "C"),
                mandatory("C", "H", "L", "N"),
                mandatory("I", "H", "L", "N"),
                mandatory("A", "H", "L", "N"),
                optional("E", "X", "H", "F", "P", "U"),
                optional("RL", "X", "U", "W", "T", "O"),
                optional("RC", "X", "C", "R", "U"),
                optional("CR", "X", "H", "M", "L"),
                optional("IR", "X", "H", "M", "L"),
                optional("AR", "X", "H", "M", "L"),
                optional("MAV", "X", "N", "A", "L", "P"),
                optional("MAC", "X", "L", "H"),
                optional("MPR", "X", "N", "L", "H"),
                optional("MUI", "X", "N", "R"),
                optional("MS", "X", "U", "C"),
                optional("MC", "X", "H", "L", "N"),
                optional("MI", "X", "H", "L", "N"),
                optional("MA", "X", "H", "L", "N")));
    }

    /** Scores {@code vector}, whose prefix {@code CVSS:3.x/} (9 characters) was already checked. */
    static CvssV3Result score(String vector, String version) {
        boolean v31 = version.equals("3.1");
        Map<String, String> m = (v31 ? GRAMMAR_31 : GRAMMAR_30).read(vector, "CVSS:3.x/".length());
        Weights w = new Weights(m);
        Figures f = v31 ? new V31(w).figures() : new V30(w).figures();
        return new CvssV3Result(version, "CVSS:" + version + "/" + MetricGrammar.normalise(m, "X"), m,
                f.base(), f.temporal(), f.environmental(), f.impact(), f.exploitability(), f.modifiedExploitability());
    }

    private record Figures(double base, double temporal, double environmental, double impact,
                           double exploitability, double modifiedExploitability) {
    }

    /** Weights of one vector; modified metrics fall back to their base metric when absent or X. */
    private record Weights(Map<String, String> metrics) {
        boolean scopeChanged() {
            return "C".equals(metrics.get("S"));
        }

        boolean modifiedScopeChanged() {
            String ms = metrics.getOrDefault("MS", "X");
            return ms.equals("X") ? scopeChanged() : ms.equals("C");
        }

        String weight(String metric) {
            return weightOf(metric, metrics.getOrDefault(metric, "X"), scopeChanged());
        }

        String modified(String baseMetric) {
            String value = metrics.getOrDefault("M" + baseMetric, "X");
            if (value.equals("X")) {
                value = metrics.get(baseMetric);
            }
            return weightOf(baseMetric, value, modifiedScopeChanged());
        }

        private static String weightOf(String metric, String value, boolean scopeChanged) {
            if (metric.equals("PR") && scopeChanged) {
                return PR_CHANGED.get(value);
            }
            String table = switch (metric) {
                case "I", "A" -> "C";
                case "IR", "AR" -> "CR";
                default -> metric;
            };
            return WEIGHTS.get(table).get(value);
        }
    }

    /** v3.1: double arithmetic in the order of the FIRST calculator, Appendix A Roundup. */
    private record V31(Weights w) {
        Figures figures() {
            double iss = 1 - ((1 - d("C")) * (1 - d("I")) * (1 - d("A")));
            double impact = w.scopeChanged()
                    ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15)
                    : 6.42 * iss;
            double exploitability = 8.22 * d("AV") * d("AC") * d("PR") * d("UI");
            double base = impact <= 0 ? 0 : roundup(Math.min((w.scopeChanged() ? 1.08 : 1) * (impact + exploitability), 10));
            double temporalFactor = d("E") * d("RL") * d("RC");
            double temporal = roundup(base * temporalFactor);

            double miss = Math.min(1 - ((1 - m("C") * d("CR")) * (1 - m("I") * d("IR")) * (1 - m("A") * d("AR"))), 0.915);
            double mImpact = w.modifiedScopeChanged()
                    ? 7.52 * (miss - 0.029) - 3.25 * Math.pow(miss * 0.9731 - 0.02, 13)
                    : 6.42 * miss;
            double mExploitability = 8.22 * m("AV") * m("AC") * m("PR") * m("UI");
            double env = mImpact <= 0 ? 0 : roundup(roundup(Math.min(
                    (w.modifiedScopeChanged() ? 1.08 : 1) * (mImpact + mExploitability), 10)) * temporalFactor);
            return new Figures(base, temporal, env, impact, exploitability, mExploitability);
        }

        private double d(String metric) {
            return Double.parseDouble(w.weight(metric));
        }

        private double m(String baseMetric) {
            return Double.parseDouble(w.modified(baseMetric));
        }

        // CVSS v3.1 Appendix A: round to 5 decimals as an integer first, so 4.000000000000001 stays 4.0.
        static double roundup(double input) {
            long intInput = Math.round(input * 100000);
            if (intInput % 10000 == 0) {
                return intInput / 100000.0;
            }
            return (Math.floor(intInput / 10000.0) + 1) / 10.0;
        }
    }

    /** v3.0: exact decimal arithmetic, Roundup = ceiling to one decimal. */
    private record V30(Weights w) {
        private static final BigDecimal ONE = BigDecimal.ONE;
        private static final BigDecimal TEN = BigDecimal.TEN;
        private static final BigDecimal SCOPE = new BigDecimal("1.08");

        Figures figures() {
            BigDecimal iss = ONE.subtract(ONE.subtract(d("C")).multiply(ONE.subtract(d("I"))).multiply(ONE.subtract(d("A"))));
            BigDecimal impact = impact(iss, w.scopeChanged());
            BigDecimal exploitability = new BigDecimal("8.22").multiply(d("AV")).multiply(d("AC")).multiply(d("PR")).multiply(d("UI"));
            BigDecimal base = impact.signum() <= 0 ? BigDecimal.ZERO
                    : roundup(TEN.min(scope(w.scopeChanged()).multiply(impact.add(exploitability))));
            BigDecimal temporalFactor = d("E").multiply(d("RL")).multiply(d("RC"));
            BigDecimal temporal = roundup(base.multiply(temporalFactor));

            BigDecimal miss = new BigDecimal("0.915").min(ONE.subtract(
                    ONE.subtract(m("C").multiply(d("CR")))
                            .multiply(ONE.subtract(m("I").multiply(d("IR"))))
                            .multiply(ONE.subtract(m("A").multiply(d("AR"))))));
            BigDecimal mImpact = impact(miss, w.modifiedScopeChanged());
            BigDecimal mExploitability = new BigDecimal("8.22").multiply(m("AV")).multiply(m("AC")).multiply(m("PR")).multiply(m("UI"));
            BigDecimal env = mImpact.signum() <= 0 ? BigDecimal.ZERO
                    : roundup(roundup(TEN.min(scope(w.modifiedScopeChanged()).multiply(mImpact.add(mExploitability))))
                            .multiply(temporalFactor));
            return new Figures(base.doubleValue(), temporal.doubleValue(), env.doubleValue(), impact.doubleValue(),
                    exploitability.doubleValue(), mExploitability.doubleValue());
        }

        // Scope unchanged: 6.42 × ISS; changed: 7.52 × (ISS − 0.029) − 3.25 × (ISS − 0.02)^15
        private static BigDecimal impact(BigDecimal iss, boolean changed) {
            if (!changed) {
                return new BigDecimal("6.42").multiply(iss);
            }
            BigDecimal power = iss.subtract(new BigDecimal("0.02")).pow(15, MathContext.UNLIMITED);
            return new BigDecimal("7.52").multiply(iss.subtract(new BigDecimal("0.029")))
                    .subtract(new BigDecimal("3.25").multiply(power));
        }

        private static BigDecimal scope(boolean changed) {
            return changed ? SCOPE : ONE;
        }

        private BigDecimal d(String metric) {
            return new BigDecimal(w.weight(metric));
        }

        private BigDecimal m(String baseMetric) {
            return new BigDecimal(w.modified(baseMetric));
        }

        static BigDecimal roundup(BigDecimal value) {
            return value.setScale(1, RoundingMode.CEILING);
        }
    }
}
