package org.medvigil.bench;

import java.util.List;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.match.AdvisoryIndex;
import org.medvigil.core.match.Matcher;
import org.medvigil.core.match.Portfolio;
import org.medvigil.core.sbom.Inventory;

/**
 * End-to-end, single-process timing of the portfolio targets (a cross-check of
 * {@link MatchBenchmark} that also reports heap): generate, index, match everything, then
 * re-match single advisories. Run with the target heap, e.g.
 * {@code java -Xmx2g -cp bench/target/medvigil-bench.jar org.medvigil.bench.PortfolioMatchRun}.
 */
public final class PortfolioMatchRun {
    private PortfolioMatchRun() {
    }

    public static void main(String[] args) {
        int sboms = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int components = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int entries = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
        long t0 = System.nanoTime();
        SyntheticPortfolio gen = new SyntheticPortfolio(20261125L, 60_000);
        List<Inventory> inventories = gen.inventories(sboms, components);
        List<Advisory> advisories = gen.advisories(entries);
        long t1 = System.nanoTime();
        System.out.printf("generated %d SBOMs x %d components, %d advisories in %d ms; heap used %d MiB%n",
                sboms, components, advisories.size(), ms(t0, t1), usedMiB());
        for (int round = 1; round <= 3; round++) {
            long a = System.nanoTime();
            Matcher matcher = new Matcher(AdvisoryIndex.of(advisories));
            long b = System.nanoTime();
            long findings = inventories.parallelStream().mapToLong(inv -> matcher.match(inv).size()).sum();
            long c = System.nanoTime();
            System.out.printf("round %d: index %d ms, match %d ms, total %d ms, %d findings; heap used %d MiB%n",
                    round, ms(a, b), ms(b, c), ms(a, c), findings, usedMiB());
        }
        Portfolio portfolio = new Portfolio();
        long p0 = System.nanoTime();
        inventories.forEach(portfolio::add);
        System.out.printf("portfolio of %d components keyed in %d ms; heap used %d MiB%n",
                portfolio.size(), ms(p0, System.nanoTime()), usedMiB());
        List<Advisory> probes = new SyntheticPortfolio(7L, 60_000).advisories(3000);
        for (int round = 1; round <= 3; round++) {
            long s = System.nanoTime();
            long found = 0;
            for (Advisory probe : probes) {
                found += portfolio.match(probe).size();
            }
            long e = System.nanoTime();
            System.out.printf("round %d: %d single-advisory re-matches, %.2f ms each on average, %d findings%n",
                    round, probes.size(), (e - s) / 1e6 / probes.size(), found);
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static long usedMiB() {
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }
}
