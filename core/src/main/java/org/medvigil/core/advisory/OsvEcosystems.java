package org.medvigil.core.advisory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.purl.Purl;

/**
 * The one table from OSV ecosystem names to package URL types, and how each ecosystem's
 * package {@code name} splits into purl namespace and name. An OSV record's own
 * {@code affected[].package.purl} wins over this table when it is present and valid.
 * Ecosystems without a purl type (Android, Linux, GHC, ...) get a key that names the
 * ecosystem and can never equal a purl key ({@link #unmappedKey}). Immutable and thread-safe.
 */
final class OsvEcosystems {

    /** How the OSV {@code name} becomes purl namespace + name. */
    enum Split {
        /** The whole name is the purl name. */
        NONE,
        /** Maven {@code groupId:artifactId}. */
        COLON,
        /** npm {@code @scope/name}: a namespace only when scoped. */
        SCOPE,
        /** Packagist {@code vendor/name}, GitHub Actions {@code owner/repo}: up to the first slash. */
        FIRST_SLASH,
        /** Go module paths, Swift URLs: up to the last slash. */
        LAST_SLASH,
        /** VS Code {@code publisher.name}. */
        FIRST_DOT
    }

    /** One row: purl type, a fixed namespace (Linux distributions) or null, and the name split. */
    record Mapping(String purlType, String namespace, Split split) {
    }

    /** Enough for every package of a large OSV mirror; past it keys are computed, not cached. */
    private static final int CACHE_LIMIT = 200_000;

    private final Map<String, Mapping> table;
    /** Package keys already computed: records of one package repeat its name (PyPI: 4 records per package). */
    private final Map<String, String> keys = new java.util.concurrent.ConcurrentHashMap<>();

    private OsvEcosystems(Map<String, Mapping> table) {
        this.table = Map.copyOf(table);
    }

    static OsvEcosystems standard() {
        Map<String, Mapping> t = new LinkedHashMap<>();
        // Language ecosystems.
        t.put("Bitnami", new Mapping("bitnami", null, Split.NONE));
        t.put("ConanCenter", new Mapping("conan", null, Split.NONE));
        t.put("CRAN", new Mapping("cran", null, Split.NONE));
        t.put("crates.io", new Mapping("cargo", null, Split.NONE));
        t.put("GitHub Actions", new Mapping("github", null, Split.FIRST_SLASH));
        t.put("Go", new Mapping("golang", null, Split.LAST_SLASH));
        t.put("Hackage", new Mapping("hackage", null, Split.NONE));
        t.put("Hex", new Mapping("hex", null, Split.NONE));
        t.put("Julia", new Mapping("julia", null, Split.NONE));
        t.put("Maven", new Mapping("maven", null, Split.COLON));
        t.put("npm", new Mapping("npm", null, Split.SCOPE));
        t.put("NuGet", new Mapping("nuget", null, Split.NONE));
        t.put("opam", new Mapping("opam", null, Split.NONE));
        t.put("OSS-Fuzz", new Mapping("generic", null, Split.NONE));
        t.put("Packagist", new Mapping("composer", null, Split.FIRST_SLASH));
        t.put("Pub", new Mapping("pub", null, Split.NONE));
        t.put("PyPI", new Mapping("pypi", null, Split.NONE));
        t.put("RubyGems", new Mapping("gem", null, Split.NONE));
        t.put("SwiftURL", new Mapping("swift", null, Split.LAST_SLASH));
        t.put("VSCode", new Mapping("vscode-extension", null, Split.FIRST_DOT));
        // Linux distributions: purl type of the package manager, namespace = distribution.
        t.put("AlmaLinux", new Mapping("rpm", "almalinux", Split.NONE));
        t.put("Alpaquita", new Mapping("apk", "alpaquita", Split.NONE));
        t.put("Alpine", new Mapping("apk", "alpine", Split.NONE));
        t.put("Chainguard", new Mapping("apk", "chainguard", Split.NONE));
        t.put("Debian", new Mapping("deb", "debian", Split.NONE));
        t.put("Mageia", new Mapping("rpm", "mageia", Split.NONE));
        t.put("MinimOS", new Mapping("apk", "minimos", Split.NONE));
        t.put("openEuler", new Mapping("rpm", "openeuler", Split.NONE));
        t.put("openSUSE", new Mapping("rpm", "opensuse", Split.NONE));
        t.put("Photon OS", new Mapping("rpm", "photon", Split.NONE));
        t.put("Red Hat", new Mapping("rpm", "redhat", Split.NONE));
        t.put("Rocky Linux", new Mapping("rpm", "rocky-linux", Split.NONE));
        t.put("SUSE", new Mapping("rpm", "suse", Split.NONE));
        t.put("Ubuntu", new Mapping("deb", "ubuntu", Split.NONE));
        t.put("Wolfi", new Mapping("apk", "wolfi", Split.NONE));
        return new OsvEcosystems(t);
    }

    /** The ecosystem without its {@code :suffix} (release, repository URL, product stream). */
    static String base(String ecosystem) {
        int colon = ecosystem.indexOf(':');
        return colon < 0 ? ecosystem : ecosystem.substring(0, colon);
    }

    Optional<Mapping> mapping(String ecosystem) {
        return Optional.ofNullable(table.get(base(ecosystem)));
    }

    /** Every row, for documentation and tests. */
    Map<String, Mapping> table() {
        return table;
    }

    /**
     * The normalised package key for an OSV package: from {@code purl} when given and valid,
     * else from this table, else {@link #unmappedKey}.
     */
    String packageKey(String ecosystem, String name, String purl) {
        String cacheKey = ecosystem + '\n' + name + '\n' + purl;
        String key = keys.get(cacheKey);
        if (key == null) {
            key = computeKey(ecosystem, name, purl);
            if (keys.size() < CACHE_LIMIT) {
                keys.put(cacheKey, key);
            }
        }
        return key;
    }

    private String computeKey(String ecosystem, String name, String purl) {
        if (purl != null && !purl.isBlank()) {
            try {
                return Purl.parse(purl).packageKey();
            } catch (InvalidInputException | IllegalArgumentException e) {
                // A malformed purl in the record: the ecosystem and name still identify the package.
            }
        }
        Optional<Mapping> m = mapping(ecosystem);
        if (m.isEmpty()) {
            return unmappedKey(ecosystem, name);
        }
        try {
            return key(m.get(), name);
        } catch (InvalidInputException | IllegalArgumentException e) {
            return unmappedKey(ecosystem, name);
        }
    }

    /**
     * A key for a package whose ecosystem has no purl type: {@code osv:<ecosystem>/<name>}. The
     * colon cannot occur in a purl type, so it never collides with a purl package key.
     */
    static String unmappedKey(String ecosystem, String name) {
        return "osv:" + base(ecosystem) + "/" + name;
    }

    private static String key(Mapping m, String name) {
        String namespace = m.namespace();
        String local = name;
        switch (m.split()) {
            case COLON -> {
                int i = name.indexOf(':');
                if (i > 0) {
                    namespace = name.substring(0, i);
                    local = name.substring(i + 1);
                }
            }
            case SCOPE -> {
                int i = name.indexOf('/');
                if (name.startsWith("@") && i > 0) {
                    namespace = name.substring(0, i);
                    local = name.substring(i + 1);
                }
            }
            case FIRST_SLASH -> {
                int i = name.indexOf('/');
                if (i > 0) {
                    namespace = name.substring(0, i);
                    local = name.substring(i + 1);
                }
            }
            case LAST_SLASH -> {
                int i = name.lastIndexOf('/');
                if (i > 0) {
                    namespace = name.substring(0, i);
                    local = name.substring(i + 1);
                }
            }
            case FIRST_DOT -> {
                int i = name.indexOf('.');
                if (i > 0) {
                    namespace = name.substring(0, i);
                    local = name.substring(i + 1);
                }
            }
            case NONE -> {
                // The name is the purl name as it is.
            }
        }
        return Purl.of(m.purlType(), namespace, local, null, null, null).packageKey();
    }
}
