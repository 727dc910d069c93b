package org.medvigil.core.advisory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.medvigil.core.version.Containment;
import org.medvigil.core.version.VersionRange;

/**
 * One package or product an advisory affects, and which of its versions.
 *
 * @param selector which components this entry is about
 * @param ranges   affected versions; a version is affected when any range contains it
 * @param fixed    versions the source names as fixes beyond those in the ranges (CSAF "fixed"), may be empty
 * @param condition a platform or configuration the source ties the statement to, which matching
 *                  does not evaluate but a person should see (NVD "running on/with" AND
 *                  configurations, CSAF {@code installed_on} / {@code default_component_of}
 *                  relationships), or {@code null}
 */
public record AffectedPackage(PackageSelector selector, List<VersionRange> ranges, List<String> fixed,
                              String condition) {

    public AffectedPackage {
        ranges = List.copyOf(ranges);
        fixed = fixed == null ? List.of() : List.copyOf(fixed);
    }

    /** An entry without a condition. */
    public AffectedPackage(PackageSelector selector, List<VersionRange> ranges, List<String> fixed) {
        this(selector, ranges, fixed, null);
    }

    /** INSIDE if any range says so; else UNKNOWN if any range cannot tell; else OUTSIDE. */
    public Containment contains(String version) {
        Containment result = Containment.OUTSIDE;
        for (VersionRange r : ranges) {
            Containment c = r.contains(version);
            if (c == Containment.INSIDE) {
                return c;
            }
            if (c == Containment.UNKNOWN) {
                result = c;
            }
        }
        return result;
    }

    /** Every fixed version this entry names, in order, without repeats. */
    public List<String> fixedVersions() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        for (VersionRange r : ranges) {
            all.addAll(r.fixedVersions());
        }
        all.addAll(fixed);
        return new ArrayList<>(all);
    }
}
