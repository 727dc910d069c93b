package org.medvigil.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medvigil.core.match.MatcherTest.advisory;
import static org.medvigil.core.match.MatcherTest.byPackage;
import static org.medvigil.core.match.MatcherTest.component;

import java.util.List;
import java.util.Set;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.sbom.DocumentInfo;
import org.medvigil.core.sbom.Inventory;
import org.junit.jupiter.api.Test;

class PortfolioTest {

    @Test
    void newAdvisoryIsMatchedAgainstEveryReleaseThatCarriesThePackage_PM09() {
        Inventory pumpV1 = inventory("pump-1.0", "pkg:pypi/django@4.2.1", "pkg:npm/lodash@4.17.20");
        Inventory pumpV2 = inventory("pump-2.0", "pkg:pypi/django@4.2.2", "pkg:npm/lodash@4.17.21");
        Inventory monitor = inventory("monitor-3.1", "pkg:pypi/django@4.2.1");
        Portfolio portfolio = new Portfolio().add(pumpV1).add(pumpV2).add(monitor);

        Advisory django = advisory("GHSA-aaaa", List.of(), "osv",
                byPackage("pkg:pypi/django", "PyPI", Set.of("4.2.1"), List.of("4.2.2")));

        assertThat(portfolio.match(django))
                .extracting(pf -> pf.inventory().source())
                .containsExactly("pump-1.0", "monitor-3.1");
        assertThat(portfolio.size()).isEqualTo(5);
    }

    static Inventory inventory(String name, String... purls) {
        return new Inventory(name, "CycloneDX 1.6", new DocumentInfo(null, name, null, null, null, null),
                java.util.Arrays.stream(purls).map(MatcherTest::component).toList(), null, null);
    }
}
