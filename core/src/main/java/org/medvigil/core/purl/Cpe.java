package org.medvigil.core.purl;

import java.util.List;

/**
 * A CPE 2.3 name (NISTIR 7695) as its eleven attributes, each kept in the formatted-string
 * form: {@code *} is ANY, {@code -} is NA, other values keep their backslash quoting.
 */
public record Cpe(String part, String vendor, String product, String version, String update,
                  String edition, String language, String swEdition, String targetSw,
                  String targetHw, String other) {

    public static final String ANY = "*";
    public static final String NA = "-";

    /** Parses a CPE 2.3 formatted string ({@code cpe:2.3:...}) or a CPE 2.2 URI ({@code cpe:/...}). */
    public static Cpe parse(String cpe) {
        return CpeParser.parse(cpe);
    }

    /** The CPE 2.3 formatted-string binding. */
    public String toFormattedString() {
        return String.join(":", List.of("cpe", "2.3", part, vendor, product, version, update,
                edition, language, swEdition, targetSw, targetHw, other));
    }

    /** {@code vendor:product}, lowercase: the key advisory indexes use for CPEs. */
    public String productKey() {
        return (vendor + ":" + product).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return toFormattedString();
    }
}
