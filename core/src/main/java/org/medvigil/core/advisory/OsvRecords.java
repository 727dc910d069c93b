package org.medvigil.core.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.advisory.PackageSelector.ByPackage;
import org.medvigil.core.version.ExactVersions;
import org.medvigil.core.version.OsvEventRange;
import org.medvigil.core.version.OsvEventRange.Event;
import org.medvigil.core.version.OsvEventRange.Kind;
import org.medvigil.core.version.UnevaluableRange;
import org.medvigil.core.version.VersionRange;
import org.medvigil.core.version.VersionScheme;
import org.medvigil.core.version.VersionSchemes;

/**
 * Maps one OSV record (schema 1.7, JSON or YAML, already parsed into a text tree) to an
 * {@link Advisory}. Decisions taken from the OSV schema:
 * <ul>
 *   <li>SEMVER ranges are evaluated in the {@code semver} scheme, ECOSYSTEM ranges in the
 *       ecosystem's scheme; GIT ranges are skipped (they need the repository), their releases
 *       reach us through {@code versions}.</li>
 *   <li>An {@code affected} entry with neither ranges nor versions affects no version: the
 *       schema's evaluation pseudocode (IsVulnerable) returns false for it, and osv-scanner
 *       skips it as a mistake. It is kept (with no ranges) so a person can see it.</li>
 *   <li>{@code upstream} ids are a different vulnerability (a distribution advisory's CVEs),
 *       kept in {@link Advisory#upstream()}, never in aliases.</li>
 *   <li>An event with an empty version names no version and is dropped (GHSA wrote
 *       {@code "fixed": ""} for "no patched version").</li>
 * </ul>
 */
final class OsvRecords {
    private static final List<String> EVENT_KEYS = List.of("introduced", "fixed", "last_affected", "limit");

    private final OsvEcosystems ecosystems;
    private final VersionSchemes schemes;

    OsvRecords(OsvEcosystems ecosystems, VersionSchemes schemes) {
        this.ecosystems = ecosystems;
        this.schemes = schemes;
    }

    Advisory advisory(JsonNode root, String location) {
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(location, "an OSV record must be a JSON/YAML object");
        }
        String id = Fields.text(root, "id");
        if (id == null) {
            throw new InvalidInputException(location, "OSV record without \"id\"");
        }
        Set<String> aliases = new LinkedHashSet<>(Fields.texts(root, "aliases"));
        aliases.remove(id);
        Set<Severity> severities = new LinkedHashSet<>();
        addSeverities(severities, root);
        String dbSeverity = Fields.text(Fields.object(root, "database_specific"), "severity");
        if (dbSeverity != null) {
            severities.add(new Severity(prefix(id), dbSeverity));
        }
        Set<String> cwes = new LinkedHashSet<>();
        addCwes(cwes, Fields.object(root, "database_specific"));
        List<AffectedPackage> affected = new ArrayList<>();
        int index = 0;
        for (JsonNode a : Fields.array(root, "affected")) {
            AffectedPackage p = affected(a, index++, id, location, severities, cwes);
            if (p != null) {
                affected.add(p);
            }
        }
        Set<String> references = new LinkedHashSet<>();
        for (JsonNode r : Fields.array(root, "references")) {
            String url = Fields.text(r, "url");
            if (url != null) {
                references.add(url);
            }
        }
        return new Advisory(id, List.copyOf(aliases), Fields.text(root, "summary"), Fields.text(root, "details"),
                Timestamps.parse(Fields.text(root, "published"), "published", location),
                Timestamps.parse(Fields.text(root, "modified"), "modified", location),
                Timestamps.parse(Fields.text(root, "withdrawn"), "withdrawn", location),
                affected, List.copyOf(severities), List.copyOf(references), List.copyOf(cwes),
                new Provenance("osv", id, location), Fields.texts(root, "upstream"));
    }

    private AffectedPackage affected(JsonNode a, int index, String id, String location,
                                     Set<Severity> severities, Set<String> cwes) {
        JsonNode pkg = Fields.object(a, "package");
        if (pkg == null) {
            // A GIT-only entry without a package: nothing a component can be matched against.
            return null;
        }
        String ecosystem = Fields.text(pkg, "ecosystem");
        String name = Fields.text(pkg, "name");
        if (ecosystem == null || name == null) {
            throw new InvalidInputException(location, "affected[" + index + "].package needs \"ecosystem\" and \"name\"");
        }
        addSeverities(severities, a);
        String ecoSeverity = Fields.text(Fields.object(a, "ecosystem_specific"), "severity");
        if (ecoSeverity != null) {
            severities.add(new Severity(OsvEcosystems.base(ecosystem), ecoSeverity));
        }
        String entrySeverity = Fields.text(Fields.object(a, "database_specific"), "severity");
        if (entrySeverity != null) {
            severities.add(new Severity(prefix(id), entrySeverity));
        }
        addCwes(cwes, Fields.object(a, "database_specific"));

        VersionScheme ecosystemScheme = schemes.forOsvEcosystem(ecosystem).orElse(null);
        List<VersionRange> ranges = new ArrayList<>();
        for (JsonNode r : Fields.array(a, "ranges")) {
            VersionRange range = range(r, ecosystemScheme);
            if (range != null) {
                ranges.add(range);
            }
        }
        List<String> versions = Fields.texts(a, "versions");
        if (!versions.isEmpty()) {
            ranges.add(new ExactVersions(ecosystemScheme, new LinkedHashSet<>(versions)));
        }
        String key = ecosystems.packageKey(ecosystem, name, Fields.text(pkg, "purl"));
        return new AffectedPackage(new ByPackage(key, ecosystem), ranges, List.of(), null);
    }

    private VersionRange range(JsonNode r, VersionScheme ecosystemScheme) {
        String type = Fields.text(r, "type");
        List<Event> events = events(r);
        if (type == null || events.isEmpty()) {
            return null;
        }
        return switch (type.toUpperCase(Locale.ROOT)) {
            case "SEMVER" -> new OsvEventRange("SEMVER", schemes.byName("semver").orElse(null), events);
            case "ECOSYSTEM" -> new OsvEventRange("ECOSYSTEM", ecosystemScheme, events);
            case "GIT" -> null;
            default -> new UnevaluableRange(type + " " + events, "OSV range type " + type + " is not defined by the schema");
        };
    }

    private static List<Event> events(JsonNode r) {
        List<Event> events = new ArrayList<>();
        for (JsonNode e : Fields.array(r, "events")) {
            for (String key : EVENT_KEYS) {
                String version = Fields.text(e, key);
                if (version != null) {
                    events.add(new Event(Kind.valueOf(key.toUpperCase(Locale.ROOT)), version));
                }
            }
        }
        return events;
    }

    private static void addSeverities(Set<Severity> into, JsonNode node) {
        for (JsonNode s : Fields.array(node, "severity")) {
            String type = Fields.text(s, "type");
            String score = Fields.text(s, "score");
            if (type != null && score != null) {
                into.add(new Severity(type, score));
            }
        }
    }

    /** CWE ids from {@code cwe_ids} (GHSA) and {@code cwes[].cweId} (the GHSA converter). */
    private static void addCwes(Set<String> into, JsonNode databaseSpecific) {
        for (String cwe : Fields.texts(databaseSpecific, "cwe_ids")) {
            if (cwe.startsWith("CWE-")) {
                into.add(cwe);
            }
        }
        for (JsonNode c : Fields.array(databaseSpecific, "cwes")) {
            String cwe = c.isValueNode() ? c.asText() : Fields.text(c, "cweId");
            if (cwe != null && cwe.startsWith("CWE-")) {
                into.add(cwe);
            }
        }
    }

    /** The database prefix of an id ({@code GHSA} of {@code GHSA-xxxx}), the type of its textual severity. */
    private static String prefix(String id) {
        int dash = id.indexOf('-');
        return dash > 0 ? id.substring(0, dash) : id;
    }
}
