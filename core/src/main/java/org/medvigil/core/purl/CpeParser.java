package org.medvigil.core.purl;

import org.medvigil.core.InvalidInputException;

/** PLACEHOLDER: formatted-string parsing only, without unbinding rules. */
final class CpeParser {
    private CpeParser() {
    }

    static Cpe parse(String s) {
        if (s == null || !s.startsWith("cpe:2.3:")) {
            throw new InvalidInputException("not a CPE 2.3 formatted string: " + s);
        }
        String[] f = s.substring(8).split("(?<!\\\\):", -1);
        if (f.length != 11) {
            throw new InvalidInputException("a CPE 2.3 name has 11 attributes, found " + f.length + ": " + s);
        }
        return new Cpe(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]);
    }
}
