package org.medvigil.core.match;

/** How a component was tied to an advisory. */
public enum MatchRule {
    /** Package identity: purl type, namespace and name (OSV, CSAF purl helpers). */
    PACKAGE("package"),
    /** A CPE applicability statement, compared per NISTIR 7696 (NVD, CSAF cpe helpers). */
    CPE("cpe"),
    /** Vendor and product name, as medical-device advisories name products. */
    PRODUCT_NAME("product-name");

    private final String label;

    MatchRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
