package org.medvigil.core.purl;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * What one purl type adds to the generic purl rules, as its type definition says: whether a
 * namespace is required or prohibited, which components are case-insensitive (lowercased in the
 * canonical form), required qualifiers, and rules that need code (pypi's underscores, git's
 * path-shaped name, ...). Immutable; built by the {@code with...} style methods in {@link PurlTypes}.
 *
 * @param identityName how the name is folded in {@link Purl#packageKey()} beyond the canonical
 *                     form, for ecosystems whose registry treats more spellings as one package
 */
record PurlType(String name, Requirement namespace, Set<Part> caseInsensitive, boolean pathName,
                Set<String> requiredQualifiers, List<TypeRule> rules, UnaryOperator<String> identityName) {

    enum Requirement { REQUIRED, OPTIONAL, PROHIBITED }

    enum Part { NAMESPACE, NAME, VERSION, SUBPATH }

    /** A normalisation or check that needs code; throws {@link InvalidPurlException} via the draft. */
    @FunctionalInterface
    interface TypeRule {
        void apply(PurlDraft draft);
    }

    PurlType {
        caseInsensitive = caseInsensitive.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(caseInsensitive));
        requiredQualifiers = Set.copyOf(requiredQualifiers);
        rules = List.copyOf(rules);
    }

    /** A type with only the generic rules: namespace optional, everything case-sensitive. */
    static PurlType named(String name) {
        return new PurlType(name, Requirement.OPTIONAL, Set.of(), false, Set.of(), List.of(), UnaryOperator.identity());
    }

    PurlType namespaceRequired() {
        return new PurlType(name, Requirement.REQUIRED, caseInsensitive, pathName, requiredQualifiers, rules, identityName);
    }

    PurlType noNamespace() {
        return new PurlType(name, Requirement.PROHIBITED, caseInsensitive, pathName, requiredQualifiers, rules, identityName);
    }

    PurlType lowercase(Part... parts) {
        Set<Part> set = caseInsensitive.isEmpty() ? EnumSet.noneOf(Part.class) : EnumSet.copyOf(caseInsensitive);
        set.addAll(List.of(parts));
        return new PurlType(name, namespace, set, pathName, requiredQualifiers, rules, identityName);
    }

    /** The namespace is the first segment only; all further segments belong to the name (git). */
    PurlType withPathName() {
        return new PurlType(name, namespace, caseInsensitive, true, requiredQualifiers, rules, identityName);
    }

    PurlType requireQualifier(String key) {
        Set<String> keys = new TreeSet<>(requiredQualifiers);
        keys.add(key);
        return new PurlType(name, namespace, caseInsensitive, pathName, keys, rules, identityName);
    }

    PurlType rule(TypeRule rule) {
        List<TypeRule> all = new ArrayList<>(rules);
        all.add(rule);
        return new PurlType(name, namespace, caseInsensitive, pathName, requiredQualifiers, all, identityName);
    }

    /** Characters a component must have, as the definition's {@code permitted_characters} regex (found anywhere, as ECMA-262 {@code test} does). */
    PurlType permitted(Part part, String regex) {
        Pattern pattern = Pattern.compile(regex);
        return rule(d -> {
            String value = part == Part.NAME ? d.name : part == Part.VERSION ? d.version
                    : part == Part.NAMESPACE ? d.namespace : d.subpath;
            if (value != null && !pattern.matcher(value).find()) {
                throw d.invalid(name + " " + part.name().toLowerCase(Locale.ROOT) + " " + Quoted.shortened(value)
                        + " does not match " + regex);
            }
        });
    }

    PurlType identity(UnaryOperator<String> fold) {
        return new PurlType(name, namespace, caseInsensitive, pathName, requiredQualifiers, rules, fold);
    }

    boolean isCaseInsensitive(Part part) {
        return caseInsensitive.contains(part);
    }

    /** Applies this type's normalisation to the draft, then checks it; the draft's type is already lowercase. */
    void normalise(PurlDraft d) {
        normaliseIdentity(d);
        for (String key : requiredQualifiers) {
            if (d.qualifier(key) == null) {
                throw d.invalid(name + " purls need the qualifier " + key);
            }
        }
    }

    /** {@link #normalise} without the required-qualifier check: enough for a package key. */
    void normaliseIdentity(PurlDraft d) {
        if (pathName && d.namespace != null) {
            int slash = d.namespace.indexOf('/');
            if (slash >= 0) {
                d.name = d.namespace.substring(slash + 1) + "/" + d.name;
                d.namespace = d.namespace.substring(0, slash);
            }
        }
        if (!caseInsensitive.isEmpty()) {
            d.namespace = lower(Part.NAMESPACE, d.namespace);
            d.name = lower(Part.NAME, d.name);
            d.version = lower(Part.VERSION, d.version);
            d.subpath = lower(Part.SUBPATH, d.subpath);
        }
        for (TypeRule rule : rules) {
            rule.apply(d);
        }
        if (namespace == Requirement.REQUIRED && d.namespace == null) {
            throw d.invalid(name + " purls need a namespace");
        }
        if (namespace == Requirement.PROHIBITED && d.namespace != null) {
            throw d.invalid(name + " purls have no namespace, found " + Quoted.shortened(d.namespace));
        }
        d.rules = this;
    }

    private String lower(Part part, String value) {
        return value != null && caseInsensitive.contains(part) ? value.toLowerCase(Locale.ROOT) : value;
    }
}
