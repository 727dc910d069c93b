package org.medvigil.core.version;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The one place where version schemes are registered and looked up by vers scheme / purl type
 * and by OSV ecosystem name. Immutable.
 */
public final class VersionSchemes {
    private final Map<String, VersionScheme> byName;
    private final Map<String, VersionScheme> byOsvEcosystem;

    private VersionSchemes(Map<String, VersionScheme> byName, Map<String, VersionScheme> byOsvEcosystem) {
        this.byName = Map.copyOf(byName);
        this.byOsvEcosystem = Map.copyOf(byOsvEcosystem);
    }

    /** All schemes MedVigil knows. */
    public static VersionSchemes standard() {
        Map<String, VersionScheme> names = new LinkedHashMap<>();
        Map<String, VersionScheme> osv = new LinkedHashMap<>();
        // Registrations: one line per scheme (name, OSV ecosystem names).
        register(names, osv, new MavenVersionScheme(), "Maven");
        register(names, osv, new NpmVersionScheme(), "npm");
        register(names, osv, new GoVersionScheme(), "Go");
        register(names, osv, new NugetVersionScheme(), "NuGet");
        register(names, osv, new CargoVersionScheme(), "crates.io");
        register(names, osv, new GemVersionScheme(), "RubyGems");
        register(names, osv, new ComposerVersionScheme(), "Packagist");
        register(names, osv, new HexVersionScheme(), "Hex");
        register(names, osv, new PubVersionScheme(), "Pub");
        register(names, osv, new SemverVersionScheme());
        register(names, osv, new PypiVersionScheme(), "PyPI");
        register(names, osv, new DebianVersionScheme(), "Debian", "Ubuntu");
        register(names, osv, new RpmVersionScheme(), "Red Hat", "Rocky Linux", "AlmaLinux", "openSUSE", "SUSE",
                "Mageia", "openEuler", "Photon OS", "Azure Linux");
        register(names, osv, new AlpineVersionScheme(), "Alpine", "Wolfi", "Chainguard", "MinimOS", "Alpaquita");
        register(names, osv, new GenericVersionScheme());
        return new VersionSchemes(names, osv);
    }

    private static void register(Map<String, VersionScheme> names, Map<String, VersionScheme> osv,
                                 VersionScheme scheme, String... osvEcosystems) {
        if (names.putIfAbsent(scheme.name(), scheme) != null) {
            throw new IllegalStateException("version scheme registered twice: " + scheme.name());
        }
        for (String ecosystem : osvEcosystems) {
            if (osv.putIfAbsent(ecosystem, scheme) != null) {
                throw new IllegalStateException("OSV ecosystem registered twice: " + ecosystem);
            }
        }
    }

    /** The registered scheme names, sorted. */
    public SortedSet<String> names() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byName.keySet()));
    }

    /** The scheme for a vers scheme name or purl type ({@code maven}, {@code pypi}, {@code deb}, ...). */
    public Optional<VersionScheme> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The scheme for an OSV ecosystem ({@code Maven}, {@code PyPI}, {@code crates.io}); a
     * release suffix such as {@code Debian:12} or {@code Alpine:v3.19} is ignored.
     */
    public Optional<VersionScheme> forOsvEcosystem(String ecosystem) {
        if (ecosystem == null) {
            return Optional.empty();
        }
        int colon = ecosystem.indexOf(':');
        String base = colon < 0 ? ecosystem : ecosystem.substring(0, colon);
        return Optional.ofNullable(byOsvEcosystem.get(base));
    }
}
