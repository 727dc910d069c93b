package org.medvigil.core.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.advisory.PackageSelector.ByCpe;
import org.medvigil.core.purl.Cpe;
import org.medvigil.core.version.AllVersions;
import org.medvigil.core.version.ExactVersions;
import org.medvigil.core.version.Vers;
import org.medvigil.core.version.Vers.Comparator;
import org.medvigil.core.version.Vers.Constraint;
import org.medvigil.core.version.VersionRange;
import org.medvigil.core.version.VersionScheme;

/**
 * Turns the {@code configurations} of an NVD CVE 2.0 record into affected entries, one per
 * distinct vulnerable CPE criteria (its ranges merged):
 * <ul>
 *   <li>Only {@code cpeMatch} entries with {@code vulnerable: true} become entries; CPEs with
 *       {@code vulnerable: false} are platforms.</li>
 *   <li>version bounds ({@code versionStart/EndIncluding/Excluding}) become a {@code vers:generic}
 *       range; a CPE version {@code *} without bounds, or {@code -} (not applicable), is every
 *       version; any other CPE version is that exact version (joined to the CPE update with
 *       "-" when the update is given, e.g. {@code 2.0-beta9}).</li>
 *   <li>AND configurations ("running on/with"): the vulnerable CPEs are kept, the platform
 *       condition is not evaluated but written into {@link AffectedPackage#condition()} for a
 *       person to check. A finding is therefore reported even on another platform.</li>
 *   <li>Vulnerable matches inside a negated node are skipped (NVD does not use them).</li>
 * </ul>
 */
final class NvdConfigurations {
    private static final int PLATFORMS_SHOWN = 5;

    private final VersionScheme generic;

    NvdConfigurations(VersionScheme generic) {
        this.generic = generic;
    }

    List<AffectedPackage> affected(JsonNode cve, String location) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (JsonNode config : Fields.array(cve, "configurations")) {
            List<JsonNode> nodes = new ArrayList<>();
            Fields.array(config, "nodes").forEach(nodes::add);
            String condition = condition(config, nodes);
            for (JsonNode node : nodes) {
                if (node.path("negate").asBoolean(false)) {
                    continue;
                }
                for (JsonNode match : Fields.array(node, "cpeMatch")) {
                    if (!match.path("vulnerable").asBoolean(false)) {
                        continue;
                    }
                    String criteria = Fields.text(match, "criteria");
                    if (criteria == null) {
                        throw new InvalidInputException(location, "cpeMatch without \"criteria\"");
                    }
                    Cpe cpe = Cpe.parse(criteria);
                    entries.computeIfAbsent(criteria + "\u0000" + condition, k -> new Entry(cpe, condition))
                            .ranges.add(range(cpe, match));
                }
            }
        }
        List<AffectedPackage> out = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            out.add(new AffectedPackage(new ByCpe(e.cpe), List.copyOf(e.ranges), List.of(), e.condition));
        }
        return out;
    }

    private VersionRange range(Cpe cpe, JsonNode match) {
        List<Constraint> constraints = new ArrayList<>(2);
        bound(constraints, match, "versionStartIncluding", Comparator.GE);
        bound(constraints, match, "versionStartExcluding", Comparator.GT);
        bound(constraints, match, "versionEndIncluding", Comparator.LE);
        bound(constraints, match, "versionEndExcluding", Comparator.LT);
        if (!constraints.isEmpty()) {
            return new Vers("generic", constraints, generic);
        }
        String version = cpe.version();
        if (Cpe.ANY.equals(version)) {
            return new AllVersions("all versions (" + cpe.vendor() + ":" + cpe.product() + " with version *)");
        }
        if (Cpe.NA.equals(version)) {
            return new AllVersions("all versions (" + cpe.vendor() + ":" + cpe.product() + " has no version, CPE version -)");
        }
        String exact = unquote(version);
        String update = cpe.update();
        if (update != null && !Cpe.ANY.equals(update) && !Cpe.NA.equals(update)) {
            exact = exact + "-" + unquote(update);
        }
        return new ExactVersions(generic, Set.of(exact));
    }

    private static void bound(List<Constraint> into, JsonNode match, String field, Comparator comparator) {
        String v = Fields.text(match, field);
        if (v != null) {
            into.add(new Constraint(comparator, v));
        }
    }

    /** The platform condition of an AND configuration, or null when the configuration has none. */
    private static String condition(JsonNode config, List<JsonNode> nodes) {
        Set<String> platforms = new LinkedHashSet<>();
        for (JsonNode node : nodes) {
            for (JsonNode match : Fields.array(node, "cpeMatch")) {
                String criteria = Fields.text(match, "criteria");
                if (criteria != null && !match.path("vulnerable").asBoolean(false)) {
                    platforms.add(criteria + bounds(match));
                }
            }
        }
        boolean and = "AND".equalsIgnoreCase(Fields.text(config, "operator"));
        if (platforms.isEmpty() || !and && nodes.size() < 2) {
            return null;
        }
        List<String> shown = platforms.stream().limit(PLATFORMS_SHOWN).toList();
        String more = platforms.size() > PLATFORMS_SHOWN ? " and " + (platforms.size() - PLATFORMS_SHOWN) + " more" : "";
        return "only when running on/with " + String.join(" or ", shown) + more + " (NVD AND configuration, not evaluated)";
    }

    private static String bounds(JsonNode match) {
        StringBuilder b = new StringBuilder();
        appendBound(b, match, "versionStartIncluding", ">=");
        appendBound(b, match, "versionStartExcluding", ">");
        appendBound(b, match, "versionEndIncluding", "<=");
        appendBound(b, match, "versionEndExcluding", "<");
        return b.isEmpty() ? "" : " (" + b + ")";
    }

    private static void appendBound(StringBuilder b, JsonNode match, String field, String op) {
        String v = Fields.text(match, field);
        if (v != null) {
            b.append(b.isEmpty() ? "" : " ").append(op).append(v);
        }
    }

    /** A CPE attribute value without the formatted-string quoting ({@code 1.0\(1\)} is {@code 1.0(1)}). */
    static String unquote(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                c = value.charAt(++i);
            }
            b.append(c);
        }
        return b.toString();
    }

    private static final class Entry {
        final Cpe cpe;
        final String condition;
        final Set<VersionRange> ranges = new LinkedHashSet<>();

        Entry(Cpe cpe, String condition) {
            this.cpe = cpe;
            this.condition = condition;
        }
    }
}
