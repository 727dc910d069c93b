package org.medvigil.core.version;

import java.util.List;

/** Every version is affected ({@code vers:all/*}, an OSV package without ranges, a CPE with version ANY). */
public record AllVersions(String statedAs) implements VersionRange {
    @Override
    public Containment contains(String version) {
        return Containment.INSIDE;
    }

    @Override
    public List<String> fixedVersions() {
        return List.of();
    }

    @Override
    public String describe() {
        return statedAs == null ? "all versions" : statedAs;
    }
}
