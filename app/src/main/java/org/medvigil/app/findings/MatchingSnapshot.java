package org.medvigil.app.findings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.match.AdvisoryIndex;
import org.medvigil.core.match.Portfolio;
import org.medvigil.core.sbom.Inventory;

/**
 * An immutable view of everything matched: every current advisory (indexed for matching new
 * SBOMs) and every release's current components (a {@link Portfolio} for matching new
 * advisories). Replaced whole after each committed change; readers never see a half-update.
 *
 * @param generation the database's matching generation this state corresponds to
 */
record MatchingSnapshot(long generation, Map<String, Advisory> advisories, Map<String, List<Advisory>> byId,
                        AdvisoryIndex index, Map<Long, ReleaseInventory> releases, Portfolio portfolio,
                        Map<Inventory, ReleaseInventory> byInventory) {

    static MatchingSnapshot of(long generation, Map<String, Advisory> advisories, Map<Long, ReleaseInventory> releases) {
        return withReleases(generation, Map.copyOf(advisories), byId(advisories.values()),
                AdvisoryIndex.of(advisories.values()), releases);
    }

    static MatchingSnapshot withReleases(long generation, Map<String, Advisory> advisories,
                                         Map<String, List<Advisory>> byId, AdvisoryIndex index,
                                         Map<Long, ReleaseInventory> releases) {
        Portfolio portfolio = new Portfolio();
        Map<Inventory, ReleaseInventory> byInventory = new IdentityHashMap<>();
        for (ReleaseInventory r : releases.values()) {
            portfolio.add(r.inventory());
            byInventory.put(r.inventory(), r);
        }
        return new MatchingSnapshot(generation, advisories, byId, index, Map.copyOf(releases), portfolio, byInventory);
    }

    /** The key under which a later record of the same vulnerability from the same source replaces an earlier one. */
    static String key(Advisory a) {
        String source = a.provenance() == null ? "" : a.provenance().source();
        return source + '\u0000' + a.id();
    }

    /** Every record by its own id (several sources may describe one id). */
    static Map<String, List<Advisory>> byId(Collection<Advisory> advisories) {
        Map<String, List<Advisory>> byId = new HashMap<>();
        for (Advisory a : advisories) {
            byId.computeIfAbsent(a.id(), k -> new ArrayList<>(1)).add(a);
        }
        return byId;
    }

    static Map<String, Advisory> keyed(Collection<Advisory> advisories) {
        Map<String, Advisory> keyed = new LinkedHashMap<>();
        for (Advisory a : advisories) {
            keyed.put(key(a), a);
        }
        return keyed;
    }
}
