package org.medvigil.app.feeds;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.medvigil.core.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * FIRST's Exploit Prediction Scoring System: the daily file of every scored CVE
 * ({@code epss_scores-current.csv.gz}), a ranking input to exploitability, never the FDA
 * determination itself. Streamed (some 300,000 rows); a changed file replaces the stored
 * scores and re-ranks the findings.
 */
@Component
class EpssFeed implements FeedSource {
    static final String DEFAULT_URL = "https://epss.empiricalsecurity.com/epss_scores-current.csv.gz";

    private final FeedHttp http;
    private final ThreatCatalogs catalogs;

    EpssFeed(FeedHttp http, ThreatCatalogs catalogs) {
        this.http = http;
        this.catalogs = catalogs;
    }

    @Override
    public String name() {
        return "epss";
    }

    @Override
    public FeedSettings defaults() {
        return new FeedSettings(true, List.of(DEFAULT_URL), "PT24H", null, Map.of());
    }

    @Override
    public void sync(FeedSync sync) {
        sync.itemsTotal = sync.settings().urls().size();
        for (String url : sync.settings().urls()) {
            try {
                if (http.get(sync, url) instanceof Fetched.Body body) {
                    try (body; InputStream in = decompressed(body.open())) {
                        catalogs.importEpss(sync, in, url);
                        http.remember(body, sync);
                    }
                } else {
                    sync.unchanged++;
                }
            } catch (FeedFetchException | InvalidInputException e) {
                sync.problem(url, e.getMessage());
            } catch (IOException e) {
                sync.problem(url, "not a readable gzip file: " + e.getMessage());
            }
            sync.itemsDone++;
            sync.progressed();
        }
    }

    /** Gzip by its magic number, else plain CSV. */
    static InputStream decompressed(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b ? new GZIPInputStream(in, 65536) : in;
    }
}
