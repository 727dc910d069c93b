package org.medvigil.app.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medvigil.app.findings.FindingChanges;
import org.medvigil.app.security.CurrentActor;
import org.medvigil.app.web.BadRequestException;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.advisory.AdvisoryReaders;
import org.springframework.stereotype.Service;

/**
 * Manual advisories (a manufacturer's own findings, researchers' reports) entered through the
 * API: written as an OSV record, read back by core's OSV reader (so they match exactly like any
 * other record) and imported through the same path as the feeds, with provenance "manual".
 */
@Service
public class ManualAdvisories {
    /** purl type to OSV ecosystem, for the types whose versions MedVigil compares. */
    private static final Map<String, String> ECOSYSTEMS = Map.ofEntries(Map.entry("npm", "npm"), Map.entry("maven", "Maven"),
            Map.entry("pypi", "PyPI"), Map.entry("golang", "Go"), Map.entry("nuget", "NuGet"), Map.entry("cargo", "crates.io"),
            Map.entry("gem", "RubyGems"), Map.entry("composer", "Packagist"), Map.entry("deb", "Debian"),
            Map.entry("apk", "Alpine"), Map.entry("rpm", "Red Hat"), Map.entry("pub", "Pub"), Map.entry("hex", "Hex"),
            Map.entry("conan", "ConanCenter"), Map.entry("swift", "SwiftURL"));

    private final AdvisoryIngest ingest;
    private final CurrentActor current;
    private final Clock clock;
    private final AdvisoryReaders readers = AdvisoryReaders.standard();
    private final ObjectMapper mapper = new ObjectMapper();

    ManualAdvisories(AdvisoryIngest ingest, CurrentActor current, Clock clock) {
        this.ingest = ingest;
        this.current = current;
        this.clock = clock;
    }

    /** The stored document and what matching changed. */
    public record Entered(AdvisoryView.Origin origin, String id, FindingChanges findings) {
    }

    public Entered enter(ManualAdvisoryForm form) {
        Instant now = Instant.now(clock);
        byte[] osv = osv(form, now);
        List<Advisory> advisories;
        try {
            advisories = readers.read(osv, form.id() + ".json");
        } catch (InvalidInputException e) {
            throw new BadRequestException(e.oneLine());
        }
        String actor = current.get().name();
        FeedSync sync = new FeedSync("manual", new FeedSettings(true, List.of(), "manual", null, Map.of()), null, clock, s -> { });
        String sha = FeedHttp.sha256(osv);
        String reporter = form.reportedBy() == null ? actor : form.reportedBy() + " (entered by " + actor + ")";
        FindingChanges changes = ingest.ingest(sync, List.of(new IncomingDocument("manual", "manual:" + form.id(), now.toString(),
                form.id() + ".json", "application/json", null, now, "entered through the API; reported by " + reporter, osv,
                sha, advisories)), actor);
        return new Entered(new AdvisoryView.Origin("manual", null, now, sha, null), form.id(), changes);
    }

    private byte[] osv(ManualAdvisoryForm form, Instant now) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("schema_version", "1.6.0");
        r.put("id", form.id());
        r.put("modified", now.toString());
        r.put("published", now.toString());
        if (Boolean.TRUE.equals(form.withdrawn())) {
            r.put("withdrawn", now.toString());
        }
        r.put("aliases", form.aliases() == null ? List.of() : form.aliases());
        r.put("summary", form.summary());
        if (form.details() != null) {
            r.put("details", form.details());
        }
        if (form.cvssVectors() != null && !form.cvssVectors().isEmpty()) {
            r.put("severity", form.cvssVectors().stream().map(v -> Map.of("type", v.startsWith("CVSS:4") ? "CVSS_V4"
                    : v.startsWith("CVSS:3") ? "CVSS_V3" : "CVSS_V2", "score", v)).toList());
        }
        List<Object> affected = new ArrayList<>();
        for (ManualAdvisoryForm.Affected a : form.affected()) {
            affected.add(affected(a));
        }
        r.put("affected", affected);
        if (form.references() != null) {
            r.put("references", form.references().stream().map(u -> Map.of("type", "WEB", "url", u)).toList());
        }
        if (form.reportedBy() != null) {
            r.put("credits", List.of(Map.of("name", form.reportedBy(), "type", "REPORTER")));
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> affected(ManualAdvisoryForm.Affected a) {
        String purl = a.purl().strip();
        if (!purl.startsWith("pkg:") || purl.indexOf('/') < 0) {
            throw new BadRequestException("affected.purl: '" + purl + "' is not a package URL (pkg:TYPE/NAME)");
        }
        if (purl.contains("@")) {
            throw new BadRequestException("affected.purl: give the package without a version (" + purl + "); versions go in "
                    + "introduced/fixed/lastAffected or versions");
        }
        String type = purl.substring(4, purl.indexOf('/'));
        String ecosystem = ECOSYSTEMS.get(type);
        if (ecosystem == null) {
            throw new BadRequestException("affected.purl: package type '" + type + "' is not supported here (supported: "
                    + String.join(", ", new java.util.TreeSet<>(ECOSYSTEMS.keySet())) + ")");
        }
        String name = purl.substring(purl.indexOf('/') + 1).replaceAll("[?#].*", "");
        if (type.equals("maven")) {
            name = name.replace('/', ':');
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("package", Map.of("ecosystem", ecosystem, "name", name, "purl", purl));
        boolean hasRange = a.introduced() != null || a.fixed() != null || a.lastAffected() != null;
        boolean hasVersions = a.versions() != null && !a.versions().isEmpty();
        if (hasRange == hasVersions) {
            throw new BadRequestException("affected: give either a range (introduced, fixed or lastAffected) or versions, for " + purl);
        }
        if (hasRange) {
            List<Map<String, String>> events = new ArrayList<>();
            events.add(Map.of("introduced", a.introduced() == null ? "0" : a.introduced()));
            if (a.fixed() != null) {
                events.add(Map.of("fixed", a.fixed()));
            } else if (a.lastAffected() != null) {
                events.add(Map.of("last_affected", a.lastAffected()));
            }
            out.put("ranges", List.of(Map.of("type", "ECOSYSTEM", "events", events)));
        } else {
            out.put("versions", a.versions());
        }
        return out;
    }
}
