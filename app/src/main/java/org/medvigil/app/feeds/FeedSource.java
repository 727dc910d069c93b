package org.medvigil.app.feeds;

/**
 * One kind of vulnerability intelligence the server mirrors (OSV, NVD, CISA KEV, FIRST EPSS,
 * CSAF providers). A new source is a new class beside its siblings, a Spring component: the
 * application context is the one place sources are registered, and nothing else names them.
 *
 * <p>A sync must tolerate bad data item by item: an item that cannot be fetched, verified or
 * read is reported through {@link FeedSync#problem} and skipped, the rest goes on, and nothing
 * already stored is lost; what was skipped is fetched again on the next run (validators and
 * item states are recorded only for what was imported).
 */
interface FeedSource {

    /** The source's name in the API, the properties and the database ({@code osv}, {@code nvd}, ...). */
    String name();

    /** What the source fetches when nobody configured it. */
    FeedSettings defaults();

    /** Fetches what changed since the last run and imports it. */
    void sync(FeedSync sync);
}
