package org.medvigil.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.advisory.AdvisoryReaders;
import org.medvigil.core.advisory.AffectedPackage;
import org.medvigil.core.advisory.PackageSelector;
import org.medvigil.core.version.OsvEventRange;
import org.medvigil.core.version.VersionRange;

/**
 * Writes a CycloneDX 1.6 SBOM of N components drawn from the packages that real advisories
 * name, so that a CLI scan against those advisories does real matching work: each component
 * takes a version from the advisories' own range events (introduced or fixed versions), one
 * package after another and then further versions of the same packages until N are written;
 * deterministic.
 *
 * <pre>java -cp bench/target/medvigil-bench.jar org.medvigil.bench.ScanSbomFromAdvisories OUT N PATH...</pre>
 */
public final class ScanSbomFromAdvisories {
    private ScanSbomFromAdvisories() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        List<Path> paths = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            paths.add(Path.of(args[i]));
        }
        Map<String, Set<String>> versionsByKey = new TreeMap<>();
        for (Advisory a : AdvisoryReaders.standard().load(paths).active()) {
            for (AffectedPackage p : a.affected()) {
                if (p.selector() instanceof PackageSelector.ByPackage bp && !bp.packageKey().startsWith("osv:")) {
                    versionsFrom(p, versionsByKey.computeIfAbsent(bp.packageKey(), k -> new TreeSet<>()));
                }
            }
        }
        // Ecosystems interleaved, in a fixed order: a real SBOM is not sorted by package name.
        List<Map.Entry<String, Set<String>>> packages = new ArrayList<>(versionsByKey.entrySet());
        Collections.shuffle(packages, new Random(20261125L));
        List<Map.Entry<String, String>> picked = new ArrayList<>();
        for (int round = 0; picked.size() < n; round++) {
            int before = picked.size();
            for (Map.Entry<String, Set<String>> e : packages) {
                if (round < e.getValue().size() && picked.size() < n) {
                    picked.add(Map.entry(e.getKey(), new ArrayList<>(e.getValue()).get(round)));
                }
            }
            if (picked.size() == before) {
                break;
            }
        }
        StringBuilder json = new StringBuilder("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"components\":[\n");
        int i = 0;
        for (Map.Entry<String, String> e : picked) {
            String key = e.getKey();
            int slash = key.lastIndexOf('/');
            String name = key.substring(slash + 1);
            String purl = "pkg:" + key.replace("@", "%40") + "@" + e.getValue();
            json.append(i == 0 ? "" : ",\n").append("{\"type\":\"library\",\"bom-ref\":\"c").append(i)
                    .append("\",\"name\":\"").append(name).append("\",\"version\":\"").append(e.getValue())
                    .append("\",\"purl\":\"").append(purl).append("\"}");
            i++;
        }
        json.append("\n]}\n");
        Files.writeString(out, json);
        System.out.println("wrote " + i + " components to " + out);
    }

    private static void versionsFrom(AffectedPackage p, Set<String> into) {
        for (VersionRange r : p.ranges()) {
            if (r instanceof OsvEventRange osv) {
                for (OsvEventRange.Event e : osv.events()) {
                    String v = e.version();
                    if (!v.equals("0") && !v.isBlank() && v.matches("[A-Za-z0-9.+_~-]+")) {
                        boolean go = osv.scheme() != null && osv.scheme().name().equals("golang") || "SEMVER".equals(osv.type());
                        into.add(go && !v.startsWith("v") ? "v" + v : v);
                    }
                }
            }
        }
    }
}
