package org.medvigil.app.cases;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Builds the routine-update items (controlled risks, PM-11) of a product from its findings. */
@Component
class RoutineUpdates {
    private final CaseFindings findings;

    RoutineUpdates(CaseFindings findings) {
        this.findings = findings;
    }

    /** Every controlled risk of the product, most severe first. */
    List<RoutineUpdateItem> of(long productId) {
        List<CaseFinding> all = findings.ofProduct(productId);
        Map<String, List<CaseFinding>> groups = new LinkedHashMap<>();
        for (CaseFinding f : all) {
            if (f.controlled()) {
                groups.computeIfAbsent(f.componentIdentity() + "\n" + f.vulnerabilityId() + "\n" + f.assessmentId(),
                        k -> new ArrayList<>()).add(f);
            }
        }
        List<CaseFindings.ProductRelease> releases = findings.releases(productId);
        List<RoutineUpdateItem> items = new ArrayList<>();
        for (List<CaseFinding> group : groups.values()) {
            items.add(item(group, all, releases));
        }
        items.sort(Comparator.comparingInt((RoutineUpdateItem i) -> severityRank(i.severity()))
                .thenComparing(RoutineUpdateItem::vulnerabilityId).thenComparing(i -> i.component().name()));
        return items;
    }

    private static RoutineUpdateItem item(List<CaseFinding> group, List<CaseFinding> all,
                                          List<CaseFindings.ProductRelease> releases) {
        CaseFinding first = group.get(0);
        Set<String> ids = first.ids();
        return new RoutineUpdateItem(first.vulnerabilityId(), first.aliases(), first.summary(), first.severity(),
                new RoutineUpdateItem.Component(first.componentName(), first.componentVersion(), first.componentIdentity()),
                group.stream().map(f -> new RoutineUpdateItem.ReleaseFinding(f.releaseId(), f.releaseVersion(),
                        f.findingId(), f.state())).toList(),
                new RoutineUpdateItem.Assessment(first.assessmentId(), first.determination(), first.exploitability(),
                        first.harmSeverity(), first.rationale(), first.assessor(), first.assessedAt()),
                fixedIn(group, all, ids, releases),
                group.stream().map(CaseFinding::firstDetectedAt).min(Comparator.naturalOrder())
                        .map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC)).orElse(null));
    }

    /** Releases after the newest affected one whose SBOM carries no present finding of the vulnerability. */
    static List<String> fixedIn(List<CaseFinding> affected, List<CaseFinding> all, Set<String> ids,
                                List<CaseFindings.ProductRelease> releases) {
        Set<Long> affectedIds = new HashSet<>();
        affected.forEach(f -> affectedIds.add(f.releaseId()));
        Set<Long> carrying = new HashSet<>();
        all.stream().filter(f -> f.present() && !Collections.disjoint(f.ids(), ids)).forEach(f -> carrying.add(f.releaseId()));
        int newestAffected = -1;
        for (int i = 0; i < releases.size(); i++) {
            if (affectedIds.contains(releases.get(i).id())) {
                newestAffected = i;
            }
        }
        List<String> fixed = new ArrayList<>();
        for (int i = newestAffected + 1; i < releases.size(); i++) {
            CaseFindings.ProductRelease r = releases.get(i);
            if (r.described() && !carrying.contains(r.id())) {
                fixed.add(r.version());
            }
        }
        return fixed;
    }

    static int severityRank(String rating) {
        return switch (rating == null ? "" : rating) {
            case "critical" -> 0;
            case "high" -> 1;
            case "medium" -> 2;
            case "low" -> 3;
            default -> 4;
        };
    }
}
