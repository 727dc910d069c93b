package org.medvigil.core.version;

/**
 * Dart pub versions, read and ordered as the {@code pub_semver} package's {@code Version}:
 * {@code MAJOR.MINOR.PATCH[-PRE][+BUILD]} (leading zeros read as numbers); a pre-release sorts
 * below its release; pre-release parts compare numbers below strings and strings
 * case-sensitively, fewer parts first; then, unlike SemVer, build metadata counts: no build
 * sorts below any build ({@code 1.0.0 < 1.0.0+1}) and build parts compare like pre-release parts
 * ({@code 1.2.3+1 < 1.2.3+a}). A leading {@code v} is tolerated as OSV's tooling does.
 *
 * <p>Hand-rolled: versatile-core has no pub comparator.
 */
final class PubVersionScheme extends ParsingVersionScheme<SemanticVersion> {
    private static final SemverSyntax.Rules RULES =
            SemverSyntax.Rules.strict("pub").withLeadingV().withLeadingZeros();

    @Override
    public String name() {
        return "pub";
    }

    @Override
    SemanticVersion parse(String version) {
        return SemverSyntax.parse(version, RULES);
    }

    @Override
    int compareParsed(SemanticVersion a, SemanticVersion b) {
        int c = SemanticVersion.comparePrecedence(a, b, false);
        if (c != 0) {
            return c;
        }
        boolean aBuild = a.build.length > 0;
        boolean bBuild = b.build.length > 0;
        if (aBuild != bBuild) {
            return aBuild ? 1 : -1;
        }
        return SemanticVersion.compareIdentifiers(a.build, b.build, false);
    }
}
