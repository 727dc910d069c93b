package org.medvigil.core.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.sbom.Component;
import org.medvigil.core.sbom.Inventory;

/**
 * Finds the vulnerabilities affecting components: asks each {@link ComponentMatcher} (the one
 * place they are registered) for candidate advisory statements, then merges candidates that
 * name the same vulnerability under different ids into one {@link Finding}. Thread-safe.
 */
public final class Matcher {
    private static final List<ComponentMatcher> MATCHERS = List.of(
            new PackageMatcher(),
            new CpeMatcher(),
            new ProductNameMatcher());

    /** When a vulnerability is matched through several records, which one speaks for the finding. */
    private static final Comparator<Candidate> PRIMARY = Comparator
            .comparing((Candidate c) -> !c.certain())
            .thenComparing(Candidate::rule)
            .thenComparing(c -> sourceRank(c.entry().advisory()))
            .thenComparing(c -> c.entry().advisory().id());

    private final AdvisoryIndex index;

    public Matcher(AdvisoryIndex index) {
        this.index = index;
    }

    public AdvisoryIndex index() {
        return index;
    }

    /** Findings for every component of an inventory, in component order. */
    public List<Finding> match(Inventory inventory) {
        List<Finding> findings = new ArrayList<>();
        for (Component c : inventory.components()) {
            findings.addAll(match(c));
        }
        return findings;
    }

    /** Findings for one component: one per vulnerability, whatever number of records name it. */
    public List<Finding> match(Component component) {
        List<Candidate> candidates = new ArrayList<>(4);
        for (ComponentMatcher m : MATCHERS) {
            m.match(component, index, candidates);
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<String, List<Candidate>> byVulnerability = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            byVulnerability.computeIfAbsent(index.groupOf(c.entry().advisory().id()), k -> new ArrayList<>(2)).add(c);
        }
        List<Finding> findings = new ArrayList<>(byVulnerability.size());
        for (List<Candidate> group : byVulnerability.values()) {
            findings.add(merge(component, group));
        }
        return findings;
    }

    private Finding merge(Component component, List<Candidate> group) {
        group.sort(PRIMARY);
        Candidate primary = group.get(0);
        Advisory advisory = primary.entry().advisory();
        Set<String> fixes = new LinkedHashSet<>();
        boolean certain = false;
        for (Candidate c : group) {
            fixes.addAll(c.fixedVersions());
            certain |= c.certain();
        }
        Set<String> aliases = new LinkedHashSet<>(index.groupMembers(advisory.id()));
        aliases.remove(advisory.id());
        String source = advisory.provenance() == null ? "unknown" : advisory.provenance().source();
        MatchEvidence evidence = new MatchEvidence(source, primary.rule(), primary.reason(), certain, List.copyOf(fixes));
        List<Advisory> records = new ArrayList<>();
        records.add(advisory);
        for (Advisory r : index.recordsOf(advisory.id())) {
            if (r != advisory) {
                records.add(r);
            }
        }
        return new Finding(component, advisory, List.copyOf(aliases), evidence, records);
    }

    /** OSV records first: they are written per package and carry exact ranges. */
    private static int sourceRank(Advisory a) {
        String s = a.provenance() == null ? "" : a.provenance().source();
        return switch (s) {
            case "osv" -> 0;
            case "csaf" -> 1;
            case "nvd" -> 2;
            default -> 3;
        };
    }
}
