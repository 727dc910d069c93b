package org.medvigil.core.version;

import java.util.List;

/**
 * A version statement that cannot be evaluated (free text such as "distributed before April
 * 2018", or a scheme we do not know). It never says OUTSIDE: a match on it is uncertain and
 * must be reviewed by a person, never dropped.
 */
public record UnevaluableRange(String text, String why) implements VersionRange {
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
        return "\"" + text + "\" (" + why + ")";
    }
}
