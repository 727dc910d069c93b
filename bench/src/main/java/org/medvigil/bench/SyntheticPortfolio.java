package org.medvigil.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.advisory.AffectedPackage;
import org.medvigil.core.advisory.PackageSelector;
import org.medvigil.core.advisory.Provenance;
import org.medvigil.core.advisory.Severity;
import org.medvigil.core.purl.Purl;
import org.medvigil.core.sbom.Component;
import org.medvigil.core.sbom.DocumentInfo;
import org.medvigil.core.sbom.Inventory;
import org.medvigil.core.version.ExactVersions;
import org.medvigil.core.version.OsvEventRange;
import org.medvigil.core.version.VersionRange;
import org.medvigil.core.version.VersionScheme;
import org.medvigil.core.version.VersionSchemes;

/**
 * A deterministic synthetic portfolio shaped like real ones: device releases whose SBOMs draw
 * distinct packages from six ecosystems with a skewed popularity (a few packages are in almost
 * every SBOM), and OSV-shaped advisories that lean towards popular packages, with one or two
 * introduced/fixed intervals, some last_affected ranges and some explicit version lists.
 */
public final class SyntheticPortfolio {
    private static final String[] ECOSYSTEMS = {"maven", "npm", "pypi", "golang", "nuget", "deb"};
    private static final double[] SHARE = {0.35, 0.30, 0.15, 0.10, 0.05, 0.05};
    private static final Map<String, String> OSV_NAME = Map.of("maven", "Maven", "npm", "npm", "pypi", "PyPI",
            "golang", "Go", "nuget", "NuGet", "deb", "Debian");

    private final SplittableRandom random;
    private final int packages;
    private final Purl[] pool;
    private final VersionSchemes schemes = VersionSchemes.standard();

    /** @param packages size of the package pool the SBOMs and advisories draw from */
    public SyntheticPortfolio(long seed, int packages) {
        this.random = new SplittableRandom(seed);
        this.packages = packages;
        this.pool = new Purl[packages];
        for (int i = 0; i < packages; i++) {
            pool[i] = packageAt(i);
        }
    }

    private Purl packageAt(int i) {
        String eco = ecosystem(i);
        return switch (eco) {
            case "maven" -> Purl.of("maven", "org.example.group" + (i % 997), "artifact-" + i, null, null, null);
            case "npm" -> i % 5 == 0 ? Purl.of("npm", "@scope" + (i % 113), "pkg-" + i, null, null, null)
                    : Purl.of("npm", null, "pkg-" + i, null, null, null);
            case "pypi" -> Purl.of("pypi", null, "py-package-" + i, null, null, null);
            case "golang" -> Purl.of("golang", "github.com/org" + (i % 331), "module" + i, null, null, null);
            case "nuget" -> Purl.of("nuget", null, "Example.Package" + i, null, null, null);
            default -> Purl.of("deb", "debian", "libexample" + i, null, null, null);
        };
    }

    /** Ecosystem of package {@code i}: a fixed mixture, interleaved so popular packages span ecosystems. */
    private static String ecosystem(int i) {
        double x = ((i * 0.6180339887498949) % 1.0);
        double acc = 0;
        for (int e = 0; e < ECOSYSTEMS.length; e++) {
            acc += SHARE[e];
            if (x < acc) {
                return ECOSYSTEMS[e];
            }
        }
        return ECOSYSTEMS[0];
    }

    /** A package index with popularity falling off like a Zipf law (exponent ~1). */
    private int popularPackage() {
        double u = random.nextDouble();
        return (int) Math.min(packages - 1, Math.floor(Math.pow(packages + 1, u)) - 1);
    }

    /**
     * A package an advisory names: skewed towards popular packages, but less steeply than usage
     * (density ~ 1/sqrt(rank)), so the most-advised package gets a few hundred advisories in
     * 200,000, as the busiest packages in OSV do, not tens of thousands.
     */
    private int advisedPackage() {
        double u = random.nextDouble();
        return (int) Math.min(packages - 1, Math.floor(packages * u * u));
    }

    private String version(String eco) {
        return decorate(eco, random.nextInt(10) + "." + random.nextInt(30) + "." + random.nextInt(30));
    }

    private String decorate(String eco, String v) {
        return switch (eco) {
            case "golang" -> "v" + v;
            case "deb" -> v + "-" + (1 + random.nextInt(3));
            default -> v;
        };
    }

    /** {@code count} inventories of {@code size} components each. */
    public List<Inventory> inventories(int count, int size) {
        List<Inventory> out = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            List<Component> components = new ArrayList<>(size);
            java.util.BitSet taken = new java.util.BitSet(packages);
            for (int c = 0; c < size; c++) {
                // A package appears once per SBOM, popular ones in almost every SBOM.
                int index = popularPackage();
                while (taken.get(index)) {
                    index = popularPackage();
                }
                taken.set(index);
                Purl p = pool[index];
                Purl versioned = p.withVersion(version(p.type()));
                components.add(new Component("c" + c, "library", null, null, p.namespace(), p.name(),
                        versioned.version(), versioned, List.of(), Map.of(), List.of(), null, null, Map.of()));
            }
            String name = "device-" + (s / 10) + "-release-" + (s % 10);
            out.add(new Inventory(name, "CycloneDX 1.6", new DocumentInfo(null, name, null, null, null, null),
                    components, null, null));
        }
        return out;
    }

    /** Advisories with, in total, at least {@code entries} affected-package statements. */
    public List<Advisory> advisories(int entries) {
        List<Advisory> out = new ArrayList<>();
        int made = 0;
        for (int a = 0; made < entries; a++) {
            int n = 1 + random.nextInt(3);
            List<AffectedPackage> affected = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                affected.add(affected(pool[advisedPackage()]));
            }
            made += n;
            String id = "GHSA-" + Integer.toString(a, 36);
            out.add(new Advisory(id, List.of("CVE-2026-" + (10000 + a)), "synthetic advisory " + a, null, null, null,
                    null, affected, List.of(new Severity("CVSS_V3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")),
                    List.of(), List.of(), new Provenance("osv", id, "synthetic")));
        }
        return out;
    }

    private AffectedPackage affected(Purl p) {
        String eco = p.type();
        VersionScheme scheme = schemes.byName(eco).orElse(null);
        List<VersionRange> ranges = new ArrayList<>(2);
        int kind = random.nextInt(20);
        if (kind == 0) {
            ranges.add(new ExactVersions(scheme, new java.util.HashSet<>(List.of(version(eco), version(eco), version(eco)))));
        } else {
            // Like real advisories: a vulnerability lives for a few minor releases of one major
            // line (sometimes since the beginning), and is fixed in a later minor release.
            int major = random.nextInt(10);
            int minor = random.nextInt(30);
            String lo = decorate(eco, major + "." + minor + "." + random.nextInt(30));
            String hi = decorate(eco, major + "." + (minor + 1 + random.nextInt(3)) + ".0");
            List<OsvEventRange.Event> events = new ArrayList<>(4);
            events.add(new OsvEventRange.Event(OsvEventRange.Kind.INTRODUCED, random.nextInt(20) == 0 ? "0" : lo));
            events.add(new OsvEventRange.Event(kind == 1 ? OsvEventRange.Kind.LAST_AFFECTED : OsvEventRange.Kind.FIXED, hi));
            if (kind < 5 && major < 9) {
                // A second affected line: the same flaw in the next major version.
                events.add(new OsvEventRange.Event(OsvEventRange.Kind.INTRODUCED, decorate(eco, (major + 1) + ".0.0")));
                events.add(new OsvEventRange.Event(OsvEventRange.Kind.FIXED, decorate(eco, (major + 1) + ".0." + (1 + random.nextInt(9)))));
            }
            ranges.add(new OsvEventRange("ECOSYSTEM", scheme, events));
        }
        return new AffectedPackage(new PackageSelector.ByPackage(p.packageKey(), OSV_NAME.get(eco)), ranges, List.of());
    }
}
