package org.medvigil.core.match;

import java.util.List;
import java.util.Locale;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.advisory.PackageSelector;
import org.medvigil.core.purl.Purl;
import org.medvigil.core.sbom.Component;
import org.medvigil.core.version.Containment;
import org.medvigil.core.version.TestedVersion;

/**
 * Matches by package identity: the component's purl {@code type/namespace/name} against
 * advisories that name packages (OSV, CSAF purl helpers), then its version against their
 * ranges. For Linux distribution packages (deb, rpm, apk) the source package named in the
 * {@code upstream} or {@code source} qualifier is looked up too, since distribution
 * advisories are written against source packages; and an advisory for one distribution
 * release ({@code Debian:12}) does not apply to a component that names another.
 */
final class PackageMatcher implements ComponentMatcher {

    @Override
    public void match(Component component, AdvisoryIndex index, List<Candidate> out) {
        Purl purl = component.purl();
        if (purl == null) {
            return;
        }
        String version = purl.version() != null ? purl.version() : component.version();
        if (version == null || version.isBlank()) {
            return;
        }
        String distro = purl.qualifiers().isEmpty() ? null : purl.qualifiers().get("distro");
        matchKey(distro, purl.packageKey(), version, index, out);
        SourcePackage source = SourcePackage.of(purl);
        if (source != null && !source.key().equals(purl.packageKey())) {
            matchKey(distro, source.key(), source.version() != null ? source.version() : version, index, out);
        }
    }

    private static void matchKey(String distro, String key, String version, AdvisoryIndex index, List<Candidate> out) {
        List<IndexedEntry> entries = index.byPackage(key);
        if (entries.isEmpty()) {
            return;
        }
        TestedVersion tested = TestedVersion.of(version);
        for (IndexedEntry entry : entries) {
            PackageSelector.ByPackage selector = (PackageSelector.ByPackage) entry.affected().selector();
            if (!releaseFits(selector.ecosystem(), distro)) {
                continue;
            }
            AffectedCheck check = AffectedCheck.of(entry.affected(), tested);
            if (!check.applies()) {
                continue;
            }
            boolean certain = check.containment() == Containment.INSIDE;
            String reason = key + "@" + version + (certain ? " is in " : " may be in ")
                    + entry.advisory().id() + " range " + check.range().describe()
                    + (selector.ecosystem() == null ? "" : " (" + selector.ecosystem() + ")");
            out.add(new Candidate(entry, MatchRule.PACKAGE, certain, reason, check.fixedVersions()));
        }
    }

    /**
     * An OSV ecosystem with a release suffix ({@code Debian:12}, {@code Alpine:v3.19}) applies to a
     * component whose {@code distro} qualifier names that release, or that names none.
     */
    static boolean releaseFits(String ecosystem, String distro) {
        if (ecosystem == null || distro == null) {
            return true;
        }
        int colon = ecosystem.indexOf(':');
        if (colon < 0) {
            return true;
        }
        String release = ecosystem.substring(colon + 1).toLowerCase(Locale.ROOT);
        if (release.startsWith("v")) {
            release = release.substring(1);
        }
        String d = distro.toLowerCase(Locale.ROOT);
        int dash = d.lastIndexOf('-');
        String distroRelease = dash < 0 ? d : d.substring(dash + 1);
        return distroRelease.equals(release) || distroRelease.startsWith(release + ".")
                || d.equals(release);
    }

    /** The source package a binary distribution package was built from, when its purl says. */
    record SourcePackage(String key, String version) {
        static SourcePackage of(Purl purl) {
            String type = purl.type();
            if (!type.equals("deb") && !type.equals("rpm") && !type.equals("apk")) {
                return null;
            }
            String upstream = purl.qualifiers().get("upstream");
            if (upstream == null) {
                upstream = purl.qualifiers().get("source");
            }
            if (upstream == null || upstream.isBlank()) {
                return null;
            }
            String name = upstream;
            String version = null;
            if (name.endsWith(".src.rpm")) {
                // name-version-release.src.rpm
                String nvr = name.substring(0, name.length() - ".src.rpm".length());
                int r = nvr.lastIndexOf('-');
                int v = r > 0 ? nvr.lastIndexOf('-', r - 1) : -1;
                if (v > 0) {
                    name = nvr.substring(0, v);
                    version = nvr.substring(v + 1);
                }
            } else {
                int at = name.indexOf('@');
                if (at > 0) {
                    version = name.substring(at + 1);
                    name = name.substring(0, at);
                }
            }
            try {
                String key = Purl.of(type, purl.namespace(), name, null, null, null).packageKey();
                return new SourcePackage(key, version);
            } catch (InvalidInputException e) {
                return null; // a malformed qualifier names no package we could look up
            }
        }
    }
}
