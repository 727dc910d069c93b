package org.medvigil.core.version;

/**
 * crates.io versions ({@code cargo}), read as the Rust {@code semver} crate's
 * {@code Version::parse}: exactly {@code MAJOR.MINOR.PATCH}, no {@code v}, no leading zeros in
 * numbers or numeric pre-release identifiers, identifiers of ASCII letters, digits and
 * hyphens. Ordered by SemVer 2.0.0 precedence with build metadata ignored, as Cargo's version
 * requirements match (the crate's {@code Ord} only breaks ties on build metadata to be a total
 * order; crates.io refuses two versions that differ only in build metadata).
 *
 * <p>Hand-rolled: versatile-core has no cargo comparator (it would silently fall back to its
 * generic one). Numbers beyond 64 bits, which the crate rejects, are compared exactly here.
 */
final class CargoVersionScheme extends ParsingVersionScheme<SemanticVersion> {
    private static final SemverSyntax.Rules RULES =
            SemverSyntax.Rules.strict("cargo");

    @Override
    public String name() {
        return "cargo";
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
