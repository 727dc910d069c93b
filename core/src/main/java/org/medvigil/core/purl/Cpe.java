package org.medvigil.core.purl;

import java.util.List;

/**
 * A CPE 2.3 name (NISTIR 7695) as its eleven attributes, each kept in the formatted-string
 * form: {@code *} is ANY, {@code -} is NA, other values keep their backslash quoting, and an
 * unquoted {@code *} or {@code ?} at the start or end of a value is a wildcard. Every instance
 * is valid and canonical (a needless {@code \.}, {@code \-} or {@code \_} is dropped), whichever
 * way it was made; an invalid attribute throws {@link InvalidCpeException}.
 *
 * <p>Comparison of names and attributes per NISTIR 7696 is in {@link CpeMatch}.
 */
public record Cpe(String part, String vendor, String product, String version, String update,
                  String edition, String language, String swEdition, String targetSw,
                  String targetHw, String other) {

    public static final String ANY = "*";
    public static final String NA = "-";

    public Cpe {
        String[] v = {part, vendor, product, version, update, edition, language, swEdition, targetSw, targetHw, other};
        try {
            for (int a = 0; a < v.length; a++) {
                v[a] = CpeParser.checked(null, a, v[a]);
            }
        } catch (InvalidCpeException e) {
            throw new InvalidCpeException("cpe:2.3:" + String.join(":",
                    java.util.Arrays.stream(v).map(String::valueOf).toList()), e.reason());
        }
        part = v[0];
        vendor = v[1];
        product = v[2];
        version = v[3];
        update = v[4];
        edition = v[5];
        language = v[6];
        swEdition = v[7];
        targetSw = v[8];
        targetHw = v[9];
        other = v[10];
    }

    Cpe(String[] v) {
        this(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
    }

    /**
     * Parses a CPE 2.3 formatted string ({@code cpe:2.3:...}, eleven attributes) or a CPE 2.2 URI
     * ({@code cpe:/...}, up to seven components, the edition possibly packed as
     * {@code ~edition~sw_edition~target_sw~target_hw~other}); a URI is lowercased as its
     * unbinding prescribes.
     *
     * @throws InvalidCpeException with a one-line reason
     */
    public static Cpe parse(String cpe) {
        return CpeParser.parse(cpe);
    }

    /** The CPE 2.3 formatted-string binding. */
    public String toFormattedString() {
        return String.join(":", List.of("cpe", "2.3", part, vendor, product, version, update,
                edition, language, swEdition, targetSw, targetHw, other));
    }

    /**
     * The CPE 2.2 URI binding (NISTIR 7695 clause 6.1.2): ANY is empty, trailing empty components
     * are dropped, and the four attributes that 2.2 lacks are packed into the edition when any of
     * them is set.
     */
    public String toUri() {
        String[] v = values();
        StringBuilder b = new StringBuilder("cpe:/");
        for (int a = 0; a < 7; a++) {
            String bound;
            if (a == 5) {
                String ed = uri(v[5]);
                String sw = uri(v[7]);
                String tsw = uri(v[8]);
                String thw = uri(v[9]);
                String oth = uri(v[10]);
                bound = sw.isEmpty() && tsw.isEmpty() && thw.isEmpty() && oth.isEmpty() ? ed
                        : "~" + ed + "~" + sw + "~" + tsw + "~" + thw + "~" + oth;
            } else {
                bound = uri(v[a]);
            }
            b.append(bound).append(':');
        }
        int end = b.length();
        while (end > 5 && b.charAt(end - 1) == ':') {
            end--;
        }
        return b.substring(0, end);
    }

    /** {@code vendor:product}, lowercase: the key advisory indexes use for CPEs. */
    public String productKey() {
        return (vendor + ":" + product).toLowerCase(java.util.Locale.ROOT);
    }

    /** The eleven attribute values in specification order. */
    String[] values() {
        return new String[] {part, vendor, product, version, update, edition, language, swEdition, targetSw, targetHw, other};
    }

    private static String uri(String fs) {
        return CpeValue.toUri(CpeValue.toWfn(fs));
    }

    @Override
    public String toString() {
        return toFormattedString();
    }
}
