package org.medvigil.app.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.medvigil.core.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * CISA's Known Exploited Vulnerabilities catalogue (JSON): FDA premarket V.A.4.b and VI.B-07
 * ask for KEV vulnerabilities to be identified and addressed. One conditional GET; when it
 * changed, the whole catalogue replaces the stored one and the findings it lists are flagged.
 */
@Component
class KevFeed implements FeedSource {
    static final String DEFAULT_URL = "https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json";

    private final FeedHttp http;
    private final ThreatCatalogs catalogs;

    KevFeed(FeedHttp http, ThreatCatalogs catalogs) {
        this.http = http;
        this.catalogs = catalogs;
    }

    @Override
    public String name() {
        return "kev";
    }

    @Override
    public FeedSettings defaults() {
        return new FeedSettings(true, List.of(DEFAULT_URL), "PT6H", null, Map.of());
    }

    @Override
    public void sync(FeedSync sync) {
        for (String url : sync.settings().urls()) {
            sync.itemsTotal = sync.settings().urls().size();
            try {
                if (http.get(sync, url) instanceof Fetched.Body body) {
                    try (body; InputStream in = body.open()) {
                        catalogs.importKev(sync, in, url);
                        http.remember(body, sync);
                    }
                } else {
                    sync.unchanged++;
                }
            } catch (FeedFetchException e) {
                sync.problem(url, e.getMessage());
            } catch (InvalidInputException e) {
                sync.problem(url, e.getMessage());
            } catch (IOException e) {
                sync.problem(url, "cannot read the downloaded file: " + e.getMessage());
            }
            sync.itemsDone++;
            sync.progressed();
        }
    }
}
