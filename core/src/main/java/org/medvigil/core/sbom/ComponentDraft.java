package org.medvigil.core.sbom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A component while a reader collects its fields, before {@link InventoryBuilder} validates the
 * identifiers and freezes it into a {@link Component}. Mutable and short-lived by design: the
 * readers fill it field by field in document order.
 */
final class ComponentDraft {
    String bomRef;
    String type;
    String supplier;
    String manufacturer;
    /** CycloneDX keeps author and publisher apart; they stand in for a missing manufacturer. */
    String publisher;
    String author;
    String group;
    String name;
    String version;
    final List<String> purls = new ArrayList<>(1);
    final List<String> cpes = new ArrayList<>(1);
    final Map<String, String> hashes = new LinkedHashMap<>();
    final List<String> licenses = new ArrayList<>(1);
    final Map<String, String> properties = new LinkedHashMap<>();
    /** Set by formats with native support fields (SPDX); otherwise taken from properties. */
    String supportLevel;
    String endOfSupport;
    /** Nested components (CycloneDX), flattened with a parentRef when the draft is added. */
    final List<ComponentDraft> children = new ArrayList<>(0);

    void purl(String value) {
        String v = Text.clean(value);
        if (v != null) {
            purls.add(v);
        }
    }

    void cpe(String value) {
        String v = Text.clean(value);
        if (v != null) {
            cpes.add(v);
        }
    }

    void hash(String algorithm, String digest) {
        String alg = Text.clean(algorithm);
        String d = Text.clean(digest);
        if (alg != null && d != null) {
            hashes.putIfAbsent(HashAlgorithms.normalize(alg), d.toLowerCase(java.util.Locale.ROOT));
        }
    }

    void license(String value) {
        String v = Text.clean(value);
        if (v != null && !licenses.contains(v)) {
            licenses.add(v);
        }
    }

    void property(String name, String value) {
        String n = Text.clean(name);
        if (n != null) {
            properties.putIfAbsent(n, value == null ? "" : value);
        }
    }

    /** The manufacturer, else who published or authored it: the CycloneDX fallbacks, in that order. */
    String effectiveManufacturer() {
        if (manufacturer != null) {
            return manufacturer;
        }
        return publisher != null ? publisher : author;
    }

    /** How to name this component in a warning. */
    String label() {
        String n = name == null ? "(unnamed)" : name;
        return version == null ? n : n + " " + version;
    }
}
