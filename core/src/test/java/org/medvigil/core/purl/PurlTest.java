package org.medvigil.core.purl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PurlTest {

    @Test
    void sbomAndAdvisorySpellingsOfOnePypiPackageShareOnePackageKey() {
        Purl fromSbom = Purl.parse("pkg:pypi/Django_Rest@1");
        Purl fromAdvisory = Purl.parse("pkg:pypi/django-rest");
        assertThat(fromSbom.packageKey()).isEqualTo("pypi/django-rest").isEqualTo(fromAdvisory.packageKey());
        assertThat(fromSbom.canonical()).isEqualTo("pkg:pypi/django-rest@1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pkg:maven/HTTPClient/HTTPClient@0.3-3                 | maven/HTTPClient/HTTPClient
            pkg:npm/%40angular/animation@12.3.1                   | npm/@angular/animation
            pkg:golang/github.com/Masterminds/semver@v1.5.0       | golang/github.com/Masterminds/semver
            pkg:deb/Debian/OpenSSL@3.0.11-1?arch=amd64            | deb/debian/openssl
            pkg:pypi/zope.interface@5.0                           | pypi/zope-interface
            pkg:pypi/Zope_Interface                               | pypi/zope-interface
            pkg:nuget/Newtonsoft.Json@13.0.1                      | nuget/newtonsoft.json
            pkg:git/codeberg.org/forgejo/forgejo@a72d2c0#README   | git/codeberg.org/forgejo/forgejo
            pkg:generic/a%2Fb@1                                   | generic/a%2Fb
            pkg:julia/Dates@1.9.0?uuid=ade2ca70-3891-5945-98fb-dc099432e06a | julia/Dates
            """)
    void packageKeyIsTheNormalisedIdentityWithoutVersionQualifiersOrSubpath(String purl, String key) {
        assertThat(Purl.parse(purl).packageKey()).isEqualTo(key);
    }

    @Test
    void keyOfGivesTheSameKeyFromAnEcosystemNameWithoutVersionOrRequiredQualifiers() {
        assertThat(Purl.keyOf("PyPI", null, "Django_Rest")).isEqualTo("pypi/django-rest");
        assertThat(Purl.keyOf("npm", "@angular", "core")).isEqualTo(Purl.parse("pkg:npm/%40angular/core@17.0.0").packageKey());
        assertThat(Purl.keyOf("julia", null, "Dates")).isEqualTo("julia/Dates");
        assertThatThrownBy(() -> Purl.keyOf("maven", null, "commons-lang3"))
                .isInstanceOf(InvalidPurlException.class).hasMessageContaining("need a namespace");
    }

    @Test
    void canonicalFormKeepsColonsAndEncodesSlashesPlusAndAtInValues() {
        Purl p = Purl.of("deb", "debian", "attr", "1:2.4.47-2+b1",
                Map.of("arch", "amd64", "vcs_url", "git+https://x.org/a@b"), null);
        assertThat(p.canonical()).isEqualTo(
                "pkg:deb/debian/attr@1:2.4.47-2%2Bb1?arch=amd64&vcs_url=git%2Bhttps:%2F%2Fx.org%2Fa%40b");
        assertThat(Purl.parse("pkg:docker/customer/img@sha256%3A244fd47e07d1004f").canonical())
                .isEqualTo("pkg:docker/customer/img@sha256:244fd47e07d1004f");
    }

    @Test
    void everyFactoryNormalisesTheSameWay() {
        Purl parsed = Purl.parse("pkg:PYPI/Django_Package@1.11.1.DEV1?file_name=x.tar.gz#a/./b/../c");
        Purl built = Purl.of("pypi", null, "django_package", "1.11.1.dev1", Map.of("file_name", "x.tar.gz"), "a/b/c");
        Purl constructed = new Purl("pypi", null, "Django-Package", "1.11.1.dev1",
                new TreeMap<>(Map.of("File_Name", "x.tar.gz", "empty", "")), "/a/b/c/");
        assertThat(parsed).isEqualTo(built).isEqualTo(constructed).hasSameHashCodeAs(built);
        assertThat(parsed.canonical()).isEqualTo("pkg:pypi/django-package@1.11.1.dev1?file_name=x.tar.gz#a/b/c");
        assertThat(parsed.toString()).isEqualTo(parsed.canonical());
    }

    @Test
    void withVersionNormalisesTheNewVersionForTheType() {
        Purl p = Purl.parse("pkg:pypi/requests@2.0.0?file_name=requests.whl");
        assertThat(p.withVersion("2.31.0RC1").canonical()).isEqualTo("pkg:pypi/requests@2.31.0rc1?file_name=requests.whl");
        assertThat(p.withVersion(null).version()).isNull();
        assertThat(p.withVersion("1").packageKey()).isEqualTo(p.packageKey());
    }

    @Test
    void conformingParseRejectsWhatTheLenientParseRepairs() {
        assertThatThrownBy(() -> Purl.parse("pkg:gem/jruby-launcher@1.1.2?Platform=java"))
                .isInstanceOf(InvalidPurlException.class).hasMessageContaining("must be lowercase");
        assertThat(Purl.parseLenient("pkg:gem/jruby-launcher@1.1.2?Platform=java").canonical())
                .isEqualTo("pkg:gem/jruby-launcher@1.1.2?platform=java");

        assertThatThrownBy(() -> Purl.parse("pkg:npm/@angular/core")).isInstanceOf(InvalidPurlException.class);
        Purl scoped = Purl.parseLenient("pkg:npm/@angular/core");
        assertThat(scoped.namespace()).isEqualTo("@angular");
        assertThat(scoped.version()).isNull();
        assertThat(Purl.parse("pkg:npm/@angular/core@17.0.0").namespace()).isEqualTo("@angular");

        assertThatThrownBy(() -> Purl.parse("pkg:maven/org.apache/commons-io/@2.0")).hasMessageContaining("name is missing");
        assertThat(Purl.parseLenient("pkg:maven/org.apache/commons-io/@2.0").canonical())
                .isEqualTo("pkg:maven/org.apache/commons-io@2.0");

        assertThatThrownBy(() -> Purl.parse("pkg:npm/a@1?flag")).hasMessageContaining("has no '='");
        assertThat(Purl.parseLenient("pkg:npm/a@1?flag").qualifiers()).isEmpty();
    }

    @Test
    void typeRulesFromTheDefinitionsAreApplied() {
        assertThat(Purl.parse("pkg:git/codeberg.org/forgejo/forgejo@v1").name()).isEqualTo("forgejo/forgejo");
        assertThat(Purl.parse("pkg:pub/Flutter-Test@1").name()).isEqualTo("flutter_test");
        assertThat(Purl.parse("pkg:cpan/drolsky/DateTime@1.55").namespace()).isEqualTo("DROLSKY");
        assertThat(Purl.parse("pkg:swid/Acme/Server?tag_id=75B8C285-FA7B-485B-B199-4745E3004D0D").qualifiers())
                .containsEntry("tag_id", "75b8c285-fa7b-485b-b199-4745e3004d0d");
        assertThat(Purl.parse("pkg:oci/Debian@SHA256:ABC").canonical()).isEqualTo("pkg:oci/debian@sha256:abc");
        assertThat(Purl.parse("pkg:bintray/apache/couchdb/couchdb-mac@2.3.0").isRegisteredType()).isFalse();
        assertThatThrownBy(() -> Purl.parse("pkg:cocoapods/.hidden@1")).hasMessageContaining("cocoapods");
        assertThatThrownBy(() -> Purl.parse("pkg:swid/a/b/c/Server?tag_id=x")).hasMessageContaining("at most two");
        assertThatThrownBy(() -> Purl.parse("pkg:julia/Dates@1.9.0")).hasMessageContaining("uuid");
        assertThatThrownBy(() -> Purl.parse("pkg:pypi/acme/django")).hasMessageContaining("have no namespace");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "   ", "maven/a/b", "pkg:", "pkg:/", "pkg:maven", "pkg:maven/", "pkg:1maven/a/b",
            "pkg:ma_ven/a/b", "http://maven/a/b", "pkg:maven/a/b@1%", "pkg:maven/a/b@1%4", "pkg:maven/a/b@1%zz",
            "pkg:maven/a/b@%FF%FE", "pkg:maven/a%2Fb/c@1", "pkg:generic/a#x%2Fy", "pkg:npm/a?b=1&b=2",
            "pkg:npm/a?=1", "pkg:npm/a?1b=1", "pkg:npm/a?b%20c=1", "pkg:npm/a\n@1", "pkg:npm/a\u0000",
            "pkg:pypi/ns%0A%0D/name", "pkg:chrome-extension/a%0Ab", "pkg:swid/a/b%0A/c/n?tag_id=x"})
    void malformedInputIsRejectedWithOneLineMessage(String input) {
        assertThatThrownBy(() -> Purl.parse(input))
                .isInstanceOf(InvalidPurlException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "\r").hasSizeLessThan(400))
                .satisfies(e -> assertThat(((InvalidPurlException) e).reason()).isNotBlank());
    }

    @Test
    void overlongInputIsRejectedBeforeItIsScanned() {
        String longPurl = "pkg:generic/a@" + "1".repeat(PurlParser.MAX_LENGTH);
        assertThatThrownBy(() -> Purl.parse(longPurl)).isInstanceOf(InvalidPurlException.class)
                .hasMessageContaining("longer than").satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
        assertThatThrownBy(() -> Purl.of("generic", null, "a", "1".repeat(PurlParser.MAX_LENGTH), null, null))
                .isInstanceOf(InvalidPurlException.class);
        assertThatThrownBy(() -> Purl.parse(null)).isInstanceOf(InvalidPurlException.class);
    }

    @Test
    void nonAsciiIsDecodedFromUtf8AndEncodedBackInTheCanonicalForm() {
        Purl p = Purl.parse("pkg:generic/caf%C3%A9@1.0%20Final");
        assertThat(p.name()).isEqualTo("café");
        assertThat(p.version()).isEqualTo("1.0 Final");
        assertThat(p.canonical()).isEqualTo("pkg:generic/caf%C3%A9@1.0%20Final");
        assertThat(Purl.parse("pkg:generic/café").canonical()).isEqualTo("pkg:generic/caf%C3%A9");
    }

    /** Randomised robustness check (fixed seed): only InvalidPurlException, and the canonical form is a fixed point. */
    @Test
    void randomInputEitherFailsCleanlyOrRoundTripsThroughItsCanonicalForm() {
        Random random = new Random(20250101);
        String alphabet = "pkg:/@?#&=%.-_~+ aZ09:MnpyGgitCcE2F3A40";
        String[] prefixes = {"pkg:", "pkg:npm/", "pkg:maven/g/", "pkg:pypi/", "pkg:git/h/", "pkg:swid/", ""};
        List<String> problems = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
            int n = random.nextInt(24);
            for (int j = 0; j < n; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = b.toString();
            for (boolean lenient : new boolean[] {false, true}) {
                try {
                    Purl p = lenient ? Purl.parseLenient(input) : Purl.parse(input);
                    accepted++;
                    Purl again = Purl.parse(p.canonical());
                    if (!again.equals(p) || !again.canonical().equals(p.canonical())) {
                        problems.add(input + " -> " + p.canonical() + " -> " + again.canonical());
                    }
                } catch (InvalidPurlException e) {
                    if (e.getMessage().contains("\n")) {
                        problems.add(input + ": multi-line message");
                    }
                } catch (RuntimeException e) {
                    problems.add(input + ": " + e);
                }
            }
        }
        assertThat(accepted).isGreaterThan(1000);
        assertThat(problems).as(String.join("\n", problems.subList(0, Math.min(20, problems.size())))).isEmpty();
    }
}
