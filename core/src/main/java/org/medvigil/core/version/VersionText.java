package org.medvigil.core.version;

/** Common guards and error messages for version strings read by our schemes. */
final class VersionText {
    /** Longest version accepted (node-semver's limit); longer input is hostile or garbage. */
    static final int MAX_LENGTH = 256;

    private VersionText() {
    }

    /** Rejects null, empty and over-long input before a scheme looks at it. */
    static String checked(String scheme, String version) {
        if (version == null) {
            throw new InvalidVersionException("no " + scheme + " version given");
        }
        if (version.isEmpty()) {
            throw new InvalidVersionException("empty " + scheme + " version");
        }
        if (version.length() > MAX_LENGTH) {
            throw new InvalidVersionException(scheme + " version longer than " + MAX_LENGTH + " characters: "
                    + quoted(version));
        }
        return version;
    }

    /** An exception saying that {@code version} is not valid in {@code scheme}, and why. */
    static InvalidVersionException invalid(String scheme, String version, String why) {
        return new InvalidVersionException("not a valid " + scheme + " version: " + quoted(version) + " (" + why + ")");
    }

    /** The version in quotes, shortened and with control characters escaped so it stays one line. */
    static String quoted(String version) {
        String s = version.length() > 80 ? version.substring(0, 77) + "..." : version;
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
