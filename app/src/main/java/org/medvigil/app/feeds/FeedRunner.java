package org.medvigil.app.feeds;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.medvigil.app.web.ConflictException;
import org.medvigil.app.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Service;

/**
 * Runs syncs: on the schedule (each enabled source when it is due), or now through the API or
 * a test. A run takes the source's lease in the database first, so across any number of nodes
 * one source runs once at a time; the lease is renewed as the run progresses and expires by
 * itself if the node dies. Every run is recorded with its counts and problems.
 */
@Service
public class FeedRunner {
    private static final Logger LOG = LoggerFactory.getLogger(FeedRunner.class);
    /** Longer than any pause between two progress reports of a healthy run. */
    private static final Duration LEASE = Duration.ofMinutes(15);
    /** Progress is written at most this often (wall time), so a large zip does not mean an UPDATE per entry. */
    private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(2).toNanos();
    /** A failed scheduled run is retried after this long (or at its normal schedule, if sooner). */
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofHours(1);

    private final Map<String, FeedSource> sources = new LinkedHashMap<>();
    private final FeedSourceRepository repository;
    private final FeedRuns runs;
    private final Environment env;
    private final Clock clock;
    private final Executor executor;
    private final String node;
    private final boolean scheduled;

    FeedRunner(List<FeedSource> sources, FeedSourceRepository repository, FeedRuns runs, Environment env, Clock clock,
               @Value("${medvigil.feeds.sync.enabled:false}") boolean scheduled,
               @Value("${medvigil.node:}") String node) {
        sources.forEach(s -> this.sources.put(s.name(), s));
        this.repository = repository;
        this.runs = runs;
        this.env = env;
        this.clock = clock;
        this.scheduled = scheduled;
        this.node = node.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : node;
        this.executor = new DelegatingSecurityContextExecutor(r -> {
            Thread t = new Thread(r, "medvigil-feed-run");
            t.setDaemon(true);
            t.start();
        });
    }

    /** Registered source names, in registration order. */
    List<String> names() {
        return List.copyOf(sources.keySet());
    }

    FeedSource source(String name) {
        FeedSource s = sources.get(name);
        if (s == null) {
            throw new NotFoundException("feed source", "'" + name + "' (known: " + String.join(", ", sources.keySet()) + ")");
        }
        return s;
    }

    /** Whether scheduled syncing is on for this installation ({@code medvigil.feeds.sync.enabled}). */
    boolean scheduledSyncEnabled() {
        return scheduled;
    }

    /** The settings a source runs with now: API overrides, else properties, else its defaults. */
    FeedSettings settings(String name) {
        FeedSource s = source(name);
        repository.ensure(name);
        FeedSettings d = s.defaults();
        FeedSourceRepository.Overrides o = repository.overrides(name);
        String prefix = "medvigil.feeds." + name + ".";
        boolean enabled = o.enabled() != null ? o.enabled() : env.getProperty(prefix + "enabled", Boolean.class, d.enabled());
        List<String> urls = o.urls() != null ? o.urls() : Optional.ofNullable(env.getProperty(prefix + "urls"))
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList()).orElse(d.urls());
        String schedule = o.schedule() != null ? o.schedule() : env.getProperty(prefix + "schedule", d.schedule());
        String apiKey = o.apiKey() != null ? o.apiKey() : env.getProperty(prefix + "api-key", d.apiKey() == null ? "" : d.apiKey());
        Map<String, String> options = new LinkedHashMap<>(d.options());
        options.putAll(Binder.get(env).bind(prefix + "options", Bindable.mapOf(String.class, String.class)).orElse(Map.of()));
        if (o.options() != null) {
            options.putAll(o.options());
        }
        return new FeedSettings(enabled, urls, schedule, apiKey.isBlank() ? null : apiKey, options);
    }

    /** One tick of the scheduler: every enabled source that is due runs now (this node, if it gets the lease). */
    public void runDue() {
        if (scheduled) {
            runDueSources();
        }
    }

    /** Runs every enabled source that is due now, whatever the installation switch says (the tick, and tests). */
    void runDueSources() {
        for (String name : sources.keySet()) {
            FeedSettings settings = settings(name);
            if (!settings.enabled()) {
                continue;
            }
            Instant now = Instant.now(clock);
            Instant next = repository.state(name).map(FeedSourceRepository.State::nextRunAt).orElse(null);
            if (next == null || !next.isAfter(now)) {
                try {
                    run(name, "schedule", "system", true);
                } catch (ConflictException e) {
                    // another node runs it: nothing to do here
                }
            }
        }
    }

    /**
     * Runs a source now.
     *
     * @param wait run on this thread and answer the finished run; else start it and answer it running
     * @throws ConflictException when the source is running already (on this node or another)
     */
    public FeedRunView run(String name, String trigger, String startedBy, boolean wait) {
        FeedSource source = source(name);
        FeedSettings settings = settings(name);
        String owner = node + "#" + trigger + "#" + System.nanoTime();
        Instant now = Instant.now(clock);
        if (!repository.claim(name, owner, now, now.plus(LEASE))) {
            String holder = repository.state(name).map(FeedSourceRepository.State::leaseOwner).orElse("another node");
            throw new ConflictException("feed source '" + name + "' is running already (" + holder + "); try again when it ends");
        }
        String cursor = repository.state(name).map(FeedSourceRepository.State::cursor).orElse(null);
        long id = runs.start(name, trigger, node, now, startedBy);
        Runnable work = () -> {
            FeedSync sync = execute(id, name, settings, cursor, owner, source::sync, p -> { });
            FeedSchedule schedule = scheduleOf(settings);
            Instant end = Instant.now(clock);
            Instant next = schedule.next(end).orElse(null);
            if (sync.failed && (next == null || next.isAfter(end.plus(RETRY_AFTER_FAILURE)))) {
                next = schedule instanceof FeedSchedule.Manual ? null : end.plus(RETRY_AFTER_FAILURE);
            }
            repository.release(name, owner, next, sync.failed ? null : sync.newCursor());
        };
        if (wait) {
            work.run();
        } else {
            executor.execute(work);
        }
        return runs.find(id).orElseThrow();
    }

    /**
     * Runs {@code work} as a recorded job without a lease (an offline import: the same files may
     * be imported by several people at once; the matching lock orders their writes).
     */
    FeedRunView runImport(String trigger, String startedBy, Consumer<FeedSync> work, Consumer<FeedSync> progress) {
        long id = runs.start("import", trigger, node, Instant.now(clock), startedBy);
        execute(id, "import", IMPORT, null, null, work, progress);
        return runs.find(id).orElseThrow();
    }

    /** Starts an import on a background thread; {@code after} runs when it ends (cleanup). */
    FeedRunView startImport(String trigger, String startedBy, Consumer<FeedSync> work, Runnable after) {
        long id = runs.start("import", trigger, node, Instant.now(clock), startedBy);
        executor.execute(() -> {
            try {
                execute(id, "import", IMPORT, null, null, work, p -> { });
            } finally {
                after.run();
            }
        });
        return runs.find(id).orElseThrow();
    }

    private static final FeedSettings IMPORT = new FeedSettings(true, List.of(), "manual", null, Map.of());

    private FeedSync execute(long id, String name, FeedSettings settings, String cursor, String owner,
                             Consumer<FeedSync> work, Consumer<FeedSync> listener) {
        long[] lastWrite = {0};
        FeedSync sync = new FeedSync(name, settings, cursor, clock, s -> {
            listener.accept(s);
            long t = System.nanoTime();
            if (t - lastWrite[0] >= PROGRESS_EVERY_NANOS) {
                lastWrite[0] = t;
                runs.progress(id, s);
                if (owner != null && !repository.renew(name, owner, Instant.now(clock).plus(LEASE))) {
                    throw new IllegalStateException("lost the lease of feed source " + name + " (another node took over)");
                }
            }
        });
        String status;
        String message = null;
        try {
            work.accept(sync);
            status = sync.problemCount() == 0 ? "succeeded" : "completed_with_problems";
        } catch (RuntimeException e) {
            LOG.warn("feed {} run {} failed", name, id, e);
            sync.failed = true;
            status = "failed";
            message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
        }
        runs.finish(id, sync, status, message, Instant.now(clock));
        LOG.info("feed {} run {} {}: {} documents, {} advisories, {} unchanged, {} skipped", name, id, status,
                sync.documents, sync.advisories, sync.unchanged, sync.skipped);
        return sync;
    }

    private static FeedSchedule scheduleOf(FeedSettings settings) {
        try {
            return FeedSchedule.parse(settings.schedule());
        } catch (IllegalArgumentException e) {
            return new FeedSchedule.Manual();
        }
    }

    /** Every source with its effective settings, state and last run. */
    List<FeedSourceView> views() {
        List<FeedSourceView> out = new ArrayList<>();
        for (String name : sources.keySet()) {
            out.add(view(name));
        }
        return out;
    }

    FeedSourceView view(String name) {
        FeedSettings s = settings(name);
        Optional<FeedSourceRepository.State> state = repository.state(name);
        return new FeedSourceView(name, s.enabled(), scheduled && s.enabled(), s.urls(), s.schedule(), s.apiKey() != null,
                s.options(), state.map(FeedSourceRepository.State::nextRunAt).orElse(null),
                state.map(FeedSourceRepository.State::cursor).orElse(null),
                state.map(FeedSourceRepository.State::leaseOwner).orElse(null), runs.last(name).orElse(null));
    }
}
