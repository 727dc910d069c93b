package org.medvigil.core.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every comparison of the osv-scalibr fixtures in {@code version-comparison/osv-scalibr-semantic}
 * for the schemes that implement those ecosystems.
 */
class VersionComparisonFilesTest {
    private static final String DIR = "version-comparison/osv-scalibr-semantic/";
    private final VersionSchemes schemes = VersionSchemes.standard();

    private List<String> failures(String scheme, String... files) {
        VersionScheme s = schemes.byName(scheme).orElseThrow();
        List<String> failures = new ArrayList<>();
        for (String f : files) {
            ComparisonFile file = ComparisonFile.read(DIR + f);
            assertThat(file.cases()).as(f).isNotEmpty();
            failures.addAll(file.failures(s));
        }
        return failures;
    }

    private static void assertNone(List<String> failures) {
        assertThat(failures).as("%d failing comparisons, first 20:%n%s", failures.size(),
                String.join("\n", failures.subList(0, Math.min(20, failures.size())))).isEmpty();
    }

    @Test
    void mavenOrdersEveryOsvScalibrComparison() {
        assertNone(failures("maven", "maven-versions.txt", "maven-versions-generated.txt"));
    }

    @Test
    void gemOrdersEveryOsvScalibrComparison() {
        assertNone(failures("gem", "rubygems-versions.txt", "rubygems-versions-generated.txt"));
    }

    @Test
    void composerOrdersEveryOsvScalibrComparison() {
        assertNone(failures("composer", "packagist-versions.txt", "packagist-versions-generated.txt"));
    }

    @Test
    void nugetOrdersEveryOsvScalibrComparison() {
        assertNone(failures("nuget", "nuget-versions.txt"));
    }

    /**
     * pub_semver's {@code Version.parse} rejects more than three numeric parts; osv-scalibr's
     * tolerant reader accepts them, and this line only checks that such a version equals itself.
     */
    private static final List<String> PUB_EXCLUDED = List.of("1.1.3.4.5 = 1.1.3.4.5");

    @Test
    void pubOrdersEveryOsvScalibrComparisonExceptOneItCannotRead() {
        List<String> failures = failures("pub", "pub-versions.txt");
        failures.removeIf(f -> PUB_EXCLUDED.stream().anyMatch(f::contains));
        assertNone(failures);
        assertThat(schemes.byName("pub").orElseThrow().isValid("1.1.3.4.5")).isFalse();
    }

    @Test
    void semverOrdersEveryOsvScalibrComparison() {
        assertNone(failures("semver", "semver-versions.txt"));
    }

    /**
     * The SemVer fixture through the stricter SemVer-family schemes: every line whose two
     * versions the scheme accepts must be ordered as the fixture says; the others (short forms
     * such as {@code 1.0}, a leading {@code v} where the ecosystem has none, more than three
     * parts, a bare 30-digit number) are not versions of that ecosystem and are counted.
     */
    @Test
    void strictSemverSchemesOrderEveryFixtureLineTheyCanRead() {
        ComparisonFile file = ComparisonFile.read(DIR + "semver-versions.txt");
        List<String> failures = new ArrayList<>();
        StringBuilder counts = new StringBuilder();
        for (String name : List.of("npm", "golang", "cargo", "hex")) {
            VersionScheme s = schemes.byName(name).orElseThrow();
            List<ComparisonFile.Case> readable = file.cases().stream()
                    .filter(c -> s.isValid(c.a()) && s.isValid(c.b())).toList();
            failures.addAll(new ComparisonFile(file.name() + " as " + name, readable).failures(s));
            counts.append(name).append(' ').append(readable.size()).append('/').append(file.cases().size()).append(' ');
            assertThat(readable.size()).as(name).isGreaterThan(file.cases().size() / 2);
        }
        System.out.println("semver-versions.txt lines read by: " + counts);
        assertNone(failures);
    }
}
