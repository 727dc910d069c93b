package org.medvigil.app.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.medvigil.core.advisory.PackageSelector;
import org.medvigil.core.sbom.Component;

/**
 * What makes two components "the same component version" across releases, so a finding and
 * its assessment follow it: the purl's package key and version ({@code pkg:maven/org.x/y@1.2}),
 * else vendor, name and version ({@code name:examplar medical/volara firmware@3.2.0}), names
 * normalised as advisories' product names are. Qualifiers and paths are left out on purpose: the
 * same library version built into two releases is one thing to assess (Dependency-Track #2183).
 */
public final class ComponentIdentity {
    /** Longer identities are stored as their SHA-256, so they fit an index. */
    static final int MAX_LENGTH = 500;

    private ComponentIdentity() {
    }

    public static String of(Component c) {
        String identity;
        if (c.purl() != null) {
            String version = c.purl().version() != null ? c.purl().version() : c.version();
            identity = "pkg:" + c.purl().packageKey() + "@" + (version == null ? "" : version);
        } else {
            identity = "name:" + PackageSelector.ByProductName.normalise(c.vendor()) + "/"
                    + PackageSelector.ByProductName.normalise(c.name()) + "@"
                    + (c.version() == null ? "" : c.version().trim().toLowerCase(Locale.ROOT));
        }
        return identity.length() <= MAX_LENGTH ? identity : "sha256:" + sha256(identity);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
