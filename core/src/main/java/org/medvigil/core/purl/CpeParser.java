package org.medvigil.core.purl;

import java.util.regex.Pattern;

/**
 * Unbinds CPE names (NISTIR 7695 clause 6): the 2.3 formatted string ({@code cpe:2.3:...},
 * clause 6.2.3) and the 2.2 URI ({@code cpe:/...}, clause 6.1.3, with the packed {@code ~}
 * edition of 2.3-era URIs). Hand-rolled: no CPE library is among the project's dependencies,
 * and the rules are a few small scanners. The NIST reference code is not used verbatim either,
 * since it mis-decodes {@code %3a} and miscounts escapes.
 */
final class CpeParser {
    /** Longer input is rejected; real CPE names are a few hundred characters at most. */
    static final int MAX_LENGTH = 4096;
    static final String[] ATTRIBUTES = {"part", "vendor", "product", "version", "update", "edition",
            "language", "sw_edition", "target_sw", "target_hw", "other"};
    /** RFC 5646 language tag as the CPE 2.3 dictionary schema restricts it (language, region). */
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-([a-zA-Z]{2}|[0-9]{3}))?");

    private CpeParser() {
    }

    static Cpe parse(String input) {
        if (input == null) {
            throw new InvalidCpeException(null, "missing");
        }
        if (input.length() > MAX_LENGTH) {
            throw new InvalidCpeException(input, "longer than " + MAX_LENGTH + " characters");
        }
        String s = input.trim();
        if (s.regionMatches(true, 0, "cpe:2.3:", 0, 8)) {
            return new Cpe(formattedString(input, s));
        }
        if (s.regionMatches(true, 0, "cpe:/", 0, 5)) {
            return new Cpe(uri(input, s));
        }
        throw new InvalidCpeException(input, "neither a CPE 2.3 formatted string (cpe:2.3:...) nor a CPE 2.2 URI (cpe:/...)");
    }

    /** The eleven canonical FS values of a formatted string. */
    private static String[] formattedString(String input, String s) {
        String[] values = new String[11];
        int count = 0;
        int start = 8;
        for (int i = start; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ':';
            if (c == '\\') {
                i++;
            } else if (c == ':') {
                if (count == 11) {
                    throw new InvalidCpeException(input, "has more than 11 attributes after \"cpe:2.3:\"");
                }
                values[count++] = s.substring(start, Math.min(i, s.length()));
                start = i + 1;
            }
        }
        if (count != 11) {
            throw new InvalidCpeException(input, "has " + count + " attributes after \"cpe:2.3:\", a CPE 2.3 name has 11");
        }
        for (int a = 0; a < 11; a++) {
            values[a] = checked(input, a, values[a]);
        }
        return values;
    }

    /** The eleven canonical FS values of a URI: up to seven components, edition possibly packed. */
    private static String[] uri(String input, String s) {
        String[] components = s.substring(5).split(":", -1);
        if (components.length > 7) {
            throw new InvalidCpeException(input, "has " + components.length + " components, a CPE URI has at most 7");
        }
        String[] wfn = new String[11];
        java.util.Arrays.fill(wfn, CpeValue.ANY);
        try {
            for (int i = 0; i < components.length; i++) {
                String c = components[i];
                if (i == 5 && c.startsWith("~")) {
                    String[] packed = c.substring(1).split("~", -1);
                    if (packed.length != 5) {
                        throw new InvalidCpeException(input, "the packed edition " + Quoted.shortened(c)
                                + " needs five fields (~edition~sw_edition~target_sw~target_hw~other)");
                    }
                    wfn[5] = CpeValue.fromUri(packed[0]);
                    wfn[7] = CpeValue.fromUri(packed[1]);
                    wfn[8] = CpeValue.fromUri(packed[2]);
                    wfn[9] = CpeValue.fromUri(packed[3]);
                    wfn[10] = CpeValue.fromUri(packed[4]);
                } else {
                    wfn[i] = CpeValue.fromUri(c);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidCpeException(input, e.getMessage());
        }
        String[] values = new String[11];
        for (int a = 0; a < 11; a++) {
            values[a] = checked(input, a, CpeValue.fromWfn(wfn[a]));
        }
        return values;
    }

    /** A canonical FS value for attribute {@code a}, or an {@link InvalidCpeException} naming it. */
    static String checked(String input, int a, String value) {
        String canonical;
        try {
            canonical = CpeValue.canonical(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidCpeException(input, ATTRIBUTES[a] + " " + Quoted.shortened(value) + " " + e.getMessage());
        }
        if (a == 0 && !(canonical.equals("a") || canonical.equals("o") || canonical.equals("h")
                || canonical.equals(CpeValue.ANY) || canonical.equals(CpeValue.NA))) {
            throw new InvalidCpeException(input, "part " + Quoted.shortened(value) + " is not a, o or h");
        }
        if (a == 6 && !canonical.equals(CpeValue.ANY) && !canonical.equals(CpeValue.NA)
                && !LANGUAGE.matcher(canonical).matches()) {
            throw new InvalidCpeException(input, "language " + Quoted.shortened(value)
                    + " is not a language tag such as en or en-us");
        }
        return canonical;
    }
}
