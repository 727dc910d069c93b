package org.medvigil.app.feeds;

import java.time.Instant;
import java.util.List;

/**
 * One sync or import job and its counts: the job status the API shows while it runs and after.
 *
 * @param source        the source (osv, nvd, kev, epss, csaf) or {@code import} for an offline import
 * @param trigger       schedule, api, upload or cli
 * @param status        running, succeeded, completed_with_problems (some items skipped) or failed
 * @param requests      HTTP requests made; {@code notModified} of them answered 304 (or unchanged content)
 * @param itemsTotal    items to look at when known (documents of a feed, entries of a zip), else null
 * @param documents     documents stored; {@code advisories} advisory records they held
 * @param unchanged     items skipped because they were already imported as they are
 * @param skipped       items skipped for a problem (listed in {@code problems}, first 200)
 * @param findingsCreated findings that appeared because of this job
 */
public record FeedRunView(long id, String source, String trigger, String node, String status, Instant startedAt,
                          Instant finishedAt, int requests, int notModified, long bytesFetched, Integer itemsTotal,
                          int itemsDone, int documents, int advisories, int unchanged, int skipped, int kevEntries,
                          int epssScores, int findingsCreated, List<String> problems, String message, String startedBy) {

    public boolean finished() {
        return finishedAt != null;
    }
}
