package org.medvigil.app.findings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.medvigil.core.match.Finding;
import org.springframework.stereotype.Component;

/**
 * Brings the stored findings of a component version in a release in line with what matching
 * found now. A finding is the same finding while its vulnerability is (its primary id or any
 * alias overlaps), so it keeps its first-detected time (the T0 candidate) and its assessment
 * when a new SBOM revision or a newer advisory record arrives. A finding that no longer matches
 * is kept as not present, never deleted: its history is evidence.
 */
@Component
class FindingReconciler {
    private final FindingStore store;
    private final AssessmentRepository assessments;

    FindingReconciler(FindingStore store, AssessmentRepository assessments) {
        this.store = store;
        this.assessments = assessments;
    }

    /** Reconciles every component identity of a release; identities no longer in it lose their findings. */
    void reconcileRelease(long releaseId, Map<String, Long> componentIdByIdentity, Map<String, List<Finding>> matches,
                          Function<Finding, MatchRecord> record, Instant now, FindingChanges.Builder changes) {
        Map<String, List<StoredFinding>> existing = new LinkedHashMap<>();
        for (StoredFinding f : store.ofRelease(releaseId)) {
            existing.computeIfAbsent(f.componentIdentity(), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, Long> c : componentIdByIdentity.entrySet()) {
            reconcile(releaseId, c.getKey(), c.getValue(), matches.getOrDefault(c.getKey(), List.of()),
                    existing.getOrDefault(c.getKey(), List.of()), record, now, changes);
        }
        existing.forEach((identity, findings) -> {
            if (!componentIdByIdentity.containsKey(identity)) {
                goneUnlessKept(findings, Set.of(), changes);
            }
        });
    }

    /** Reconciles one component identity of a release with a full fresh match of it. */
    void reconcileComponent(long releaseId, String identity, long componentId, List<Finding> matches,
                            Function<Finding, MatchRecord> record, Instant now, FindingChanges.Builder changes) {
        reconcile(releaseId, identity, componentId, matches, store.ofComponent(releaseId, identity), record, now, changes);
    }

    private void reconcile(long releaseId, String identity, long componentId, List<Finding> matches,
                           List<StoredFinding> existing, Function<Finding, MatchRecord> record, Instant now,
                           FindingChanges.Builder changes) {
        Set<Long> kept = new HashSet<>();
        // Primary ids as they stand during this pass (a kept finding may have been renamed).
        Map<Long, String> primaryOf = new HashMap<>();
        existing.forEach(f -> primaryOf.put(f.id(), f.vulnerabilityId()));
        for (Finding match : distinctVulnerabilities(matches)) {
            MatchRecord m = record.apply(match);
            Set<String> ids = idsOf(m);
            StoredFinding same = sameVulnerability(existing, kept, primaryOf, m.vulnerabilityId(), ids);
            if (same != null) {
                kept.add(same.id());
                primaryOf.put(same.id(), m.vulnerabilityId());
                store.updateMatch(same.id(), componentId, m, now);
                if (same.present()) {
                    changes.matched++;
                } else {
                    changes.reopened.add(same.id());
                }
            } else {
                AssessmentRepository.Effective inherited = assessments.effective(identity, releaseId, ids).orElse(null);
                changes.created.add(store.insert(releaseId, componentId, identity, m, now, inherited));
            }
        }
        goneUnlessKept(existing, kept, changes);
    }

    private void goneUnlessKept(List<StoredFinding> existing, Set<Long> kept, FindingChanges.Builder changes) {
        for (StoredFinding f : existing) {
            if (f.present() && !kept.contains(f.id())) {
                store.markGone(f.id());
                changes.gone.add(f.id());
            }
        }
    }

    /**
     * The stored finding of the same vulnerability: the one whose primary id is the match's
     * primary id first, else any whose ids overlap. Matches are disjoint vulnerabilities, so
     * renaming the latter to the match's primary id cannot clash with the unique key: no other
     * finding of this component version holds that id.
     */
    private static StoredFinding sameVulnerability(List<StoredFinding> existing, Set<Long> kept,
                                                   Map<Long, String> primaryOf, String primary, Set<String> ids) {
        for (StoredFinding f : existing) {
            if (!kept.contains(f.id()) && primaryOf.get(f.id()).equals(primary)) {
                return f;
            }
        }
        for (StoredFinding f : existing) {
            if (!kept.contains(f.id()) && (ids.contains(primaryOf.get(f.id())) || !Collections.disjoint(f.aliases(), ids))) {
                return f;
            }
        }
        return null;
    }

    /** Components of one identity may match the same vulnerability twice: keep the first. */
    private static List<Finding> distinctVulnerabilities(List<Finding> matches) {
        List<Finding> distinct = new ArrayList<>(matches.size());
        List<Set<String>> seen = new ArrayList<>();
        for (Finding f : matches) {
            Set<String> ids = new HashSet<>(f.aliases());
            ids.add(f.vulnerabilityId());
            if (seen.stream().allMatch(s -> Collections.disjoint(s, ids))) {
                seen.add(ids);
                distinct.add(f);
            }
        }
        return distinct;
    }

    private static Set<String> idsOf(MatchRecord m) {
        Set<String> ids = new HashSet<>(m.aliases());
        ids.add(m.vulnerabilityId());
        return ids;
    }
}
