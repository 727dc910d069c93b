package org.medvigil.core.advisory;

import java.util.Locale;
import org.medvigil.core.purl.Cpe;

/** How an advisory names what it affects: by package identity, by CPE, or by vendor and product name. */
public sealed interface PackageSelector {

    /**
     * A package named by purl type, namespace and name (OSV affected[].package, CSAF purl helpers).
     *
     * @param packageKey normalised {@code type/namespace/name} as {@link org.medvigil.core.purl.Purl#packageKey()} gives
     * @param ecosystem  the OSV ecosystem as written (e.g. {@code Debian:12}), or {@code null}
     */
    record ByPackage(String packageKey, String ecosystem) implements PackageSelector {
    }

    /** A CPE applicability statement (NVD cpeMatch, CSAF cpe helper); versions live in the ranges. */
    record ByCpe(Cpe cpe) implements PackageSelector {
    }

    /**
     * A product named only by vendor and product name, as medical-device advisories do
     * (CISA ICSMA): matched against components by normalised names.
     */
    record ByProductName(String vendor, String product) implements PackageSelector {
        /** Lowercase, punctuation folded to single spaces: how names are compared. */
        public static String normalise(String s) {
            if (s == null) {
                return "";
            }
            return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        }
    }
}
