package org.medvigil.core.match;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.medvigil.core.advisory.PackageSelector;
import org.medvigil.core.sbom.Component;
import org.medvigil.core.version.Containment;

/**
 * Matches advisories that name products only by vendor and product name (CISA ICSMA and
 * vendor CSAF for medical devices) against components of any type: a hospital's inventory of
 * devices, a device maker's SBOM of commercial components. The vendor must match (legal forms
 * ignored); the product name must be the same words (certain, if the version statement could
 * be evaluated) or contain the other's words (uncertain: a person reviews it).
 */
final class ProductNameMatcher implements ComponentMatcher {

    @Override
    public void match(Component component, AdvisoryIndex index, List<Candidate> out) {
        String vendor = component.vendor();
        String name = component.name();
        if (vendor == null || name == null) {
            return;
        }
        Set<IndexedEntry> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String word : ProductNames.vendorWords(vendor)) {
            for (IndexedEntry entry : index.byVendorWord(word)) {
                if (seen.add(entry)) {
                    matchEntry(component, vendor, name, entry, out);
                }
            }
        }
    }

    private static void matchEntry(Component component, String vendor, String name, IndexedEntry entry,
                                   List<Candidate> out) {
        PackageSelector.ByProductName selector = (PackageSelector.ByProductName) entry.affected().selector();
        if (!ProductNames.vendorsMatch(selector.vendor(), vendor)) {
            return;
        }
        ProductNames.Likeness likeness = ProductNames.productLikeness(selector.product(), name, selector.vendor(), vendor);
        if (likeness == ProductNames.Likeness.DIFFERENT) {
            return;
        }
        String version = component.version();
        AffectedCheck check;
        if (version == null || version.isBlank()) {
            check = new AffectedCheck(Containment.UNKNOWN, entry.affected().ranges().isEmpty()
                    ? null : entry.affected().ranges().get(0), entry.affected().fixed());
        } else {
            check = AffectedCheck.of(entry.affected(), version);
        }
        if (!check.applies()) {
            return;
        }
        boolean certain = likeness == ProductNames.Likeness.SAME && check.containment() == Containment.INSIDE;
        String what = vendor + " " + name + (version == null ? " (no version)" : " " + version);
        String rangeText = check.range() == null ? "all versions" : check.range().describe();
        String reason = what + (likeness == ProductNames.Likeness.SAME ? " is " : " resembles ")
                + selector.vendor() + " " + selector.product() + " named by " + entry.advisory().id()
                + ", versions " + rangeText
                + (check.containment() == Containment.UNKNOWN ? " (version statement needs review)" : "");
        out.add(new Candidate(entry, MatchRule.PRODUCT_NAME, certain, reason, check.fixedVersions()));
    }
}
