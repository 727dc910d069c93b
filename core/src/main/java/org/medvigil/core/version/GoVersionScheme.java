package org.medvigil.core.version;

/**
 * Go module versions ({@code golang}), ordered as {@code golang.org/x/mod/semver.Compare}:
 * SemVer 2.0.0 precedence; {@code v1} and {@code v1.2} are shorthands for {@code v1.0.0} and
 * {@code v1.2.0} (only without pre-release or build); no leading zeros; build metadata such as
 * {@code +incompatible} is ignored; pseudo-versions ({@code v0.0.0-20191109021931-daa7c04131f5},
 * {@code v1.2.4-0.20191109021931-daa7c04131f5}) are ordinary pre-releases and sort by their
 * timestamp as Go intends. The {@code v} is optional because OSV's Go records and many SBOMs
 * write module versions without it.
 *
 * <p>Hand-rolled: versatile-core's golang comparator throws on numbers beyond 64 bits, while Go
 * compares digit strings of any length.
 */
final class GoVersionScheme extends ParsingVersionScheme<SemanticVersion> {
    private static final SemverSyntax.Rules RULES =
            SemverSyntax.Rules.strict("golang").withLeadingV().parts(1, 3).withShortFormsPlainOnly();

    @Override
    public String name() {
        return "golang";
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
