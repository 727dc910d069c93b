package org.medvigil.core.version;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Builds the {@link VersionRange}s of one OSV {@code affected[]} entry, as the OSV schema says to
 * read it: a version is affected when it lies in any range or is listed in {@code versions}.
 * {@code SEMVER} and {@code ECOSYSTEM} ranges become {@link OsvEventRange}s in the ecosystem's
 * scheme (an ECOSYSTEM range of an ecosystem without a registered scheme becomes an
 * {@link UnevaluableRange}, never a guess); {@code GIT} ranges are left to the {@code versions}
 * list OSV requires beside them, and stand as an {@link UnevaluableRange} when that list is
 * missing; {@code versions} becomes {@link ExactVersions}; an entry with neither ranges nor
 * versions affects {@link AllVersions}.
 */
public final class OsvAffectedRanges {

    /** One {@code ranges[]} entry as read from the record: its type and its events in the order given. */
    public record Entry(String type, List<OsvEventRange.Event> events) {
        public Entry {
            events = List.copyOf(events);
        }
    }

    private OsvAffectedRanges() {
    }

    /**
     * The ranges of one affected entry.
     *
     * @param ecosystem the entry's {@code package.ecosystem}, e.g. {@code Maven} or {@code Debian:12}
     * @param ranges    its {@code ranges[]}, possibly empty
     * @param versions  its {@code versions[]}, possibly empty
     * @param schemes   where the ecosystem's scheme is looked up
     */
    public static List<VersionRange> of(String ecosystem, List<Entry> ranges, Collection<String> versions,
                                        VersionSchemes schemes) {
        VersionScheme scheme = schemes.forOsvEcosystem(ecosystem).orElse(null);
        List<VersionRange> out = new ArrayList<>();
        boolean sawGitRange = false;
        for (Entry r : ranges) {
            String type = r.type() == null ? "" : r.type().toUpperCase(Locale.ROOT);
            OsvEventRange range = new OsvEventRange(type, scheme, r.events());
            switch (type) {
                case "SEMVER" -> out.add(range);
                case "ECOSYSTEM" -> out.add(scheme != null ? range : new UnevaluableRange(range.describe(),
                        "no version order is known for OSV ecosystem " + ecosystem));
                case "GIT" -> sawGitRange = true;
                default -> out.add(new UnevaluableRange(range.describe(), "unknown OSV range type " + r.type()));
            }
        }
        if (versions != null && !versions.isEmpty()) {
            out.add(new ExactVersions(scheme, new LinkedHashSet<>(versions)));
        }
        if (out.isEmpty()) {
            out.add(sawGitRange
                    ? new UnevaluableRange("GIT commit range", "commit ranges need the repository and no versions are listed")
                    : new AllVersions("all versions (no ranges or versions given)"));
        }
        return List.copyOf(out);
    }
}
