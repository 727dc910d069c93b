package org.medvigil.core.version;

import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * An explicit list of affected versions (OSV {@code versions}, CSAF product versions), compared
 * by the scheme when it can read them, else as exact strings.
 */
public record ExactVersions(VersionScheme scheme, Set<String> versions) implements VersionRange {
    public ExactVersions {
        versions = Set.copyOf(versions);
    }

    @Override
    public Containment contains(String version) {
        if (versions.contains(version)) {
            return Containment.INSIDE;
        }
        if (scheme == null || version == null || !scheme.isValid(version)) {
            return Containment.OUTSIDE;
        }
        ToIntFunction<String> tested = scheme.comparing(version);
        for (String v : versions) {
            try {
                if (tested.applyAsInt(v) == 0) {
                    return Containment.INSIDE;
                }
            } catch (InvalidVersionException e) {
                // a listed string the scheme cannot read can only match exactly, checked above
            }
        }
        return Containment.OUTSIDE;
    }

    @Override
    public List<String> fixedVersions() {
        return List.of();
    }

    @Override
    public String describe() {
        return versions.size() <= 5 ? "versions " + String.join(", ", versions.stream().sorted().toList())
                : versions.size() + " listed versions";
    }
}
