package org.medvigil.core.purl;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parses and builds purls. PLACEHOLDER implementation on packageurl-java: per-type rules and
 * the canonical colon encoding are still to come.
 */
final class PurlParser {
    private PurlParser() {
    }

    static Purl parse(String s) {
        if (s == null || s.isBlank()) {
            throw new InvalidPurlException("empty purl");
        }
        try {
            PackageURL p = new PackageURL(s.trim());
            return new Purl(p.getType(), p.getNamespace(), p.getName(), p.getVersion(),
                    p.getQualifiers() == null ? new TreeMap<>() : new TreeMap<>(p.getQualifiers()),
                    p.getSubpath());
        } catch (MalformedPackageURLException e) {
            throw new InvalidPurlException(e.getMessage());
        }
    }

    static Purl build(String type, String namespace, String name, String version,
                      Map<String, String> qualifiers, String subpath) {
        try {
            PackageURL p = new PackageURL(type, namespace, name, version,
                    qualifiers == null ? null : new TreeMap<>(qualifiers), subpath);
            return parse(p.canonicalize());
        } catch (MalformedPackageURLException e) {
            throw new InvalidPurlException(e.getMessage());
        }
    }

    static String canonical(Purl p) {
        try {
            return new PackageURL(p.type(), p.namespace(), p.name(), p.version(),
                    p.qualifiers().isEmpty() ? null : new TreeMap<>(p.qualifiers()), p.subpath())
                    .canonicalize().replace("%3A", ":");
        } catch (MalformedPackageURLException e) {
            throw new InvalidPurlException(e.getMessage());
        }
    }
}
