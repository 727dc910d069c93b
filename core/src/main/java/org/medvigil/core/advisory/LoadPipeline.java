package org.medvigil.core.advisory;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Parses documents on a bounded pool and hands the results to the consumers on the calling
 * thread, in submission order. At most a window of documents (and of their bytes) is in flight,
 * so memory stays bounded however many files a folder or zip holds.
 */
final class LoadPipeline implements AutoCloseable {
    private static final long BYTES_IN_FLIGHT = 256L * 1024 * 1024;

    /** What reading one document gave: advisories (possibly some before a problem), a problem or none, whether it was read. */
    record Result(List<Advisory> advisories, LoadProblem problem, boolean read) {
        static final Result SKIPPED = new Result(List.of(), null, false);

        static Result problem(String location, String message) {
            return new Result(List.of(), new LoadProblem(location, message), false);
        }
    }

    private record Pending(Future<Result> future, long bytes) {
    }

    private final ExecutorService pool;
    private final int window;
    private final Consumer<Advisory> advisories;
    private final Consumer<LoadProblem> problems;
    private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();
    private long bytesInFlight;
    private int documentsRead;

    LoadPipeline(int threads, Consumer<Advisory> advisories, Consumer<LoadProblem> problems) {
        this.advisories = advisories;
        this.problems = problems;
        this.window = threads * 32;
        this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "medvigil-advisory-load");
            t.setDaemon(true);
            return t;
        });
    }

    void submit(Callable<Result> task, long bytes) {
        if (pool == null) {
            deliver(call(task));
            return;
        }
        inFlight.add(new Pending(pool.submit(() -> call(task)), bytes));
        bytesInFlight += bytes;
        while (inFlight.size() > window || bytesInFlight > BYTES_IN_FLIGHT) {
            drainOne();
        }
    }

    /** A problem found while walking (not parsing), delivered in order with the documents around it. */
    void problem(String location, String message) {
        Result r = Result.problem(location, message);
        if (pool == null) {
            deliver(r);
        } else {
            submit(() -> r, 0);
        }
    }

    void finish() {
        while (!inFlight.isEmpty()) {
            drainOne();
        }
    }

    int documentsRead() {
        return documentsRead;
    }

    private void drainOne() {
        Pending p = inFlight.poll();
        bytesInFlight -= p.bytes();
        try {
            deliver(p.future().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("advisory loading was interrupted", e);
        } catch (ExecutionException e) {
            // call() turns every exception into a Result; only an Error can land here.
            throw new IllegalStateException("advisory loading failed", e.getCause());
        }
    }

    private void deliver(Result r) {
        if (r.read()) {
            documentsRead++;
        }
        r.advisories().forEach(advisories);
        if (r.problem() != null) {
            problems.accept(r.problem());
        }
    }

    /** Runs a task; a bug in a reader becomes a problem for that document instead of ending the load. */
    private static Result call(Callable<Result> task) {
        try {
            return task.call();
        } catch (Exception e) {
            String m = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s*[\\r\\n]+\\s*", " ");
            return Result.problem("(document)", "internal error while reading, " + e.getClass().getSimpleName() + m);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
