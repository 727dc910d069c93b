package org.medvigil.core.purl;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Collections;

/**
 * A package URL (purl) as the purl specification (ECMA-427) defines it, normalised per type.
 * Immutable. {@code namespace}, {@code version} and {@code subpath} may be {@code null}.
 */
public record Purl(String type, String namespace, String name, String version,
                   SortedMap<String, String> qualifiers, String subpath) {

    public Purl {
        qualifiers = qualifiers == null ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(qualifiers));
    }

    /** Parses and normalises a purl string; throws {@link InvalidPurlException} with the reason. */
    public static Purl parse(String purl) {
        return PurlParser.parse(purl);
    }

    /** Builds a purl from its parts, normalised and validated as {@link #parse} would. */
    public static Purl of(String type, String namespace, String name, String version,
                          Map<String, String> qualifiers, String subpath) {
        return PurlParser.build(type, namespace, name, version, qualifiers, subpath);
    }

    /** The canonical string form. */
    public String canonical() {
        return PurlParser.canonical(this);
    }

    /**
     * The identity of the package regardless of version, qualifiers and subpath:
     * {@code type/namespace/name} (namespace omitted when absent), already normalised.
     * Advisory indexes are keyed by it.
     */
    public String packageKey() {
        return namespace == null || namespace.isEmpty()
                ? type + "/" + name
                : type + "/" + namespace + "/" + name;
    }

    public Purl withVersion(String newVersion) {
        return new Purl(type, namespace, name, newVersion, qualifiers, subpath);
    }

    @Override
    public String toString() {
        return canonical();
    }
}
