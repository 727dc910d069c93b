package org.medvigil.app.feeds;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One run of a source (or of an offline import): its settings, its counters and problems, and
 * the progress reports that keep the job status current (and, on a cluster, the lease alive).
 * Used by one thread at a time.
 */
final class FeedSync {
    /** Problems kept in the run's record; the rest are counted. */
    static final int PROBLEMS_KEPT = 200;

    private final String source;
    private final FeedSettings settings;
    private final Clock clock;
    private final Consumer<FeedSync> progress;
    private final List<String> problems = new ArrayList<>();
    private String cursor;
    private String newCursor;

    int requests;
    int notModified;
    long bytes;
    Integer itemsTotal;
    int itemsDone;
    int documents;
    int advisories;
    int unchanged;
    int skipped;
    int problemCount;
    int kevEntries;
    int epssScores;
    int findingsCreated;
    /** Set when the run ended with an exception: its cursor is not kept. */
    boolean failed;

    FeedSync(String source, FeedSettings settings, String cursor, Clock clock, Consumer<FeedSync> progress) {
        this.source = source;
        this.settings = settings;
        this.cursor = cursor;
        this.clock = clock;
        this.progress = progress;
    }

    String source() {
        return source;
    }

    FeedSettings settings() {
        return settings;
    }

    Instant now() {
        return Instant.now(clock);
    }

    /** Where the previous successful run stopped (e.g. NVD's last-modified high-water mark), or null. */
    String cursor() {
        return cursor;
    }

    /** Sets the cursor the next run starts from; kept only if this run ends without a failure. */
    void advanceCursor(String value) {
        newCursor = value;
        cursor = value;
    }

    String newCursor() {
        return newCursor;
    }

    /** An item skipped: {@code where} names it (a URL, a zip entry, a file), {@code what} says why, in one line. */
    void problem(String where, String what) {
        skipped++;
        noteProblem(where + ": " + what);
    }

    /** A problem that skipped nothing countable (e.g. a whole feed that could not be fetched). */
    void noteProblem(String line) {
        problemCount++;
        if (problems.size() < PROBLEMS_KEPT) {
            problems.add(line);
        }
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    int problemCount() {
        return problemCount;
    }

    /** Reports progress: updates the job status; called after each item or batch. */
    void progressed() {
        progress.accept(this);
    }
}
