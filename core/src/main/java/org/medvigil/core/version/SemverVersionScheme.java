package org.medvigil.core.version;

/**
 * Plain SemVer 2.0.0 ({@code vers:semver}, and the ordering of every OSV range of type
 * {@code SEMVER}). Precedence is exactly SemVer §11: numeric release parts, pre-release below
 * release, identifiers numeric-before-alphanumeric in ASCII order, build metadata ignored.
 *
 * <p>Reading is as tolerant as OSV's reference tooling (osv-scalibr's {@code semantic}
 * package), because OSV SEMVER ranges and the versions matched against them are not always
 * strictly SemVer: a leading {@code v} is ignored, missing minor/patch parts count as zero
 * ({@code 1.2} = {@code 1.2.0}), leading zeros are read numerically, and numeric parts after the
 * third are ignored like build metadata. Numbers have no size limit. A string that does not
 * start with a number, or has characters outside SemVer's identifier set, is rejected.
 *
 * <p>Hand-rolled: versatile-core has no plain-SemVer comparator and its npm one fails on
 * numbers beyond 64 bits.
 */
final class SemverVersionScheme extends ParsingVersionScheme<SemanticVersion> {
    private static final SemverSyntax.Rules RULES =
            SemverSyntax.Rules.strict("semver").withLeadingV().parts(1, 3).withExtraPartsIgnored().withLeadingZeros();

    @Override
    public String name() {
        return "semver";
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
