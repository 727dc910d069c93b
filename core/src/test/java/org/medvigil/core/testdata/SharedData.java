package org.medvigil.core.testdata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public test data that lives beside the repository in {@code ../shared/data}
 * (read-only, never copied in). The folder comes from the system property
 * {@code medvigil.shared.data}, else the first {@code shared/data} found walking up from the
 * working directory. When it is missing a test is skipped with a message, except under CI
 * (environment variable {@code CI} set), where it fails.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The data folder; skips (or, in CI, fails) the calling test when it is absent. */
    public static Path root() {
        Path root = locate();
        if (root == null) {
            String msg = "shared test data not found: set -Dmedvigil.shared.data or place it at ../shared/data";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(msg);
            }
            assumeTrue(false, msg);
        }
        return root;
    }

    /** A path under the data folder, e.g. {@code path("osv/golang-vulndb")}; must exist. */
    public static Path path(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("shared test data has no " + relative + " (looked in " + root() + ")");
        }
        return p;
    }

    private static Path locate() {
        String prop = System.getProperty("medvigil.shared.data");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
            Path sibling = dir.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(sibling)) {
                return sibling.normalize();
            }
        }
        return null;
    }
}
