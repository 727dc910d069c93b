package org.medvigil.core.match;

import java.util.Locale;
import org.medvigil.core.purl.Cpe;

/** Whether an advisory's CPE criteria cover a component CPE in every attribute but version. */
final class CpeApplicability {
    private CpeApplicability() {
    }

    static boolean appliesIgnoringVersion(Cpe criteria, Cpe target) {
        return covers(criteria.part(), target.part())
                && covers(criteria.vendor(), target.vendor())
                && covers(criteria.product(), target.product())
                && covers(criteria.update(), target.update())
                && covers(criteria.edition(), target.edition())
                && covers(criteria.language(), target.language())
                && covers(criteria.swEdition(), target.swEdition())
                && covers(criteria.targetSw(), target.targetSw())
                && covers(criteria.targetHw(), target.targetHw())
                && covers(criteria.other(), target.other());
    }

    private static boolean covers(String source, String target) {
        return source.equals(Cpe.ANY) || target.equals(Cpe.ANY)
                || source.toLowerCase(Locale.ROOT).equals(target.toLowerCase(Locale.ROOT));
    }
}
