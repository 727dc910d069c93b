package org.medvigil.core.version;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
        return new VersionSchemes(names, osv);
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
