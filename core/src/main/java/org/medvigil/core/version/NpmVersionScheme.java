package org.medvigil.core.version;

/**
 * npm versions, read and ordered as node-semver does in its default (strict) mode:
 * {@code MAJOR.MINOR.PATCH} with an optional leading {@code v} and surrounding whitespace, no
 * leading zeros in numbers or numeric pre-release identifiers, pre-release identifiers compared
 * numerically when both are numeric and otherwise in case-sensitive ASCII order
 * ({@code 1.2.3-R2 < 1.2.3-r100}), build metadata ignored.
 *
 * <p>Hand-rolled rather than versatile-core's npm comparator, which compares pre-release tags
 * without case and fails on numbers beyond 64 bits. One deliberate difference from node-semver:
 * release numbers above 2^53-1 (which node-semver rejects) are accepted and compared exactly,
 * so that such a version is never mistaken for a different one.
 */
final class NpmVersionScheme extends ParsingVersionScheme<SemanticVersion> {
    private static final SemverSyntax.Rules RULES =
            SemverSyntax.Rules.strict("npm").withLeadingV().trimmed();

    @Override
    public String name() {
        return "npm";
    }

    @Override
    SemanticVersion parse(String version) {
        return SemverSyntax.parse(version, RULES);
    }

    @Override
    int compareParsed(SemanticVersion a, SemanticVersion b) {
        return SemanticVersion.comparePrecedence(a, b, false);
    }
}
