package org.medvigil.app.feeds;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.medvigil.app.audit.AuditLog;
import org.medvigil.app.findings.FindingChanges;
import org.medvigil.app.findings.IncrementalMatching;
import org.medvigil.core.advisory.Advisory;
import org.springframework.stereotype.Component;

/**
 * Stores a batch of fetched documents with their provenance, makes their records current and
 * re-matches only the components they touch, in one transaction with one audit entry: a batch
 * commits whole or not at all, and a failed batch leaves what was stored before untouched.
 * Feeds send batches (a zip is read entry by entry, never whole), so a large feed never sits in
 * memory at once.
 */
@Component
class AdvisoryIngest {
    private final AdvisoryRepository repository;
    private final FeedItems items;
    private final IncrementalMatching matching;
    private final AuditLog audit;
    private final Clock clock;

    AdvisoryIngest(AdvisoryRepository repository, FeedItems items, IncrementalMatching matching, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.items = items;
        this.matching = matching;
        this.audit = audit;
        this.clock = clock;
    }

    /** Imports the batch and counts it into {@code sync}. */
    FindingChanges ingest(FeedSync sync, List<IncomingDocument> batch, String actor) {
        if (batch.isEmpty()) {
            return new FindingChanges(List.of(), List.of(), List.of(), 0);
        }
        FindingChanges changes = matching.update(update -> {
            Instant now = Instant.now(clock);
            List<Long> ids = new ArrayList<>();
            List<Advisory> advisories = new ArrayList<>();
            for (IncomingDocument d : batch) {
                String source = String.join("+", new TreeSet<>(d.advisories().stream()
                        .map(a -> a.provenance() == null ? "unknown" : a.provenance().source()).toList()));
                long id = repository.insertDocument(new AdvisoryRepository.NewDocument(source.isEmpty() ? d.feed() : source,
                        d.fileName(), d.mediaType(), d.sha256(), d.content(), d.advisories().size(), List.of(), now, actor,
                        d.feed(), d.originUrl(), d.fetchedAt(), d.integrity()));
                ids.add(id);
                for (Advisory a : d.advisories()) {
                    repository.upsert(id, a, now);
                }
                advisories.addAll(d.advisories());
                if (d.itemKey() != null) {
                    items.record(d.feed(), d.itemKey(), d.sha256(), d.updated(), id, now);
                }
            }
            FindingChanges found = update.advisoriesImported(advisories);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("feed", batch.get(0).feed());
            after.put("documents", ids);
            after.put("advisories", advisories.size());
            after.put("findings", found);
            audit.record("feed-import", "advisory_document", ids.get(0), null, after);
            return found;
        });
        sync.documents += batch.size();
        sync.advisories += batch.stream().mapToInt(d -> d.advisories().size()).sum();
        sync.findingsCreated += changes.created().size();
        return changes;
    }
}
