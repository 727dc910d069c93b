package org.medvigil.core.match;

import java.util.List;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.sbom.Component;

/**
 * One vulnerability on one component: the product of matching. When several advisories
 * describe the same vulnerability (aliases: a GHSA and its CVE), they yield one finding whose
 * {@link #advisory()} is the primary record and whose {@link #aliases()} name them all.
 *
 * @param component the affected component
 * @param advisory  the primary advisory (the one whose match is most certain)
 * @param aliases   every other id the vulnerability is known by, sorted, without the primary id
 * @param evidence  why it matched
 * @param records   every record of this vulnerability the advisories hold, primary first (for
 *                  severity and references that only an alias record carries)
 */
public record Finding(Component component, Advisory advisory, List<String> aliases, MatchEvidence evidence,
                      List<Advisory> records) {

    public Finding {
        aliases = List.copyOf(aliases);
        records = List.copyOf(records);
    }

    /** The vulnerability's id as reported: the primary advisory's id. */
    public String vulnerabilityId() {
        return advisory.id();
    }
}
