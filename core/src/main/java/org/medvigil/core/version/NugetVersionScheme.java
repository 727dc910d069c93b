package org.medvigil.core.version;

/**
 * NuGet versions, read and ordered as {@code NuGet.Versioning}'s {@code NuGetVersion} and
 * {@code VersionComparer.Default}: one to four numeric parts (missing ones are zero, so
 * {@code 1.0} = {@code 1.0.0.0}; the fourth is the legacy revision), leading zeros allowed
 * ({@code 1.0.01} = {@code 1.0.1}); a pre-release sorts below its release; release labels
 * compare numerically when both are numeric, numbers below text, text without case
 * ({@code 1.0.0-BETA} = {@code 1.0.0-beta}); build metadata is ignored.
 *
 * <p>Hand-rolled: versatile-core has no nuget comparator and its generic fallback puts
 * {@code 1.0.0-beta} above {@code 1.0.0}. NuGet stores parts as 32-bit integers; larger numbers
 * are compared exactly here rather than rejected.
 */
final class NugetVersionScheme extends ParsingVersionScheme<SemanticVersion> {
    private static final SemverSyntax.Rules RULES =
            SemverSyntax.Rules.strict("nuget").parts(1, 4).withLeadingZeros();

    @Override
    public String name() {
        return "nuget";
    }

    @Override
    SemanticVersion parse(String version) {
        return SemverSyntax.parse(version, RULES);
    }

    @Override
    int compareParsed(SemanticVersion a, SemanticVersion b) {
        return SemanticVersion.comparePrecedence(a, b, true);
    }
}
