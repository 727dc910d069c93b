package org.medvigil.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medvigil.core.advisory.AdvisoryLoad;
import org.medvigil.core.advisory.AdvisoryReaders;

/**
 * Cold-start timing of advisory loading, as the CLI meets it: one JVM, one load, no warm-up.
 * Run it in a fresh JVM with the launcher's flags, e.g.
 * {@code java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp bench/target/medvigil-bench.jar
 * org.medvigil.bench.AdvisoryLoadTiming PATH...}; it prints the JVM uptime before the load,
 * the load time and the totals.
 */
public final class AdvisoryLoadTiming {
    private AdvisoryLoadTiming() {
    }

    public static void main(String[] args) {
        long before = ManagementFactory.getRuntimeMXBean().getUptime();
        List<Path> paths = new ArrayList<>();
        for (String a : args) {
            paths.add(Path.of(a));
        }
        long t0 = System.nanoTime();
        AdvisoryLoad load = AdvisoryReaders.standard().load(paths);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("jvm-start-ms=%d load-ms=%d total-uptime-ms=%d advisories=%d documents=%d problems=%d%n",
                before, ms, ManagementFactory.getRuntimeMXBean().getUptime(), load.advisories().size(),
                load.filesRead(), load.problems().size());
        load.problems().stream().limit(5).forEach(p -> System.out.println("  " + p.oneLine()));
    }
}
