package org.medvigil.app.findings;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.match.AdvisoryIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps findings current as SBOMs and advisories arrive, without re-matching the world: an
 * {@link AdvisoryIndex} of every current advisory matches a new SBOM, and a portfolio of every
 * release's current components matches new advisories (FDA PM-09, horizontal impact). Both
 * live in memory as one immutable {@link MatchingSnapshot}, built from the database at startup.
 *
 * <p>Writers go through {@link #update}: one at a time on this node (a lock) and across nodes
 * (a row lock on {@code matching_lock}, whose generation tells a node that another one changed
 * the data since its snapshot was built; it then rebuilds before matching). The new snapshot is
 * published only after the transaction commits.
 */
@Service
public class IncrementalMatching implements SmartInitializingSingleton {
    private static final Logger LOG = LoggerFactory.getLogger(IncrementalMatching.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final StoredComponents components;
    private final AdvisoryStore advisories;
    private final FindingReconciler reconciler;
    private final Clock clock;
    private final List<FindingsListener> listeners;
    private final ApplicationEventPublisher events;
    private final ReentrantLock writer = new ReentrantLock();
    private volatile MatchingSnapshot snapshot;

    IncrementalMatching(JdbcClient jdbc, PlatformTransactionManager transactionManager, StoredComponents components,
                        AdvisoryStore advisories, FindingReconciler reconciler, Clock clock,
                        List<FindingsListener> listeners, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.components = components;
        this.advisories = advisories;
        this.reconciler = reconciler;
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
        this.events = events;
    }

    /** Builds the snapshot once every bean (and so the schema migration) is ready. */
    @Override
    public void afterSingletonsInstantiated() {
        writer.lock();
        try {
            snapshot = transactions.execute(status -> load(generation(false)));
        } finally {
            writer.unlock();
        }
    }

    /**
     * Runs {@code work} in one transaction with the right to change what is matched. Whatever
     * {@code work} stores and the findings it causes commit together, or not at all.
     */
    public <T> T update(Function<MatchingUpdate, T> work) {
        writer.lock();
        try {
            MatchingWork[] done = new MatchingWork[1];
            T result = transactions.execute(status -> {
                long generation = generation(true);
                MatchingSnapshot base = snapshot;
                if (base == null || base.generation() != generation) {
                    LOG.info("matching state is behind the database (generation {} vs {}); rebuilding",
                            base == null ? "none" : base.generation(), generation);
                    base = load(generation);
                }
                MatchingWork w = new MatchingWork(base, reconciler, clock);
                T r = work.apply(w);
                if (!w.appeared().isEmpty()) {
                    // New findings may inherit an uncontrolled assessment: cases follow in this transaction.
                    events.publishEvent(new FindingRisksChanged(w.appeared(), null));
                    FindingChanges changes = w.changes();
                    listeners.forEach(l -> l.findingsChanged(changes));
                }
                jdbc.sql("UPDATE matching_lock SET generation = ? WHERE id = 1").param(generation + 1).update();
                done[0] = w;
                return r;
            });
            if (done[0] != null) {
                snapshot = done[0].result();
            }
            return result;
        } finally {
            writer.unlock();
        }
    }

    /** Advisories held for matching (withdrawn ones not counted). */
    public int advisoryCount() {
        return snapshot.index().size();
    }

    /** Component instances held for matching, across all releases. */
    public int componentCount() {
        return snapshot.portfolio().size();
    }

    private long generation(boolean forUpdate) {
        return jdbc.sql("SELECT generation FROM matching_lock WHERE id = 1" + (forUpdate ? " FOR UPDATE" : ""))
                .query(Long.class).single();
    }

    private MatchingSnapshot load(long generation) {
        Map<Long, ReleaseInventory> releases = components.loadCurrent();
        Map<String, Advisory> keyed = new LinkedHashMap<>(MatchingSnapshot.keyed(advisories.loadAll()));
        MatchingSnapshot s = MatchingSnapshot.of(generation, keyed, releases);
        LOG.info("matching state: {} advisories, {} components in {} releases", s.index().size(), s.portfolio().size(),
                releases.size());
        return s;
    }
}
