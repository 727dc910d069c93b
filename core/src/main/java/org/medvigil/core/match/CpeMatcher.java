package org.medvigil.core.match;

import java.util.List;
import java.util.Locale;
import org.medvigil.core.advisory.PackageSelector;
import org.medvigil.core.purl.Cpe;
import org.medvigil.core.sbom.Component;
import org.medvigil.core.version.Containment;

/**
 * Matches a component's CPE names against advisories' CPE applicability statements (NVD
 * cpeMatch, CSAF cpe helpers). The advisory CPE (with its wildcards) must be a superset of, or
 * equal to, the component CPE in every attribute but version (see {@link CpeApplicability}); the version is then judged by
 * the advisory's range (versionStart/End) against the component CPE's version, or the
 * component's version when the CPE leaves it open.
 */
final class CpeMatcher implements ComponentMatcher {

    @Override
    public void match(Component component, AdvisoryIndex index, List<Candidate> out) {
        for (Cpe cpe : component.cpes()) {
            String version = concrete(cpe.version()) ? cpe.version() : component.version();
            if (version == null || version.isBlank()) {
                continue;
            }
            matchAll(cpe, version, index.byCpeProduct(cpe.productKey()), out);
            matchAll(cpe, version, index.cpeWildcards(), out);
        }
    }

    private static void matchAll(Cpe cpe, String version, List<IndexedEntry> entries, List<Candidate> out) {
        for (IndexedEntry entry : entries) {
            Cpe criteria = ((PackageSelector.ByCpe) entry.affected().selector()).cpe();
            Containment platform = CpeApplicability.covers(criteria, cpe);
            if (platform == Containment.OUTSIDE) {
                continue;
            }
            AffectedCheck check = AffectedCheck.of(entry.affected(), version);
            if (!check.applies()) {
                continue;
            }
            boolean certain = check.containment() == Containment.INSIDE && platform == Containment.INSIDE;
            String reason = cpe.toFormattedString() + " (version " + version + ")" + (certain ? " is in " : " may be in ")
                    + entry.advisory().id() + " criteria " + criteria.toFormattedString() + " "
                    + check.range().describe();
            out.add(new Candidate(entry, MatchRule.CPE, certain, reason, check.fixedVersions()));
        }
    }

    private static boolean concrete(String value) {
        return !value.equals(Cpe.ANY) && !value.equals(Cpe.NA) && !value.isEmpty()
                && !value.toLowerCase(Locale.ROOT).contains("*");
    }
}
