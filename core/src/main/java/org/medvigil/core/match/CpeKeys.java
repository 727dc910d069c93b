package org.medvigil.core.match;

import org.medvigil.core.purl.Cpe;

/** How CPEs are keyed in the index. */
final class CpeKeys {
    private CpeKeys() {
    }

    /** A CPE whose vendor or product is not a plain value cannot be looked up by {@code vendor:product}. */
    static boolean isWildcard(Cpe cpe) {
        return hasWildcard(cpe.vendor()) || hasWildcard(cpe.product());
    }

    private static boolean hasWildcard(String value) {
        if (value.equals(Cpe.ANY) || value.equals(Cpe.NA)) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?') {
                return true;
            }
        }
        return false;
    }
}
