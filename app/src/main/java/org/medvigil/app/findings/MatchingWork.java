package org.medvigil.app.findings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.report.FindingSeverity;
import org.medvigil.core.report.SeverityOf;
import org.medvigil.core.match.AdvisoryIndex;
import org.medvigil.core.match.Finding;
import org.medvigil.core.match.Matcher;
import org.medvigil.core.match.Portfolio;
import org.medvigil.core.sbom.Inventory;

/**
 * One transaction's changes to the matching state: starts from a snapshot, copies what it
 * changes, reconciles findings in the database as it goes, and yields the next snapshot.
 */
final class MatchingWork implements MatchingUpdate {
    private final MatchingSnapshot base;
    private final FindingReconciler reconciler;
    private final Instant now;
    private Map<String, Advisory> advisories;
    private Map<String, List<Advisory>> byId;
    private AdvisoryIndex index;
    private Map<Long, ReleaseInventory> releases;
    private MatchingSnapshot current;
    /** Everything this work changed, over all its steps. */
    private final FindingChanges.Builder all = new FindingChanges.Builder();
    private final List<Long> appeared = new ArrayList<>();

    MatchingWork(MatchingSnapshot base, FindingReconciler reconciler, Clock clock) {
        this.base = base;
        this.reconciler = reconciler;
        this.now = Instant.now(clock);
        this.advisories = base.advisories();
        this.byId = base.byId();
        this.index = base.index();
        this.releases = base.releases();
        this.current = base;
    }

    @Override
    public FindingChanges releaseInventoryReplaced(long releaseId, Inventory inventory, List<Long> componentIds) {
        ReleaseInventory release = new ReleaseInventory(releaseId, inventory, componentIds);
        Map<Long, ReleaseInventory> copy = new LinkedHashMap<>(releases);
        copy.put(releaseId, release);
        releases = copy;
        current = null;

        Matcher matcher = new Matcher(index);
        Map<String, Long> representative = new LinkedHashMap<>();
        Map<String, List<Finding>> matches = new HashMap<>();
        release.byIdentity().forEach((identity, stored) -> {
            representative.put(identity, stored.get(0).id());
            List<Finding> found = new ArrayList<>();
            for (StoredComponent c : stored) {
                found.addAll(matcher.match(c.component()));
            }
            matches.put(identity, found);
        });
        FindingChanges.Builder changes = new FindingChanges.Builder();
        reconciler.reconcileRelease(releaseId, representative, matches, this::record, now, changes);
        return appeared(collected(changes.build()));
    }

    @Override
    public FindingChanges advisoriesImported(Collection<Advisory> imported) {
        Portfolio portfolio = snapshot().portfolio();
        Map<Inventory, ReleaseInventory> byInventory = snapshot().byInventory();
        Map<String, Advisory> copy = new HashMap<>(advisories);
        // (release, identity) pairs the new records name, or the records they replace named.
        Set<Map.Entry<Long, String>> touched = new LinkedHashSet<>();
        for (Advisory a : imported) {
            Advisory previous = copy.put(MatchingSnapshot.key(a), a);
            for (Advisory x : previous == null ? List.of(a) : List.of(previous, a)) {
                for (Portfolio.PlacedFinding pf : portfolio.match(x)) {
                    ReleaseInventory release = byInventory.get(pf.inventory());
                    touched.add(Map.entry(release.releaseId(), release.stored(pf.finding().component()).identity()));
                }
            }
        }
        advisories = copy;
        byId = MatchingSnapshot.byId(copy.values());
        index = AdvisoryIndex.of(copy.values());
        current = null;

        Matcher matcher = new Matcher(index);
        FindingChanges.Builder changes = new FindingChanges.Builder();
        for (Map.Entry<Long, String> t : touched) {
            List<StoredComponent> stored = releases.get(t.getKey()).withIdentity(t.getValue());
            List<Finding> found = new ArrayList<>();
            for (StoredComponent c : stored) {
                found.addAll(matcher.match(c.component()));
            }
            reconciler.reconcileComponent(t.getKey(), t.getValue(), stored.get(0).id(), found, this::record, now, changes);
        }
        return appeared(collected(changes.build()));
    }

    /** Everything this work changed so far. */
    FindingChanges changes() {
        return all.build();
    }

    private FindingChanges collected(FindingChanges c) {
        all.created.addAll(c.created());
        all.reopened.addAll(c.reopened());
        all.gone.addAll(c.gone());
        all.matched += c.matched();
        return c;
    }

    /** Findings created or reopened by this work so far: they carry whatever assessment they inherited. */
    List<Long> appeared() {
        return List.copyOf(appeared);
    }

    private FindingChanges appeared(FindingChanges changes) {
        appeared.addAll(changes.created());
        appeared.addAll(changes.reopened());
        return changes;
    }

    /** The state after this work, under the next generation. */
    MatchingSnapshot result() {
        MatchingSnapshot s = snapshot();
        return new MatchingSnapshot(base.generation() + 1, s.advisories(), s.byId(), s.index(), s.releases(),
                s.portfolio(), s.byInventory());
    }

    private MatchingSnapshot snapshot() {
        if (current == null) {
            current = MatchingSnapshot.withReleases(base.generation(), advisories, byId, index, releases);
        }
        return current;
    }

    /** What is stored for a match: the primary record's words, severity from every record of the vulnerability. */
    private MatchRecord record(Finding f) {
        List<Advisory> records = new ArrayList<>();
        records.add(f.advisory());
        for (String alias : f.aliases()) {
            records.addAll(byId.getOrDefault(alias, List.of()));
        }
        FindingSeverity severity = SeverityOf.records(records);
        String summary = records.stream().map(MatchingWork::summaryOf).filter(x -> x != null).findFirst().orElse(null);
        return new MatchRecord(f.vulnerabilityId(), f.aliases(), summary, f.evidence().source(),
                f.evidence().rule().label(), f.evidence().reason(), f.evidence().certain(),
                f.evidence().fixedVersions(), severity.rating(), severity.cvss());
    }

    /** The record's summary, else the first line of its details, shortened. */
    private static String summaryOf(Advisory a) {
        String s = a.summary() != null && !a.summary().isBlank() ? a.summary() : a.details();
        if (s == null || s.isBlank()) {
            return null;
        }
        s = s.strip();
        int nl = s.indexOf('\n');
        s = nl < 0 ? s : s.substring(0, nl);
        return s.length() <= 300 ? s : s.substring(0, 297) + "...";
    }
}
