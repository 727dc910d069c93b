package org.medvigil.core.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medvigil.core.purl.Purl;
import org.medvigil.core.testdata.SharedData;

class OsvEcosystemsTest {
    private final OsvEcosystems ecosystems = OsvEcosystems.standard();

    @ParameterizedTest(name = "{0} {1} -> {2} {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Maven               | org.apache.logging.log4j:log4j-core | maven            | org.apache.logging.log4j | log4j-core
            Maven:https://maven.google.com | androidx.core:core | maven            | androidx.core            | core
            npm                 | @babel/traverse                     | npm              | @babel                   | traverse
            npm                 | lodash                              | npm              | -                        | lodash
            Go                  | github.com/gin-gonic/gin            | golang           | github.com/gin-gonic     | gin
            Go                  | golang.org/x/net                    | golang           | golang.org/x             | net
            PyPI                | requests                            | pypi             | -                        | requests
            NuGet               | Newtonsoft.Json                     | nuget            | -                        | Newtonsoft.Json
            crates.io           | serde                               | cargo            | -                        | serde
            RubyGems            | rails                               | gem              | -                        | rails
            Packagist           | symfony/http-kernel                 | composer         | symfony                  | http-kernel
            Hex                 | plug                                | hex              | -                        | plug
            Pub                 | http                                | pub              | -                        | http
            Hackage             | aeson                               | hackage          | -                        | aeson
            CRAN                | readr                               | cran             | -                        | readr
            ConanCenter         | openssl                             | conan            | -                        | openssl
            SwiftURL            | github.com/apple/swift-nio          | swift            | github.com/apple         | swift-nio
            GitHub Actions      | actions/checkout                    | github           | actions                  | checkout
            VSCode              | ms-python.python                    | vscode-extension | ms-python                | python
            OSS-Fuzz            | libxml2                             | generic          | -                        | libxml2
            Debian:12           | openssl                             | deb              | debian                   | openssl
            Ubuntu:22.04:LTS    | openssl                             | deb              | ubuntu                   | openssl
            Alpine:v3.19        | openssl                             | apk              | alpine                   | openssl
            Red Hat:rhel_aus:8.6::appstream | PyYAML                  | rpm              | redhat                   | PyYAML
            Rocky Linux:9       | openssl                             | rpm              | rocky-linux              | openssl
            AlmaLinux:8         | openssl                             | rpm              | almalinux                | openssl
            SUSE:Linux Enterprise Server 15 SP5 | openssl             | rpm              | suse                     | openssl
            openSUSE:Tumbleweed | openssl                             | rpm              | opensuse                 | openssl
            Wolfi               | openssl                             | apk              | wolfi                    | openssl
            Chainguard          | openssl                             | apk              | chainguard               | openssl
            """)
    void mapsEcosystemAndNameToThePackageKeyOfTheMatchingPurl(String ecosystem, String name, String type,
                                                              String namespace, String purlName) {
        assertThat(ecosystems.packageKey(ecosystem, name, null))
                .isEqualTo(Purl.of(type, namespace, purlName, null, null, null).packageKey());
    }

    @Test
    void aRecordsOwnPurlWinsAndAMalformedOneFallsBackToTheTable() {
        assertThat(ecosystems.packageKey("Debian:12", "openssl", "pkg:deb/debian/openssl?arch=source"))
                .isEqualTo(Purl.of("deb", "debian", "openssl", null, null, null).packageKey());
        assertThat(ecosystems.packageKey("npm", "lodash", "pkg:"))
                .isEqualTo(Purl.of("npm", null, "lodash", null, null, null).packageKey());
    }

    @Test
    void ecosystemsWithoutAPurlTypeGetAKeyNoPurlCanHave() {
        assertThat(ecosystems.packageKey("Android", "platform/frameworks/base", null))
                .isEqualTo("osv:Android/platform/frameworks/base");
        assertThat(ecosystems.packageKey("Linux", "Kernel", null)).isEqualTo("osv:Linux/Kernel");
    }

    @Test
    void everyDefinedEcosystemIsEitherMappedOrKnownToHaveNoPurlType() throws IOException {
        var defined = new ObjectMapper().readTree(SharedData.path("osv/osv-schema/ecosystems.json").toFile());
        List<String> unmapped = new ArrayList<>();
        defined.fieldNames().forEachRemaining(e -> {
            if (ecosystems.mapping(e).isEmpty()) {
                unmapped.add(e);
            }
        });
        // No purl type, or no namespace convention we could verify: matched through a record's own purl only.
        assertThat(unmapped).containsExactlyInAnyOrder("Android", "Azure Linux", "BellSoft Hardened Containers",
                "Bioconductor", "CleanStart", "Docker Hardened Images", "Echo", "FreeBSD", "GHC", "Kubernetes", "Linux",
                "Root", "TuxCare");
    }
}
