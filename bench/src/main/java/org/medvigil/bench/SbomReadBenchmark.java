package org.medvigil.bench;

import java.util.concurrent.TimeUnit;
import org.medvigil.core.sbom.Inventory;
import org.medvigil.core.sbom.SbomReaders;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm reading of one synthetic SBOM per format (detection included), as the scan of a large
 * portfolio does it. Run: {@code java -jar bench/target/medvigil-bench.jar SbomReadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SbomReadBenchmark {
    @Param({"CYCLONEDX_JSON", "CYCLONEDX_XML", "SPDX_JSON", "SPDX_TAG_VALUE"})
    public SyntheticSbom.Format format;

    @Param({"1000"})
    public int components;

    private byte[] document;
    private SbomReaders readers;

    @Setup
    public void setUp() {
        document = SyntheticSbom.generate(format, components, 1);
        readers = SbomReaders.standard();
    }

    @Benchmark
    public Inventory read() {
        return readers.read(document, "synthetic");
    }
}
