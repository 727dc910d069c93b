package org.medvigil.core.version;

import java.util.List;

/**
 * A vers range ({@code vers:maven/>=1.0|<2.0}) per the vers specification. PLACEHOLDER: parsing
 * and evaluation to come.
 */
public record Vers(String scheme, List<Constraint> constraints, VersionScheme versionScheme) implements VersionRange {

    public Vers {
        constraints = List.copyOf(constraints);
    }

    public enum Comparator { EQ, NE, LT, LE, GT, GE, ANY }

    public record Constraint(Comparator comparator, String version) {
    }

    /** Parses a vers string, binding it to its scheme from {@code schemes}. */
    public static Vers parse(String vers, VersionSchemes schemes) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Containment contains(String version) {
        return Containment.UNKNOWN;
    }

    @Override
    public List<String> fixedVersions() {
        return List.of();
    }

    @Override
    public String describe() {
        return toString();
    }
}
