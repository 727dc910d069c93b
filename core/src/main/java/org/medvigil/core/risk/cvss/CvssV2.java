package org.medvigil.core.risk.cvss;

import static org.medvigil.core.risk.cvss.MetricGrammar.mandatory;
import static org.medvigil.core.risk.cvss.MetricGrammar.optional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * CVSS v2 per the FIRST "Complete Guide to the CVSS Version 2" (§3.2 equations), computed in
 * exact decimal arithmetic with round-half-up to one decimal. Hand-rolled because cvss-calculator
 * 1.5.1 has no v2 environmental score, rounds in binary floating point (9.0 × 0.95 gives 8.5
 * instead of 8.6) and accepts malformed vectors (see library-fitness.md).
 */
final class CvssV2 {
    static final MetricGrammar GRAMMAR = new MetricGrammar("CVSS v2", true, List.of(
            mandatory("AV", "L", "A", "N"),
            mandatory("AC", "H", "M", "L"),
            mandatory("Au", "M", "S", "N"),
            mandatory("C", "N", "P", "C"),
            mandatory("I", "N", "P", "C"),
            mandatory("A", "N", "P", "C"),
            optional("E", "U", "POC", "F", "H", "ND"),
            optional("RL", "OF", "TF", "W", "U", "ND"),
            optional("RC", "UC", "UR", "C", "ND"),
            optional("CDP", "N", "L", "LM", "MH", "H", "ND"),
            optional("TD", "N", "L", "M", "H", "ND"),
            optional("CR", "L", "M", "H", "ND"),
            optional("IR", "L", "M", "H", "ND"),
            optional("AR", "L", "M", "H", "ND")));

    private static final Map<String, Map<String, String>> WEIGHTS = Map.ofEntries(
            Map.entry("AV", Map.of("L", "0.395", "A", "0.646", "N", "1.0")),
            Map.entry("AC", Map.of("H", "0.35", "M", "0.61", "L", "0.71")),
            Map.entry("Au", Map.of("M", "0.45", "S", "0.56", "N", "0.704")),
            Map.entry("C", Map.of("N", "0.0", "P", "0.275", "C", "0.660")),
            Map.entry("I", Map.of("N", "0.0", "P", "0.275", "C", "0.660")),
            Map.entry("A", Map.of("N", "0.0", "P", "0.275", "C", "0.660")),
            Map.entry("E", Map.of("U", "0.85", "POC", "0.9", "F", "0.95", "H", "1.00", "ND", "1.00")),
            Map.entry("RL", Map.of("OF", "0.87", "TF", "0.90", "W", "0.95", "U", "1.00", "ND", "1.00")),
            Map.entry("RC", Map.of("UC", "0.90", "UR", "0.95", "C", "1.00", "ND", "1.00")),
            Map.entry("CDP", Map.of("N", "0", "L", "0.1", "LM", "0.3", "MH", "0.4", "H", "0.5", "ND", "0")),
            Map.entry("TD", Map.of("N", "0", "L", "0.25", "M", "0.75", "H", "1.0", "ND", "1.0")),
            Map.entry("CR", Map.of("L", "0.5", "M", "1.0", "H", "1.51", "ND", "1.0")),
            Map.entry("IR", Map.of("L", "0.5", "M", "1.0", "H", "1.51", "ND", "1.0")),
            Map.entry("AR", Map.of("L", "0.5", "M", "1.0", "H", "1.51", "ND", "1.0")));

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal TEN = BigDecimal.TEN;

    private CvssV2() {
    }

    static CvssV2Result score(String vector) {
        Map<String, String> m = GRAMMAR.read(vector, 0);
        Weights w = new Weights(m);
        BigDecimal impact = new BigDecimal("10.41").multiply(ONE.subtract(
                ONE.subtract(w.get("C")).multiply(ONE.subtract(w.get("I"))).multiply(ONE.subtract(w.get("A")))));
        BigDecimal exploitability = new BigDecimal("20").multiply(w.get("AV")).multiply(w.get("AC")).multiply(w.get("Au"));
        BigDecimal base = baseEquation(impact, exploitability).max(BigDecimal.ZERO);

        OptionalDouble temporal = OptionalDouble.empty();
        if (defines(m, "E", "RL", "RC")) {
            temporal = OptionalDouble.of(temporalEquation(base, w).max(BigDecimal.ZERO).doubleValue());
        }
        OptionalDouble environmental = OptionalDouble.empty();
        if (defines(m, "CDP", "TD", "CR", "IR", "AR")) {
            BigDecimal adjustedImpact = TEN.min(new BigDecimal("10.41").multiply(ONE.subtract(
                    ONE.subtract(w.get("C").multiply(w.get("CR")))
                            .multiply(ONE.subtract(w.get("I").multiply(w.get("IR"))))
                            .multiply(ONE.subtract(w.get("A").multiply(w.get("AR")))))));
            BigDecimal adjustedTemporal = temporalEquation(baseEquation(adjustedImpact, exploitability), w);
            BigDecimal env = round1(adjustedTemporal.add(TEN.subtract(adjustedTemporal).multiply(w.get("CDP")))
                    .multiply(w.get("TD")));
            environmental = OptionalDouble.of(env.max(BigDecimal.ZERO).doubleValue());
        }
        return new CvssV2Result(MetricGrammar.normalise(m, "ND"), m, base.doubleValue(), temporal, environmental,
                impact.doubleValue(), exploitability.doubleValue());
    }

    // BaseScore = round_to_1_decimal(((0.6*Impact)+(0.4*Exploitability)-1.5)*f(Impact))
    private static BigDecimal baseEquation(BigDecimal impact, BigDecimal exploitability) {
        BigDecimal f = impact.signum() == 0 ? BigDecimal.ZERO : new BigDecimal("1.176");
        return round1(new BigDecimal("0.6").multiply(impact).add(new BigDecimal("0.4").multiply(exploitability))
                .subtract(new BigDecimal("1.5")).multiply(f));
    }

    private static BigDecimal temporalEquation(BigDecimal base, Weights w) {
        return round1(base.multiply(w.get("E")).multiply(w.get("RL")).multiply(w.get("RC")));
    }

    private static boolean defines(Map<String, String> m, String... names) {
        for (String n : names) {
            String v = m.get(n);
            if (v != null && !v.equals("ND")) {
                return true;
            }
        }
        return false;
    }

    static BigDecimal round1(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }

    /** Metric weights of one vector; absent optional metrics weigh as ND. */
    private record Weights(Map<String, String> metrics) {
        BigDecimal get(String metric) {
            return new BigDecimal(WEIGHTS.get(metric).get(metrics.getOrDefault(metric, "ND")));
        }
    }
}
