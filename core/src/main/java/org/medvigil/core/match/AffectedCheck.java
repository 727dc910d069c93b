package org.medvigil.core.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.medvigil.core.advisory.AffectedPackage;
import org.medvigil.core.version.Containment;
import org.medvigil.core.version.InvalidVersionException;
import org.medvigil.core.version.OsvEventRange;
import org.medvigil.core.version.TestedVersion;
import org.medvigil.core.version.Vers;
import org.medvigil.core.version.VersionRange;
import org.medvigil.core.version.VersionScheme;

/**
 * Evaluates one affected-package statement against one version: whether it is affected, by
 * which range, and which fixed versions lie above it.
 */
record AffectedCheck(Containment containment, VersionRange range, List<String> fixedVersions) {

    static AffectedCheck of(AffectedPackage affected, String version) {
        return of(affected, TestedVersion.of(version));
    }

    static AffectedCheck of(AffectedPackage affected, TestedVersion tested) {
        String version = tested.text();
        VersionRange unknown = null;
        for (VersionRange range : affected.ranges()) {
            Containment c = range.contains(tested);
            if (c == Containment.INSIDE) {
                return new AffectedCheck(c, range, fixesAbove(range, affected, version));
            }
            if (c == Containment.UNKNOWN && unknown == null) {
                unknown = range;
            }
        }
        if (unknown != null) {
            return new AffectedCheck(Containment.UNKNOWN, unknown, fixesAbove(unknown, affected, version));
        }
        return new AffectedCheck(Containment.OUTSIDE, null, List.of());
    }

    boolean applies() {
        return containment != Containment.OUTSIDE;
    }

    /** The range's fixes (and the statement's extra fixes) that are newer than {@code version}, when the scheme can tell. */
    private static List<String> fixesAbove(VersionRange range, AffectedPackage affected, String version) {
        Set<String> all = new LinkedHashSet<>(range.fixedVersions());
        all.addAll(affected.fixed());
        VersionScheme scheme = schemeOf(range);
        if (scheme == null) {
            return new ArrayList<>(all);
        }
        List<String> out = new ArrayList<>(all.size());
        for (String fix : all) {
            try {
                if (scheme.compare(fix, version) > 0) {
                    out.add(fix);
                }
            } catch (InvalidVersionException e) {
                out.add(fix);
            }
        }
        return out;
    }

    private static VersionScheme schemeOf(VersionRange range) {
        if (range instanceof OsvEventRange r) {
            return r.scheme();
        }
        if (range instanceof Vers v) {
            return v.versionScheme();
        }
        return null;
    }
}
