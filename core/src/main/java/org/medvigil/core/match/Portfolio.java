package org.medvigil.core.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.advisory.AffectedPackage;
import org.medvigil.core.advisory.PackageSelector;
import org.medvigil.core.purl.Cpe;
import org.medvigil.core.sbom.Component;
import org.medvigil.core.sbom.Inventory;

/**
 * Many inventories (every release of every device) with their components keyed the same way
 * advisories are, so that one new or changed advisory is re-matched against only the
 * components it can touch: the reverse of {@link AdvisoryIndex}. Not thread-safe while adding.
 */
public final class Portfolio {
    private final Map<String, List<Placed>> byPackage = new HashMap<>();
    private final Map<String, List<Placed>> byCpeProduct = new HashMap<>();
    private final List<Placed> withCpe = new ArrayList<>();
    private final Map<String, List<Placed>> byVendorWord = new HashMap<>();
    private int components;

    /** A component and the inventory it belongs to. */
    public record Placed(Inventory inventory, Component component) {
    }

    /** A finding and the inventory it was found in. */
    public record PlacedFinding(Inventory inventory, Finding finding) {
    }

    public Portfolio add(Inventory inventory) {
        for (Component c : inventory.components()) {
            Placed placed = new Placed(inventory, c);
            components++;
            if (c.purl() != null) {
                put(byPackage, c.purl().packageKey(), placed);
                PackageMatcher.SourcePackage source = PackageMatcher.SourcePackage.of(c.purl());
                if (source != null && !source.key().equals(c.purl().packageKey())) {
                    put(byPackage, source.key(), placed);
                }
            }
            if (!c.cpes().isEmpty()) {
                withCpe.add(placed);
                for (Cpe cpe : c.cpes()) {
                    put(byCpeProduct, cpe.productKey(), placed);
                }
            }
            String vendor = c.vendor();
            if (vendor != null && c.name() != null) {
                for (String word : ProductNames.vendorWords(vendor)) {
                    put(byVendorWord, word, placed);
                }
            }
        }
        return this;
    }

    /** Component instances held. */
    public int size() {
        return components;
    }

    /**
     * Every finding one advisory yields across the portfolio: the look-up of a new or changed
     * advisory. Only components that share an identity key with it are evaluated.
     */
    public List<PlacedFinding> match(Advisory advisory) {
        if (advisory.isWithdrawn()) {
            return List.of();
        }
        Matcher matcher = new Matcher(AdvisoryIndex.of(List.of(advisory)));
        // Identity, not equals: a Placed's inventory is a large record whose equals is deep.
        Set<Placed> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Placed> candidates = new ArrayList<>();
        for (AffectedPackage affected : advisory.affected()) {
            PackageSelector s = affected.selector();
            if (s instanceof PackageSelector.ByPackage p) {
                addNew(byPackage.getOrDefault(p.packageKey(), List.of()), seen, candidates);
            } else if (s instanceof PackageSelector.ByCpe c) {
                addNew(CpeKeys.isWildcard(c.cpe()) ? withCpe
                        : byCpeProduct.getOrDefault(c.cpe().productKey(), List.of()), seen, candidates);
            } else if (s instanceof PackageSelector.ByProductName n) {
                for (String word : ProductNames.vendorWords(n.vendor())) {
                    addNew(byVendorWord.getOrDefault(word, List.of()), seen, candidates);
                }
            }
        }
        List<PlacedFinding> out = new ArrayList<>();
        for (Placed p : candidates) {
            for (Finding f : matcher.match(p.component())) {
                out.add(new PlacedFinding(p.inventory(), f));
            }
        }
        return out;
    }

    private static void addNew(List<Placed> from, Set<Placed> seen, List<Placed> into) {
        for (Placed p : from) {
            if (seen.add(p)) {
                into.add(p);
            }
        }
    }

    private static void put(Map<String, List<Placed>> map, String key, Placed placed) {
        map.computeIfAbsent(key, k -> new ArrayList<>(4)).add(placed);
    }
}
