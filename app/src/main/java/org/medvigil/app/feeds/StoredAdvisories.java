package org.medvigil.app.feeds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medvigil.app.findings.AdvisoryStore;
import org.medvigil.core.advisory.Advisory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every current advisory, read again from the stored original documents in import order (a
 * later record of the same source and id replaces an earlier one), for the matching state at
 * startup. Reading originals rather than a derived table means a better reader applies to
 * everything already imported.
 */
@Component
class StoredAdvisories implements AdvisoryStore {
    private static final Logger LOG = LoggerFactory.getLogger(StoredAdvisories.class);

    private final AdvisoryRepository repository;
    private final AdvisoryDocuments documents;

    StoredAdvisories(AdvisoryRepository repository, AdvisoryDocuments documents) {
        this.repository = repository;
        this.documents = documents;
    }

    @Override
    public List<Advisory> loadAll() {
        Map<String, Advisory> current = new LinkedHashMap<>();
        repository.eachDocument(d -> {
            try {
                for (Advisory a : documents.parse(d.content(), d.fileName()).advisories()) {
                    String source = a.provenance() == null ? "" : a.provenance().source();
                    current.put(source + '\u0000' + a.id(), a);
                }
            } catch (RuntimeException e) {
                LOG.warn("stored advisory document {} ({}) can no longer be read: {}", d.id(), d.fileName(), e.getMessage());
            }
        });
        return new ArrayList<>(current.values());
    }
}
