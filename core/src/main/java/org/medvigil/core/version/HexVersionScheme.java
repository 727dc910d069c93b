package org.medvigil.core.version;

/**
 * Hex (Erlang/Elixir) versions, read and ordered as Elixir's {@code Version}: exactly
 * {@code MAJOR.MINOR.PATCH} with optional {@code -PRE} and {@code +BUILD}, no {@code v}, no
 * leading zeros in numbers or numeric pre-release identifiers; {@code Version.compare} orders
 * by the numbers, puts a pre-release below its release, compares pre-release lists by Erlang
 * term order (integers below strings, strings bytewise, a prefix first) and ignores build
 * metadata. That is SemVer 2.0.0 precedence.
 *
 * <p>Hand-rolled: versatile-core has no hex comparator.
 */
final class HexVersionScheme extends ParsingVersionScheme<SemanticVersion> {
    private static final SemverSyntax.Rules RULES =
            SemverSyntax.Rules.strict("hex");

    @Override
    public String name() {
        return "hex";
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
