package org.medvigil.core.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.medvigil.core.advisory.PackageSelector;

/**
 * Compares vendor and product names the way medical-device advisories and hospital
 * inventories write them: case, punctuation and legal-form words ("Inc.", "GmbH") do not
 * count. A name matches exactly when the normalised words are equal, and loosely when one
 * name's words appear, in order, inside the other's ("Alaris" in "Alaris 8015 PC Unit");
 * loose matches are reported as uncertain.
 */
final class ProductNames {
    private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "corp", "corporation", "co",
            "company", "ltd", "limited", "llc", "gmbh", "ag", "sa", "s", "a", "nv", "bv", "plc", "kg", "se",
            "spa", "srl", "oy", "ab", "as", "kk", "pty", "the", "and", "of");

    private ProductNames() {
    }

    /** The words of a name, normalised (lowercase, punctuation folded). */
    static List<String> words(String name) {
        String n = PackageSelector.ByProductName.normalise(name);
        return n.isEmpty() ? List.of() : Arrays.asList(n.split(" "));
    }

    /** Vendor words without legal-form words. */
    static List<String> vendorWords(String vendor) {
        List<String> out = new ArrayList<>();
        for (String w : words(vendor)) {
            if (!LEGAL_FORMS.contains(w)) {
                out.add(w);
            }
        }
        return out.isEmpty() ? words(vendor) : out;
    }

    /** Vendors match when one's significant words appear in order in the other's. */
    static boolean vendorsMatch(String a, String b) {
        List<String> wa = vendorWords(a);
        List<String> wb = vendorWords(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        return wa.size() <= wb.size() ? containsRun(wb, wa) : containsRun(wa, wb);
    }

    enum Likeness { SAME, SIMILAR, DIFFERENT }

    /**
     * How alike two product names are. A leading vendor word ("BD Pyxis", "Baxter Spectrum IQ")
     * does not count: advisories and inventories differ in whether they repeat the vendor.
     */
    static Likeness productLikeness(String advisoryProduct, String componentName, String vendorA, String vendorB) {
        List<String> vendorWords = new ArrayList<>(vendorWords(vendorA));
        vendorWords.addAll(vendorWords(vendorB));
        List<String> a = withoutLeading(words(advisoryProduct), vendorWords);
        List<String> c = withoutLeading(words(componentName), vendorWords);
        if (a.isEmpty() || c.isEmpty()) {
            return Likeness.DIFFERENT;
        }
        if (a.equals(c)) {
            return Likeness.SAME;
        }
        boolean contained = a.size() <= c.size() ? containsRun(c, a) : containsRun(a, c);
        return contained ? Likeness.SIMILAR : Likeness.DIFFERENT;
    }

    private static List<String> withoutLeading(List<String> name, List<String> vendorWords) {
        int i = 0;
        while (i < name.size() - 1 && vendorWords.contains(name.get(i))) {
            i++;
        }
        return name.subList(i, name.size());
    }

    /** Whether {@code needle} occurs as a contiguous run of words in {@code haystack}. */
    private static boolean containsRun(List<String> haystack, List<String> needle) {
        outer:
        for (int i = 0; i + needle.size() <= haystack.size(); i++) {
            for (int j = 0; j < needle.size(); j++) {
                if (!haystack.get(i + j).equals(needle.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
