package org.medvigil.core.purl;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A package URL (purl) as the purl specification (ECMA-427) defines it, normalised per type:
 * the type is lowercase, components its type definition declares case-insensitive are
 * lowercased, pypi names use '-' for '_', empty qualifier values and '.'/'..' subpath segments
 * are dropped, and so on (see {@code docs/package-identity.md}). Every instance is valid and
 * normalised, whichever factory made it, so two purls of the same package version are
 * {@link #equals equal} and share one {@link #canonical()} string.
 *
 * <p>Immutable and thread-safe. {@code namespace}, {@code version} and {@code subpath} may be
 * {@code null}; namespace and subpath segments are joined with '/'; all values are decoded.
 *
 * <p>A final class rather than a record so that {@link #packageKey()} is computed once and the
 * canonical string at most once.
 */
public final class Purl {
    private final String type;
    private final String namespace;
    private final String name;
    private final String version;
    private final SortedMap<String, String> qualifiers;
    private final String subpath;
    private final String packageKey;
    private final PurlType rules;
    /** Computed on first use; a race computes the same string twice, which is harmless. */
    private String canonical;

    /**
     * Builds a purl from decoded components, normalised and validated as {@link #of} does.
     *
     * @throws InvalidPurlException when the components do not make a valid purl
     */
    public Purl(String type, String namespace, String name, String version,
                SortedMap<String, String> qualifiers, String subpath) {
        this(PurlParser.build(type, namespace, name, version, qualifiers, subpath));
    }

    private Purl(PurlDraft d) {
        this.type = d.type;
        this.namespace = d.namespace;
        this.name = d.name;
        this.version = d.version;
        this.qualifiers = d.qualifiers == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(d.qualifiers);
        this.subpath = d.subpath;
        this.rules = d.rules;
        this.packageKey = key(rules, namespace, name);
    }

    /**
     * Parses a purl string as a conforming ECMA-427 parser: normalises what the spec normalises
     * (type case, per-type case folding, leading slashes, percent-encoding, empty qualifiers,
     * '.' and '..' subpath segments) and rejects everything the spec or the type definition
     * forbids, including upper-case qualifier keys.
     *
     * @throws InvalidPurlException with a one-line reason
     */
    public static Purl parse(String purl) {
        return new Purl(PurlParser.parse(purl, false));
    }

    /**
     * Parses like {@link #parse} but repairs the common mistakes the purl test suite's
     * "recommended" group repairs instead of rejecting them: upper-case qualifier keys are
     * lowercased, a qualifier without '=' is dropped, slashes after the name are ignored
     * ({@code pkg:maven/g/a/@1}), and an unencoded npm scope without a version
     * ({@code pkg:npm/@angular/core}) is read as a scope. For data from the wild.
     *
     * @throws InvalidPurlException with a one-line reason
     */
    public static Purl parseLenient(String purl) {
        return new Purl(PurlParser.parse(purl, true));
    }

    /**
     * Builds a purl from decoded components, normalised and validated as {@link #parse} would
     * (qualifier keys are lowercased, as the spec's build procedure says).
     *
     * @throws InvalidPurlException when the components do not make a valid purl
     */
    public static Purl of(String type, String namespace, String name, String version,
                          Map<String, String> qualifiers, String subpath) {
        return new Purl(PurlParser.build(type, namespace, name, version, qualifiers, subpath));
    }

    /**
     * The {@link #packageKey()} a purl with these components would have, without needing its
     * version or the qualifiers some types require (julia's uuid, swid's tag_id): for advisory
     * readers that know only an ecosystem's package name.
     *
     * @throws InvalidPurlException when the components are not valid for the type
     */
    public static String keyOf(String type, String namespace, String name) {
        PurlDraft d = PurlParser.identity(type, namespace, name);
        return key(d.rules, d.namespace, d.name);
    }

    public String type() {
        return type;
    }

    public String namespace() {
        return namespace;
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    /** Decoded qualifier values by lowercase key, sorted; never {@code null}. */
    public SortedMap<String, String> qualifiers() {
        return qualifiers;
    }

    public String subpath() {
        return subpath;
    }

    /** The canonical string form (ECMA-427): the same for every spelling of the same purl. */
    public String canonical() {
        String c = canonical;
        if (c == null) {
            c = PurlParser.canonical(this, rules);
            canonical = c;
        }
        return c;
    }

    /**
     * The identity of the package regardless of version, qualifiers and subpath:
     * {@code type/namespace/name} (namespace omitted when absent), decoded and normalised, so
     * that a purl from an SBOM and one from an advisory for the same package give the same
     * string ({@code npm/@angular/core}, {@code maven/org.apache.commons/commons-lang3}).
     * Where the registry treats more spellings as one package than the canonical purl does,
     * the key folds them too: pypi names per PEP 503 ({@code zope.interface} and
     * {@code zope-interface} are one package) and nuget names case-insensitively.
     * Advisory indexes are keyed by it.
     */
    public String packageKey() {
        return packageKey;
    }

    /** This purl with another version (normalised for the type), or without one when {@code null}. */
    public Purl withVersion(String newVersion) {
        PurlDraft d = new PurlDraft(canonical());
        d.type = type;
        d.namespace = namespace;
        d.name = name;
        d.version = newVersion == null || newVersion.isEmpty() ? null : newVersion;
        d.qualifiers = qualifiers.isEmpty() ? null : new TreeMap<>(qualifiers);
        d.subpath = subpath;
        rules.normalise(d);
        return new Purl(d);
    }

    /** Whether the type is one of the purl-spec's registered types (others get only the generic rules). */
    public boolean isRegisteredType() {
        return PurlTypes.isRegistered(type);
    }

    private static String key(PurlType rules, String namespace, String name) {
        String keyName = rules.identityName().apply(name);
        if (!rules.pathName() && keyName.indexOf('/') >= 0) {
            // keep the key unambiguous: a '/' inside a name is not a namespace separator
            keyName = keyName.replace("/", "%2F");
        }
        return namespace == null ? rules.name() + "/" + keyName : rules.name() + "/" + namespace + "/" + keyName;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Purl p
                && type.equals(p.type) && Objects.equals(namespace, p.namespace) && name.equals(p.name)
                && Objects.equals(version, p.version) && qualifiers.equals(p.qualifiers)
                && Objects.equals(subpath, p.subpath);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, namespace, name, version, qualifiers, subpath);
    }

    @Override
    public String toString() {
        return canonical();
    }
}
