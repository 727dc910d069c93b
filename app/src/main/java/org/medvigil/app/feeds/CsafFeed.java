package org.medvigil.app.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.advisory.AdvisoryReaders;
import org.springframework.stereotype.Component;

/**
 * CSAF 2.0 trusted providers (CSAF §7.3): each provider's {@code provider-metadata.json} names
 * its OpenPGP keys (URL and fingerprint) and its distributions, ROLIE feeds or a directory with
 * {@code changes.csv}. Every new or updated document is fetched with its hash and signature
 * files, checked ({@link CsafIntegrity}), read by core's CSAF reader (product trees included)
 * and imported. Documents whose feed stamp did not change are not fetched again; a feed that
 * did not change (304) is not read again. A document that fails a check is reported and
 * skipped, and fetched again on the next run.
 *
 * <p>Options: {@code fingerprints} (comma-separated) pins the keys an operator trusts; without
 * it the fingerprints the provider metadata declares are trusted (the metadata comes over
 * HTTPS from the provider's own domain). {@code key-files} adds local key files.
 * {@code tlp} (default {@code WHITE,CLEAR}) selects feeds; {@code require-hash} and
 * {@code require-signature} (default true).
 */
@Component
class CsafFeed implements FeedSource {
    static final String CISA = "https://www.cisa.gov/sites/default/files/csaf/provider-metadata.json";
    private static final int BATCH = 50;

    private final FeedHttp http;
    private final FeedItems items;
    private final AdvisoryIngest ingest;
    private final AdvisoryReaders readers = AdvisoryReaders.standard();
    private final ObjectMapper mapper = new ObjectMapper();

    CsafFeed(FeedHttp http, FeedItems items, AdvisoryIngest ingest) {
        this.http = http;
        this.items = items;
        this.ingest = ingest;
    }

    @Override
    public String name() {
        return "csaf";
    }

    @Override
    public FeedSettings defaults() {
        return new FeedSettings(true, List.of(CISA), "PT6H", null,
                Map.of("tlp", "WHITE,CLEAR", "require-hash", "true", "require-signature", "true"));
    }

    @Override
    public void sync(FeedSync sync) {
        for (String provider : sync.settings().urls()) {
            try {
                provider(sync, provider);
            } catch (FeedFetchException e) {
                sync.problem(provider, e.getMessage());
            } catch (InvalidInputException e) {
                sync.problem(provider, e.getMessage());
            }
        }
    }

    private void provider(FeedSync sync, String url) throws FeedFetchException {
        JsonNode meta = json(http.getKept(sync, url), url);
        if (!meta.has("canonical_url") && !meta.has("distributions")) {
            throw new InvalidInputException(url, "not a CSAF provider-metadata.json (no canonical_url or distributions)");
        }
        List<OpenPgp.Key> keys = keys(sync, meta, url);
        Set<String> tlps = new LinkedHashSet<>(Arrays.stream(sync.settings().option("tlp", "WHITE,CLEAR").split(","))
                .map(t -> t.strip().toUpperCase(Locale.ROOT)).toList());
        for (JsonNode d : meta.path("distributions")) {
            for (JsonNode feed : d.path("rolie").path("feeds")) {
                String tlp = feed.path("tlp_label").asText("").toUpperCase(Locale.ROOT);
                String feedUrl = resolve(url, feed.path("url").asText(null));
                if (feedUrl != null && (tlp.isEmpty() || tlps.contains(tlp))) {
                    rolie(sync, feedUrl, keys);
                }
            }
            String directory = d.path("directory_url").asText(null);
            if (directory != null && !d.has("rolie")) {
                directory(sync, resolve(url, directory), keys);
            }
        }
    }

    /** The provider's trusted keys: fetched from the URLs its metadata names, each checked against its declared (or pinned) fingerprint. */
    private List<OpenPgp.Key> keys(FeedSync sync, JsonNode meta, String provider) {
        Set<String> pinned = pinned(sync.settings());
        List<OpenPgp.Key> trusted = new ArrayList<>(localKeys(sync, pinned));
        for (JsonNode k : meta.path("public_openpgp_keys")) {
            String declared = OpenPgp.normalise(k.path("fingerprint").asText(""));
            String keyUrl = resolve(provider, k.path("url").asText(null));
            if (keyUrl == null) {
                continue;
            }
            try {
                for (OpenPgp.Key key : OpenPgp.keys(http.getKept(sync, keyUrl))) {
                    if (!declared.isEmpty() && !key.fingerprint().equals(declared)) {
                        sync.noteProblem(keyUrl + ": key fingerprint " + key.fingerprint()
                                + " differs from the one provider-metadata.json declares (" + declared + "); not trusted");
                    } else if (!pinned.isEmpty() && !pinned.contains(key.fingerprint())) {
                        sync.noteProblem(keyUrl + ": key " + key.fingerprint() + " is not among the pinned fingerprints; not trusted");
                    } else {
                        trusted.add(key);
                    }
                }
            } catch (FeedFetchException e) {
                sync.noteProblem(keyUrl + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                sync.noteProblem(keyUrl + ": " + e.getMessage());
            }
        }
        return trusted;
    }

    static Set<String> pinned(FeedSettings settings) {
        Set<String> pinned = new LinkedHashSet<>();
        for (String f : settings.option("fingerprints", "").split(",")) {
            if (!f.isBlank()) {
                pinned.add(OpenPgp.normalise(f));
            }
        }
        return pinned;
    }

    /** Keys from local files ({@code key-files}): the operator's own trust, pinned or not. */
    static List<OpenPgp.Key> localKeys(FeedSync sync, Set<String> pinned) {
        List<OpenPgp.Key> keys = new ArrayList<>();
        for (String file : sync.settings().option("key-files", "").split(",")) {
            if (file.isBlank()) {
                continue;
            }
            try {
                for (OpenPgp.Key k : OpenPgp.keys(Files.readAllBytes(Path.of(file.strip())))) {
                    if (pinned.isEmpty() || pinned.contains(k.fingerprint())) {
                        keys.add(k);
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                sync.noteProblem(file.strip() + ": " + e.getMessage());
            }
        }
        return keys;
    }

    private void rolie(FeedSync sync, String feedUrl, List<OpenPgp.Key> keys) throws FeedFetchException {
        Fetched f;
        try {
            f = http.get(sync, feedUrl);
        } catch (FeedFetchException e) {
            sync.problem(feedUrl, e.getMessage());
            return;
        }
        if (!(f instanceof Fetched.Body body)) {
            sync.unchanged++;
            return;
        }
        try (body) {
            JsonNode feed = json(body.bytes(), feedUrl).path("feed");
            if (!feed.has("entry")) {
                throw new InvalidInputException(feedUrl, "not a ROLIE feed (no feed.entry)");
            }
            List<Entry> entries = new ArrayList<>();
            for (JsonNode e : feed.path("entry")) {
                entries.add(Entry.of(e, feedUrl));
            }
            if (documents(sync, entries, keys)) {
                http.remember(body, sync);
            }
        }
    }

    private void directory(FeedSync sync, String directory, List<OpenPgp.Key> keys) {
        String base = directory.endsWith("/") ? directory : directory + "/";
        String changes = base + "changes.csv";
        Fetched f;
        try {
            f = http.get(sync, changes);
        } catch (FeedFetchException e) {
            sync.problem(changes, e.getMessage());
            return;
        }
        if (!(f instanceof Fetched.Body body)) {
            sync.unchanged++;
            return;
        }
        try (body) {
            List<Entry> entries = new ArrayList<>();
            for (String line : new String(body.bytes(), StandardCharsets.UTF_8).split("\\R")) {
                String[] parts = line.replace("\"", "").split(",");
                if (parts.length >= 2 && parts[0].endsWith(".json")) {
                    String doc = resolve(base, parts[0].strip());
                    entries.add(new Entry(doc, parts[1].strip(), null, null));
                }
            }
            if (documents(sync, entries, keys)) {
                http.remember(body, sync);
            }
        }
    }

    /** One document a feed lists: its URL, its stamp, and the URLs of its hash and signature when the feed names them. */
    record Entry(String url, String updated, String hashUrl, String signatureUrl) {
        static Entry of(JsonNode e, String feedUrl) {
            String self = null;
            String hash = null;
            String signature = null;
            for (JsonNode l : e.path("link")) {
                // CISA's IT feed writes "ref" where ROLIE says "rel".
                String rel = l.has("rel") ? l.path("rel").asText() : l.path("ref").asText();
                String href = resolve(feedUrl, l.path("href").asText(null));
                switch (rel) {
                    case "self" -> self = href;
                    case "hash" -> hash = hash == null || href != null && href.endsWith(".sha512") ? href : hash;
                    case "signature" -> signature = href;
                    default -> {
                    }
                }
            }
            if (self == null) {
                self = resolve(feedUrl, e.path("content").path("src").asText(null));
            }
            return new Entry(self, e.path("updated").asText(null), hash, signature);
        }
    }

    /** Fetches, checks and imports the entries that changed; true when none had a problem. */
    private boolean documents(FeedSync sync, List<Entry> entries, List<OpenPgp.Key> keys) {
        sync.itemsTotal = (sync.itemsTotal == null ? 0 : sync.itemsTotal) + entries.size();
        boolean clean = true;
        boolean requireHash = Boolean.parseBoolean(sync.settings().option("require-hash", "true"));
        boolean requireSignature = Boolean.parseBoolean(sync.settings().option("require-signature", "true"));
        List<IncomingDocument> batch = new ArrayList<>();
        for (Entry e : entries) {
            sync.itemsDone++;
            if (e.url() == null) {
                sync.problem("a feed entry", "has no document URL");
                clean = false;
                continue;
            }
            if (e.updated() != null && items.of(name(), e.url()).map(i -> e.updated().equals(i.updated())).orElse(false)) {
                sync.unchanged++;
                continue;
            }
            try {
                batch.add(document(sync, e, keys, requireHash, requireSignature));
            } catch (FeedFetchException | CsafIntegrity.Rejected ex) {
                sync.problem(e.url(), ex.getMessage());
                clean = false;
            } catch (InvalidInputException ex) {
                sync.problem(e.url(), ex.getMessage());
                clean = false;
            }
            if (batch.size() >= BATCH) {
                ingest.ingest(sync, batch, "feed:csaf");
                batch = new ArrayList<>();
            }
            sync.progressed();
        }
        ingest.ingest(sync, batch, "feed:csaf");
        return clean;
    }

    private IncomingDocument document(FeedSync sync, Entry e, List<OpenPgp.Key> keys, boolean requireHash,
                                      boolean requireSignature) throws FeedFetchException, CsafIntegrity.Rejected {
        byte[] doc;
        String sha256;
        try (Fetched.Body body = http.getFresh(sync, e.url(), Map.of())) {
            doc = body.bytes();
            sha256 = body.sha256();
        }
        String hashUrl = e.hashUrl() != null ? e.hashUrl() : e.url() + ".sha512";
        byte[] hash = optional(sync, hashUrl);
        if (hash == null && e.hashUrl() == null) {
            hashUrl = e.url() + ".sha256";
            hash = optional(sync, hashUrl);
        }
        byte[] signature = optional(sync, e.signatureUrl() != null ? e.signatureUrl() : e.url() + ".asc");
        String algorithm = hashUrl.endsWith(".sha256") ? "SHA-256" : "SHA-512";
        String integrity = CsafIntegrity.check(doc, hash, algorithm, signature, keys, requireHash, requireSignature);
        String fileName = e.url().substring(e.url().lastIndexOf('/') + 1);
        List<Advisory> advisories = readers.read(doc, fileName);
        return new IncomingDocument(name(), e.url(), e.updated(), fileName, "application/json", e.url(), sync.now(),
                integrity, doc, sha256, advisories);
    }

    /** A companion file, or null when the server has none (404); other failures are problems. */
    private byte[] optional(FeedSync sync, String url) throws FeedFetchException {
        try (Fetched.Body body = http.getFresh(sync, url, Map.of())) {
            return body.bytes();
        } catch (FeedFetchException e) {
            if (e.getMessage().equals("HTTP 404")) {
                return null;
            }
            throw new FeedFetchException(url + ": " + e.getMessage());
        }
    }

    private JsonNode json(byte[] bytes, String where) {
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            JsonNode n = mapper.readTree(in);
            if (n == null || !n.isObject()) {
                throw new InvalidInputException(where, "not a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw new InvalidInputException(where, "not valid JSON: " + e.getMessage().split("\n")[0]);
        }
    }

    static String resolve(String base, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            return URI.create(base).resolve(href.strip()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
