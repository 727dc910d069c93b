package org.medvigil.app.feeds;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A source as the API shows it: its effective settings (the API key only as whether one is
 * set), when it runs next, its cursor, who holds its lease, and its last run.
 *
 * @param scheduled whether it runs on its own: enabled, and scheduled syncing on for the installation
 */
public record FeedSourceView(String name, boolean enabled, boolean scheduled, List<String> urls, String schedule,
                             boolean apiKeySet, Map<String, String> options, Instant nextRunAt, String cursor,
                             String runningOn, FeedRunView lastRun) {
}
