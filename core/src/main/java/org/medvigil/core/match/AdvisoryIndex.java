package org.medvigil.core.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.advisory.AffectedPackage;
import org.medvigil.core.advisory.PackageSelector;

/**
 * Advisories keyed by the identity they name, so a component is matched by a few hash
 * look-ups instead of a pass over every advisory: by package key ({@code type/namespace/name}),
 * by CPE {@code vendor:product}, and by each significant word of the vendor for advisories that name
 * products only by vendor and product name. Withdrawn advisories are left out. Immutable once
 * built; safe to share between threads.
 */
public final class AdvisoryIndex {
    private final Map<String, List<IndexedEntry>> byPackage;
    private final Map<String, List<IndexedEntry>> byCpeProduct;
    private final List<IndexedEntry> cpeWildcards;
    private final Map<String, List<IndexedEntry>> byVendorWord;
    private final VulnerabilityGroups groups;
    private final Map<String, List<String>> groupMembers;
    private final Map<String, List<Advisory>> recordsByGroup;
    private final int advisories;
    private final int withdrawn;

    private AdvisoryIndex(Builder b) {
        this.byPackage = b.byPackage;
        this.byCpeProduct = b.byCpeProduct;
        this.cpeWildcards = b.cpeWildcards;
        this.byVendorWord = b.byVendorWord;
        this.groups = b.groups;
        this.groupMembers = b.groups.members();
        this.recordsByGroup = new HashMap<>(b.records.size() * 2);
        for (Advisory a : b.records) {
            recordsByGroup.computeIfAbsent(b.groups.groupOf(a.id()), k -> new ArrayList<>(1)).add(a);
        }
        this.advisories = b.advisories;
        this.withdrawn = b.withdrawn;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static AdvisoryIndex of(Iterable<Advisory> advisories) {
        Builder b = builder();
        advisories.forEach(b::add);
        return b.build();
    }

    /** Advisories indexed (withdrawn ones not counted). */
    public int size() {
        return advisories;
    }

    /** Withdrawn advisories that were offered and left out. */
    public int withdrawnCount() {
        return withdrawn;
    }

    List<IndexedEntry> byPackage(String packageKey) {
        return byPackage.getOrDefault(packageKey, List.of());
    }

    List<IndexedEntry> byCpeProduct(String vendorProduct) {
        return byCpeProduct.getOrDefault(vendorProduct, List.of());
    }

    List<IndexedEntry> cpeWildcards() {
        return cpeWildcards;
    }

    List<IndexedEntry> byVendorWord(String word) {
        return byVendorWord.getOrDefault(word, List.of());
    }

    String groupOf(String id) {
        return groups.groupOf(id);
    }

    /** Every indexed record of the vulnerability {@code id} names (itself and its aliases' records). */
    List<Advisory> recordsOf(String id) {
        return recordsByGroup.getOrDefault(groups.groupOf(id), List.of());
    }

    List<String> groupMembers(String id) {
        return groups.membersOf(id, groupMembers);
    }

    /** Builds an index; not thread-safe. */
    public static final class Builder {
        private final Map<String, List<IndexedEntry>> byPackage = new HashMap<>();
        private final Map<String, List<IndexedEntry>> byCpeProduct = new HashMap<>();
        private final List<IndexedEntry> cpeWildcards = new ArrayList<>();
        private final Map<String, List<IndexedEntry>> byVendorWord = new HashMap<>();
        private final VulnerabilityGroups groups = new VulnerabilityGroups();
        private final List<Advisory> records = new ArrayList<>();
        private int advisories;
        private int withdrawn;

        private Builder() {
        }

        public Builder add(Advisory advisory) {
            if (advisory.isWithdrawn()) {
                withdrawn++;
                return this;
            }
            advisories++;
            groups.add(advisory);
            records.add(advisory);
            for (AffectedPackage affected : advisory.affected()) {
                IndexedEntry entry = new IndexedEntry(advisory, affected);
                PackageSelector selector = affected.selector();
                if (selector instanceof PackageSelector.ByPackage p) {
                    put(byPackage, p.packageKey(), entry);
                } else if (selector instanceof PackageSelector.ByCpe c) {
                    if (CpeKeys.isWildcard(c.cpe())) {
                        cpeWildcards.add(entry);
                    } else {
                        put(byCpeProduct, c.cpe().productKey(), entry);
                    }
                } else if (selector instanceof PackageSelector.ByProductName n) {
                    // Under every significant word: "Philips" must find "Koninklijke Philips N.V.".
                    for (String word : ProductNames.vendorWords(n.vendor())) {
                        put(byVendorWord, word, entry);
                    }
                }
            }
            return this;
        }

        public AdvisoryIndex build() {
            return new AdvisoryIndex(this);
        }

        private static void put(Map<String, List<IndexedEntry>> map, String key, IndexedEntry entry) {
            map.computeIfAbsent(key, k -> new ArrayList<>(2)).add(entry);
        }
    }
}
