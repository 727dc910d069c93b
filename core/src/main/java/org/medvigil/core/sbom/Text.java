package org.medvigil.core.sbom;

/** Normalisation of the free text SBOMs carry. */
final class Text {
    private Text() {
    }

    /** Trimmed text, or {@code null} when absent or blank: documents use "" where they mean "not stated". */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** Like {@link #clean} but SPDX's NOASSERTION and NONE also mean "not stated". */
    static String spdxValue(String s) {
        String t = clean(s);
        if (t == null || t.equals("NOASSERTION") || t.equals("NONE")) {
            return null;
        }
        return t;
    }

    /** Shortens text quoted in a one-line message. */
    static String quote(String s) {
        String t = s.length() > 120 ? s.substring(0, 117) + "..." : s;
        return '"' + t.replaceAll("[\\r\\n\\t]+", " ") + '"';
    }
}
