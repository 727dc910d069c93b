package org.medvigil.core.match;

import java.util.List;
import org.medvigil.core.purl.Cpe;
import org.medvigil.core.purl.CpeMatch;
import org.medvigil.core.purl.CpeRelation;
import org.medvigil.core.version.Containment;

/**
 * Whether an advisory's CPE criteria cover a component CPE in every attribute but version,
 * per NISTIR 7696 name matching (source = criteria, target = component). Version is left to
 * the advisory's range. Part, vendor and product must be SUPERSET or EQUAL; for the other
 * attributes a component that leaves a value open (ANY) where the criteria name one (e.g. a
 * target platform) may or may not be affected: UNKNOWN, a match a person reviews.
 */
final class CpeApplicability {
    private static final int VERSION = 3;

    private CpeApplicability() {
    }

    static Containment covers(Cpe criteria, Cpe target) {
        List<CpeRelation> relations = CpeMatch.compareAll(criteria, target);
        Containment result = Containment.INSIDE;
        for (int a = 0; a < relations.size(); a++) {
            if (a == VERSION) {
                continue;
            }
            CpeRelation r = relations.get(a);
            if (r == CpeRelation.SUPERSET || r == CpeRelation.EQUAL) {
                continue;
            }
            if (r == CpeRelation.SUBSET && a > 2) {
                result = Containment.UNKNOWN;
                continue;
            }
            return Containment.OUTSIDE;
        }
        return result;
    }
}
