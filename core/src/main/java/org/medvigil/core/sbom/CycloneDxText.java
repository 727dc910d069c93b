package org.medvigil.core.sbom;

/** Text the CycloneDX JSON and XML readers build the same way. */
final class CycloneDxText {
    private CycloneDxText() {
    }

    /** "vendor name version", leaving out what is absent; null when there is no name. */
    static String tool(String vendor, String name, String version) {
        String n = Text.clean(name);
        if (n == null) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        String v = Text.clean(vendor);
        if (v != null) {
            s.append(v).append(' ');
        }
        s.append(n);
        String ver = Text.clean(version);
        if (ver != null) {
            s.append(' ').append(ver);
        }
        return s.toString();
    }
}
