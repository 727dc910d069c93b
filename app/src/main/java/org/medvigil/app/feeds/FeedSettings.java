package org.medvigil.app.feeds;

import java.util.List;
import java.util.Map;

/**
 * How one source is fetched: whether it runs on its schedule, from which URLs, how often, and
 * source-specific options. The effective settings are the operator's API overrides, else the
 * Spring properties {@code medvigil.feeds.<name>.*}, else the source's built-in defaults.
 *
 * @param urls     what the source fetches (OSV zips, the NVD API base, the KEV JSON, the EPSS
 *                 file, CSAF provider-metadata.json documents)
 * @param schedule an ISO-8601 interval ({@code PT6H}), a Spring cron expression
 *                 ({@code 0 30 2 * * *}), or {@code manual} (only when triggered)
 * @param apiKey   a secret for sources that take one (NVD); never shown by the API
 * @param options  source-specific settings (see docs/feeds.md)
 */
public record FeedSettings(boolean enabled, List<String> urls, String schedule, String apiKey, Map<String, String> options) {
    public FeedSettings {
        urls = List.copyOf(urls);
        options = Map.copyOf(options);
    }

    String option(String key, String fallback) {
        String v = options.get(key);
        return v == null || v.isBlank() ? fallback : v;
    }
}
