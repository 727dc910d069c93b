package org.medvigil.app.feeds;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.advisory.AdvisoryReaders;
import org.springframework.stereotype.Component;

/**
 * NVD CVE API 2.0: paged ({@code resultsPerPage}, {@code startIndex}), incremental by last
 * modification ({@code lastModStartDate}/{@code lastModEndDate}, at most 120 days per window,
 * from where the last complete run stopped), an API key in the {@code apiKey} header when one
 * is set, and NVD's rate limits respected by pausing between requests (6 s without a key, 0.6 s
 * with one; option {@code request-interval}). Each CVE record is stored as its own document;
 * a record whose lastModified is the one already imported is skipped. A page that fails is
 * reported, the others still load, and the cursor stays where it was so the next run fetches
 * the window again.
 */
@Component
class NvdFeed implements FeedSource {
    static final String DEFAULT_URL = "https://services.nvd.nist.gov/rest/json/cves/2.0";
    private static final Duration MAX_WINDOW = Duration.ofDays(120);
    private static final DateTimeFormatter NVD_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'%2B00:00'")
            .withZone(ZoneOffset.UTC);

    private final FeedHttp http;
    private final AdvisoryIngest ingest;
    private final FeedItems items;
    private final FeedPacer pacer;
    private final AdvisoryReaders readers = AdvisoryReaders.standard();
    private final ObjectMapper mapper = new ObjectMapper();

    NvdFeed(FeedHttp http, AdvisoryIngest ingest, FeedItems items, FeedPacer pacer) {
        this.http = http;
        this.ingest = ingest;
        this.items = items;
        this.pacer = pacer;
    }

    @Override
    public String name() {
        return "nvd";
    }

    @Override
    public FeedSettings defaults() {
        return new FeedSettings(true, List.of(DEFAULT_URL), "PT2H", null, Map.of("page-size", "2000"));
    }

    @Override
    public void sync(FeedSync sync) {
        FeedSettings s = sync.settings();
        String base = s.urls().isEmpty() ? DEFAULT_URL : s.urls().get(0);
        int pageSize = Integer.parseInt(s.option("page-size", "2000"));
        Duration interval = Duration.parse(s.option("request-interval", s.apiKey() == null ? "PT6S" : "PT0.6S"));
        Map<String, String> headers = s.apiKey() == null ? Map.of() : Map.of("apiKey", s.apiKey());
        Instant end = sync.now();
        Instant from = sync.cursor() == null ? null : Instant.parse(sync.cursor());
        int problemsBefore = sync.problemCount();
        boolean first = true;
        // Without a cursor: everything (no date filter). With one: 120-day windows up to now.
        List<Instant[]> windows = new ArrayList<>();
        if (from == null) {
            windows.add(null);
        } else {
            for (Instant a = from; a.isBefore(end); a = a.plus(MAX_WINDOW)) {
                Instant b = a.plus(MAX_WINDOW).isAfter(end) ? end : a.plus(MAX_WINDOW);
                windows.add(new Instant[]{a, b});
            }
        }
        for (Instant[] window : windows) {
            int start = 0;
            int total = Integer.MAX_VALUE;
            while (start < total) {
                if (!first) {
                    pacer.pause(interval);
                }
                first = false;
                String url = base + "?resultsPerPage=" + pageSize + "&startIndex=" + start
                        + (window == null ? "" : "&lastModStartDate=" + NVD_TIME.format(window[0])
                        + "&lastModEndDate=" + NVD_TIME.format(window[1]));
                try (Fetched.Body body = http.getFresh(sync, url, headers)) {
                    Page page = page(sync, body, url);
                    total = page.total;
                    sync.itemsTotal = total;
                    if (page.count == 0) {
                        break;
                    }
                    start += page.count;
                } catch (FeedFetchException e) {
                    sync.problem(url, e.getMessage());
                    start += pageSize;
                    if (total == Integer.MAX_VALUE) {
                        break;
                    }
                } catch (InvalidInputException e) {
                    sync.problem(url, e.getMessage());
                    start += pageSize;
                    if (total == Integer.MAX_VALUE) {
                        break;
                    }
                }
                sync.progressed();
            }
        }
        if (sync.problemCount() == problemsBefore) {
            sync.advanceCursor(end.toString());
        }
    }

    private record Page(int total, int count) {
    }

    /** Reads one page as a stream: each record compared with what was imported, the changed ones ingested. */
    private Page page(FeedSync sync, Fetched.Body body, String url) {
        int total = -1;
        int count = 0;
        List<IncomingDocument> batch = new ArrayList<>();
        try (InputStream in = body.open(); JsonParser p = new JsonFactory().createParser(in)) {
            p.setCodec(mapper);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidInputException(url, "not an NVD CVE API 2.0 answer (expected a JSON object)");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("totalResults") && t.isNumeric()) {
                    total = p.getIntValue();
                } else if (field.equals("vulnerabilities") && t == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode v = p.readValueAsTree();
                        count++;
                        sync.itemsDone++;
                        record(sync, v, url, batch);
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(url, "the NVD answer cannot be read (truncated?): " + e.getMessage().split("\n")[0]);
        }
        if (total < 0) {
            throw new InvalidInputException(url, "not an NVD CVE API 2.0 answer (no totalResults)");
        }
        ingest.ingest(sync, batch, "feed:nvd");
        return new Page(total, count);
    }

    private void record(FeedSync sync, JsonNode v, String url, List<IncomingDocument> batch) throws IOException {
        JsonNode cve = v.get("cve");
        String id = cve == null ? null : cve.path("id").asText(null);
        if (id == null) {
            sync.problem(url, "a record without cve.id was skipped");
            return;
        }
        String modified = cve.path("lastModified").asText("");
        String key = "nvd:" + id;
        if (!modified.isEmpty() && items.of(name(), key).map(i -> modified.equals(i.updated())).orElse(false)) {
            sync.unchanged++;
            return;
        }
        Map<String, Object> single = new LinkedHashMap<>();
        single.put("cve", cve);
        byte[] bytes = mapper.writeValueAsBytes(single);
        List<Advisory> advisories;
        try {
            advisories = readers.read(bytes, id + ".json");
        } catch (InvalidInputException e) {
            sync.problem(url + " " + id, e.getMessage());
            return;
        }
        String sha = FeedHttp.sha256(bytes);
        batch.add(new IncomingDocument(name(), key, modified, id + ".json", "application/json", url, sync.now(),
                null, bytes, sha, advisories));
    }
}
