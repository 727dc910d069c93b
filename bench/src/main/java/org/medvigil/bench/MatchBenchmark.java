package org.medvigil.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.match.AdvisoryIndex;
import org.medvigil.core.match.Matcher;
import org.medvigil.core.match.Portfolio;
import org.medvigil.core.sbom.Inventory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The portfolio-scale targets of the scanning engine: a full match of 1,000 SBOMs × 1,000
 * components against ≥ 200,000 advisory package entries (target ≤ 10 s, heap ≤ 2 GiB), and one
 * new advisory re-matched against the whole portfolio (target ≤ 50 ms).
 *
 * <pre>java -jar bench/target/medvigil-bench.jar MatchBenchmark</pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class MatchBenchmark {

    @Param("1000")
    int sboms;

    @Param("1000")
    int components;

    @Param("200000")
    int advisoryEntries;

    @Param("60000")
    int packages;

    private List<Inventory> inventories;
    private List<Advisory> advisories;
    private Portfolio portfolio;
    private Advisory[] probes;
    private int next;

    @Setup(Level.Trial)
    public void generate() {
        SyntheticPortfolio gen = new SyntheticPortfolio(20261125L, packages);
        inventories = gen.inventories(sboms, components);
        advisories = gen.advisories(advisoryEntries);
        portfolio = new Portfolio();
        inventories.forEach(portfolio::add);
        probes = new SyntheticPortfolio(7L, packages).advisories(2000).toArray(Advisory[]::new);
    }

    /** Index every advisory, then match every component of every SBOM (both cores). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long fullMatch() {
        Matcher matcher = new Matcher(AdvisoryIndex.of(advisories));
        return inventories.parallelStream().mapToLong(inv -> matcher.match(inv).size()).sum();
    }

    /** One new advisory against the whole portfolio. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int rematchOneAdvisory() {
        Advisory a = probes[next++ % probes.length];
        return portfolio.match(a).size();
    }
}
