package org.medvigil.core.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.medvigil.core.advisory.CsafProductTree.Product;
import org.medvigil.core.advisory.PackageSelector.ByPackage;
import org.medvigil.core.version.ExactVersions;
import org.medvigil.core.version.UnevaluableRange;
import org.medvigil.core.version.Vers;
import org.medvigil.core.version.Vers.Comparator;
import org.medvigil.core.version.Vers.Constraint;
import org.medvigil.core.version.VersionRange;
import org.medvigil.core.version.VersionSchemes;

/**
 * Which products one CSAF vulnerability affects, from its {@code product_status} and
 * {@code remediations}. Entries are grouped by selector and condition; several version
 * statements for the same product become several ranges (exact versions joined into one list),
 * and entries that differ only by platform become one entry naming the platforms.
 * <ul>
 *   <li>{@code known_affected}: the product's own range. {@code first_affected} /
 *       {@code last_affected} with an exact version: {@code >= v} / {@code <= v}.</li>
 *   <li>{@code under_investigation}: unevaluable, so a match is listed for review.</li>
 *   <li>{@code fixed}, {@code first_fixed}, {@code recommended}, and the products of
 *       {@code vendor_fix} remediations that are not themselves affected: their exact versions
 *       are the entry's fixed versions. When a package (purl) is only ever named fixed, as Red
 *       Hat's advisories do, the versions before the fix are taken as affected
 *       ({@code vers:<type>/<fixed>}), as Red Hat's own CSAF-to-OSV conversion does.</li>
 *   <li>{@code known_not_affected}: not an affected entry.</li>
 * </ul>
 */
final class CsafAffected {
    private static final int MAX_CONDITIONS_SHOWN = 5;

    private final CsafProductTree tree;
    private final VersionSchemes schemes;

    CsafAffected(CsafProductTree tree, VersionSchemes schemes) {
        this.tree = tree;
        this.schemes = schemes;
    }

    private record Key(PackageSelector selector, String condition) {
    }

    private static final class Entry {
        final Set<VersionRange> ranges = new LinkedHashSet<>();
        final Set<String> fixed = new LinkedHashSet<>();
    }

    List<AffectedPackage> of(JsonNode vulnerability) {
        JsonNode status = Fields.object(vulnerability, "product_status");
        Map<Key, Entry> entries = new LinkedHashMap<>();
        Set<String> affectedIds = new HashSet<>();
        for (String id : Fields.texts(status, "known_affected")) {
            affected(id, entries, affectedIds, p -> p.range());
        }
        for (String id : Fields.texts(status, "first_affected")) {
            affected(id, entries, affectedIds, p -> bound(p, Comparator.GE));
        }
        for (String id : Fields.texts(status, "last_affected")) {
            affected(id, entries, affectedIds, p -> bound(p, Comparator.LE));
        }
        for (String id : Fields.texts(status, "under_investigation")) {
            affected(id, entries, affectedIds, p -> new UnevaluableRange(p.name() != null ? p.name() : p.id(),
                    "the vendor is still investigating (CSAF under_investigation)"));
        }
        List<String> fixedIds = new ArrayList<>();
        fixedIds.addAll(Fields.texts(status, "fixed"));
        fixedIds.addAll(Fields.texts(status, "first_fixed"));
        fixedIds.addAll(Fields.texts(status, "recommended"));
        for (JsonNode r : Fields.array(vulnerability, "remediations")) {
            if ("vendor_fix".equals(Fields.text(r, "category"))) {
                Fields.texts(r, "product_ids").stream().filter(id -> !affectedIds.contains(id)).forEach(fixedIds::add);
            }
        }
        for (String id : fixedIds) {
            tree.product(id).filter(p -> p.exactVersion() != null).ifPresent(p ->
                    entries.computeIfAbsent(new Key(p.selector(), p.condition()), k -> new Entry()).fixed.add(p.exactVersion()));
        }
        // Entries that differ only by their platform (one firmware installed on 33 camera models)
        // become one entry whose condition names the platforms.
        Map<List<Object>, List<String>> conditions = new LinkedHashMap<>();
        Map<List<Object>, AffectedPackage> merged = new LinkedHashMap<>();
        for (Map.Entry<Key, Entry> e : entries.entrySet()) {
            Entry entry = e.getValue();
            List<VersionRange> ranges = joinExactVersions(entry.ranges);
            if (ranges.isEmpty() && e.getKey().selector() instanceof ByPackage pkg) {
                ranges.addAll(beforeFixes(pkg, entry.fixed));
            }
            if (ranges.isEmpty()) {
                continue;
            }
            List<Object> identity = List.of(e.getKey().selector(), ranges, List.copyOf(entry.fixed));
            merged.putIfAbsent(identity, new AffectedPackage(e.getKey().selector(), ranges, List.copyOf(entry.fixed)));
            conditions.computeIfAbsent(identity, k -> new ArrayList<>()).add(e.getKey().condition());
        }
        List<AffectedPackage> out = new ArrayList<>(merged.size());
        merged.forEach((identity, p) -> out.add(new AffectedPackage(p.selector(), p.ranges(), p.fixed(),
                condition(conditions.get(identity)))));
        return out;
    }

    /** Several exact versions of one product (one per product id) as one list. */
    private static List<VersionRange> joinExactVersions(Set<VersionRange> ranges) {
        List<VersionRange> out = new ArrayList<>();
        Map<Object, Integer> exactAt = new HashMap<>();
        for (VersionRange r : ranges) {
            if (r instanceof ExactVersions e) {
                Object scheme = e.scheme() == null ? "" : e.scheme();
                Integer at = exactAt.get(scheme);
                if (at != null) {
                    Set<String> union = new LinkedHashSet<>(((ExactVersions) out.get(at)).versions());
                    union.addAll(e.versions());
                    out.set(at, new ExactVersions(e.scheme(), union));
                    continue;
                }
                exactAt.put(scheme, out.size());
            }
            out.add(r);
        }
        return out;
    }

    /** No condition when any statement had none; else the platforms, the first few by name. */
    private static String condition(List<String> conditions) {
        if (conditions.contains(null)) {
            return null;
        }
        List<String> distinct = conditions.stream().distinct().toList();
        String shown = String.join("; ", distinct.subList(0, Math.min(MAX_CONDITIONS_SHOWN, distinct.size())));
        return distinct.size() > MAX_CONDITIONS_SHOWN
                ? shown + " and " + (distinct.size() - MAX_CONDITIONS_SHOWN) + " more" : shown;
    }

    private void affected(String id, Map<Key, Entry> entries, Set<String> affectedIds,
                          java.util.function.Function<Product, VersionRange> range) {
        tree.product(id).ifPresent(p -> {
            affectedIds.add(id);
            entries.computeIfAbsent(new Key(p.selector(), p.condition()), k -> new Entry()).ranges.add(range.apply(p));
        });
    }

    /** {@code >= v} / {@code <= v} for a product with one exact version; its own range otherwise. */
    private VersionRange bound(Product p, Comparator comparator) {
        if (p.exactVersion() == null) {
            return p.range();
        }
        String scheme = p.selector() instanceof ByPackage pkg ? type(pkg) : "generic";
        return new Vers(scheme, List.of(new Constraint(comparator, p.exactVersion())), schemes.byName(scheme).orElse(null));
    }

    private List<VersionRange> beforeFixes(ByPackage pkg, Set<String> fixed) {
        String type = type(pkg);
        List<VersionRange> out = new ArrayList<>();
        for (String v : fixed) {
            out.add(new Vers(type, List.of(new Constraint(Comparator.LT, v)), schemes.byName(type).orElse(null)));
        }
        return out;
    }

    private static String type(ByPackage pkg) {
        String key = Objects.requireNonNull(pkg.packageKey());
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(0, slash);
    }
}
