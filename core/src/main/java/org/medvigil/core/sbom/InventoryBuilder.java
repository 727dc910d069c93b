package org.medvigil.core.sbom;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.purl.Cpe;
import org.medvigil.core.purl.Purl;

/**
 * Collects what a reader finds and turns it into an {@link Inventory}: validates purls and CPEs
 * (an invalid one is dropped with a warning, never failing the document), gives components
 * without a document id a stable synthetic one, keeps ids unique, and records warnings up to a
 * bound so a hostile document cannot grow the list without limit.
 */
final class InventoryBuilder {
    static final int MAX_WARNINGS = 200;
    /**
     * Far above real SBOMs (the largest seen list tens of thousands), and a guard against tiny
     * entries ({@code {},} is three bytes) multiplying into far more memory than the file size.
     */
    static final int MAX_COMPONENTS = 1_000_000;
    static final int MAX_DEPENDENCIES = 10_000_000;
    static final String SYNTHETIC_PREFIX = "medvigil:";

    private final String source;
    private final List<Component> components = new ArrayList<>();
    private final Set<String> refs = new HashSet<>();
    private final Map<String, Set<String>> dependencies = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Integer> refCounters = new HashMap<>();
    private int droppedWarnings;
    private int edges;
    private int drafts;

    InventoryBuilder(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    void warn(String warning) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(warning);
        } else {
            droppedWarnings++;
        }
    }

    /** Adds a component and, depth first, its nested components with their parentRef. */
    Component add(ComponentDraft draft, String parentRef) {
        Component c = freeze(draft, parentRef);
        list(c);
        for (ComponentDraft child : draft.children) {
            add(child, c.bomRef());
        }
        return c;
    }

    /**
     * Freezes the document's subject (CycloneDX metadata.component) without listing it among the
     * components; its nested components are listed, as children of the subject.
     */
    Component subject(ComponentDraft draft) {
        Component c = freeze(draft, null);
        for (ComponentDraft child : draft.children) {
            add(child, c.bomRef());
        }
        return c;
    }

    /** Freezes a draft without listing it (SPDX packages are listed by the SPDX document itself). */
    Component freeze(ComponentDraft d, String parentRef) {
        String ref = uniqueRef(d);
        Purl purl = purl(d, ref);
        List<Cpe> cpes = cpes(d, ref);
        return new Component(ref, d.type, d.supplier, d.effectiveManufacturer(), d.group, d.name, d.version,
                purl, cpes, d.hashes, d.licenses, parentRef, SupportStatement.of(d), d.properties);
    }

    /** Lists an already frozen component. */
    void list(Component c) {
        if (components.size() >= MAX_COMPONENTS) {
            throw tooManyComponents(source);
        }
        components.add(c);
    }

    /** Counts a component as soon as a reader starts one, so nested drafts cannot pile up unbounded. */
    ComponentDraft newDraft() {
        if (++drafts > MAX_COMPONENTS) {
            throw tooManyComponents(source);
        }
        return new ComponentDraft();
    }

    static InvalidInputException tooManyComponents(String source) {
        return new InvalidInputException(source, "lists more than " + MAX_COMPONENTS + " components, over the limit for one SBOM");
    }

    /** Records that {@code from} depends directly on {@code to}. */
    void dependency(String from, String to) {
        if (dependencies.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to) && ++edges > MAX_DEPENDENCIES) {
            throw new InvalidInputException(source, "states more than " + MAX_DEPENDENCIES
                    + " dependencies, over the limit for one SBOM");
        }
    }

    /** Records {@code ref} in the graph even with no dependencies: CycloneDX says "none" that way. */
    void dependencyNode(String ref) {
        dependencies.computeIfAbsent(ref, k -> new LinkedHashSet<>());
    }

    Inventory build(String format, DocumentInfo document) {
        Map<String, Set<String>> graph = new HashMap<>(dependencies.size() * 2);
        dependencies.forEach((k, v) -> graph.put(k, Collections.unmodifiableSet(v)));
        List<String> w = warnings;
        if (droppedWarnings > 0) {
            w = new ArrayList<>(warnings);
            w.add(droppedWarnings + " more warnings not shown");
        }
        return new Inventory(source, format, document, components, graph, w);
    }

    /** Parses a document timestamp; a malformed one is a warning, not a failure. */
    Instant timestamp(String text) {
        String t = Text.clean(text);
        if (t == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(t.toUpperCase(Locale.ROOT)).toInstant();
        } catch (DateTimeParseException e) {
            try {
                // Some generators leave out the offset; UTC is the only reasonable reading.
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                warn("timestamp " + Text.quote(t) + " is not an ISO 8601 date-time; ignored");
                return null;
            }
        }
    }

    private String uniqueRef(ComponentDraft d) {
        String ref = Text.clean(d.bomRef);
        if (ref == null) {
            return fresh(SYNTHETIC_PREFIX + syntheticBase(d));
        }
        if (refs.add(ref)) {
            return ref;
        }
        String renamed = fresh(ref);
        warn("duplicate id " + Text.quote(ref) + " (" + d.label() + ") renamed to " + Text.quote(renamed));
        return renamed;
    }

    /** A synthetic id from what identifies the component, so it stays the same on every read. */
    private static String syntheticBase(ComponentDraft d) {
        if (!d.purls.isEmpty()) {
            return d.purls.get(0);
        }
        if (d.name == null) {
            return "component";
        }
        String n = d.group == null ? d.name : d.group + "/" + d.name;
        return d.version == null ? n : n + "@" + d.version;
    }

    private String fresh(String base) {
        if (refs.add(base)) {
            return base;
        }
        int n = refCounters.getOrDefault(base, 1);
        String candidate;
        do {
            n++;
            candidate = base + "#" + n;
        } while (!refs.add(candidate));
        refCounters.put(base, n);
        return candidate;
    }

    private Purl purl(ComponentDraft d, String ref) {
        Purl first = null;
        for (String s : d.purls) {
            try {
                Purl p = Purl.parse(s);
                if (first == null) {
                    first = p;
                } else if (!first.equals(p)) {
                    warn(where(d, ref) + ": more than one purl; " + Text.quote(s) + " ignored");
                }
            } catch (RuntimeException e) {
                // Whatever the purl parser throws, one bad identifier must not fail the document.
                warn(where(d, ref) + ": invalid purl " + Text.quote(s) + " dropped: " + reason(e));
            }
        }
        return first;
    }

    private List<Cpe> cpes(ComponentDraft d, String ref) {
        if (d.cpes.isEmpty()) {
            return List.of();
        }
        List<Cpe> out = new ArrayList<>(d.cpes.size());
        for (String s : d.cpes) {
            try {
                Cpe c = Cpe.parse(s);
                if (!out.contains(c)) {
                    out.add(c);
                }
            } catch (RuntimeException e) {
                warn(where(d, ref) + ": invalid CPE " + Text.quote(s) + " dropped: " + reason(e));
            }
        }
        return out;
    }

    private static String where(ComponentDraft d, String ref) {
        return "component " + Text.quote(d.label()) + " (" + ref + ")";
    }

    private static String reason(RuntimeException e) {
        String m = e instanceof InvalidInputException ie ? ie.oneLine() : e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
