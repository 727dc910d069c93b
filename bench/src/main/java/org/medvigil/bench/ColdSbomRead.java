package org.medvigil.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.medvigil.core.sbom.Inventory;
import org.medvigil.core.sbom.SbomReaders;

/**
 * What one CLI read of one SBOM costs on a fresh JVM. With {@code generate FORMAT N FILE} it
 * writes a synthetic SBOM instead. Run with the bench jar on the class path:
 * {@code java -cp bench/target/medvigil-bench.jar org.medvigil.bench.ColdSbomRead FILE}.
 */
public final class ColdSbomRead {
    private ColdSbomRead() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("generate")) {
            Files.write(Path.of(args[3]),
                    SyntheticSbom.generate(SyntheticSbom.Format.valueOf(args[1]), Integer.parseInt(args[2]), 1));
            return;
        }
        long start = System.nanoTime();
        Inventory inv = SbomReaders.standard().read(Path.of(args[0]));
        long read = System.nanoTime() - start;
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(Locale.ROOT, "%s: %s, %d components, first read %.0f ms, %d ms since JVM start%n",
                args[0], inv.format(), inv.components().size(), read / 1e6, sinceJvmStart);
    }
}
