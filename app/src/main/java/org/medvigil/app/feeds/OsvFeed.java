package org.medvigil.app.feeds;

import java.util.List;
import java.util.Map;
import org.medvigil.core.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * OSV per-ecosystem databases ({@code https://osv-vulnerabilities.storage.googleapis.com/<ecosystem>/all.zip}):
 * GitHub-reviewed advisories (GHSA) and the ecosystems' own databases (PyPA, Go, RustSec, ...).
 * Each zip is fetched conditionally (an unchanged zip transfers nothing), resumed if a download
 * broke off, and imported entry by entry, only entries that changed.
 */
@Component
class OsvFeed implements FeedSource {
    static final String BASE = "https://osv-vulnerabilities.storage.googleapis.com/";
    static final List<String> ECOSYSTEMS = List.of("Maven", "npm", "PyPI", "Go", "NuGet", "crates.io");

    private final FeedHttp http;
    private final OsvArchive archive;

    OsvFeed(FeedHttp http, OsvArchive archive) {
        this.http = http;
        this.archive = archive;
    }

    @Override
    public String name() {
        return "osv";
    }

    @Override
    public FeedSettings defaults() {
        return new FeedSettings(true, ECOSYSTEMS.stream().map(e -> BASE + e + "/all.zip").toList(), "PT6H", null, Map.of());
    }

    @Override
    public void sync(FeedSync sync) {
        for (String url : sync.settings().urls()) {
            try {
                if (http.get(sync, url) instanceof Fetched.Body body) {
                    try (body) {
                        archive.importZip(sync, body.file(), name(), url, displayName(url), "feed:osv");
                        http.remember(body, sync);
                    }
                } else {
                    sync.unchanged++;
                }
            } catch (FeedFetchException e) {
                sync.problem(url, e.getMessage());
            } catch (InvalidInputException e) {
                sync.problem(url, e.getMessage());
            }
            sync.progressed();
        }
    }

    /** {@code .../npm/all.zip} is shown as {@code npm-all.zip}. */
    static String displayName(String url) {
        String[] parts = url.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] + "-" + parts[parts.length - 1] : url;
    }
}
