package org.medvigil.app.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.advisory.AdvisoryReaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Imports an OSV database zip (one JSON record per entry, as osv.dev publishes one per
 * ecosystem) entry by entry from disk: never the whole archive in memory. An entry whose hash
 * is the one last imported is skipped; a malformed entry is reported and skipped; the others
 * are imported in batches. A truncated or corrupt archive is reported whole and changes nothing.
 */
@Component
class OsvArchive {
    private final AdvisoryReaders readers = AdvisoryReaders.standard();
    private final AdvisoryIngest ingest;
    private final FeedItems items;
    private final int batchSize;
    private final long maxEntryBytes;

    OsvArchive(AdvisoryIngest ingest, FeedItems items, @Value("${medvigil.feeds.batch-size:500}") int batchSize) {
        this.ingest = ingest;
        this.items = items;
        this.batchSize = batchSize;
        this.maxEntryBytes = readers.limits().maxFileBytes();
    }

    /**
     * @param origin where the zip came from (its URL, or the imported file)
     * @param name   how entries are named in problems and provenance ({@code npm-all.zip})
     * @throws InvalidInputException when the archive itself cannot be read (truncated, not a zip)
     */
    void importZip(FeedSync sync, Path zip, String feed, String origin, String name, String actor) {
        Instant fetchedAt = sync.now();
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            sync.itemsTotal = (sync.itemsTotal == null ? 0 : sync.itemsTotal) + archive.size();
            Map<String, String> known = new HashMap<>();
            List<IncomingDocument> batch = new ArrayList<>();
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                sync.itemsDone++;
                if (e.isDirectory()) {
                    continue;
                }
                String where = name + "!" + e.getName();
                String key = origin + "!" + e.getName();
                byte[] bytes;
                try (InputStream in = archive.getInputStream(e)) {
                    bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxEntryBytes + 1));
                } catch (IOException ex) {
                    sync.problem(where, "cannot be read from the archive: " + ex.getMessage());
                    continue;
                }
                if (bytes.length > maxEntryBytes) {
                    sync.problem(where, "larger than " + maxEntryBytes + " bytes");
                    continue;
                }
                String sha = FeedHttp.sha256(bytes);
                String before = known.computeIfAbsent(key, k -> items.of(feed, k).map(FeedItems.Item::sha256).orElse(""));
                if (sha.equals(before)) {
                    sync.unchanged++;
                    continue;
                }
                List<Advisory> advisories;
                try {
                    advisories = readers.read(bytes, where);
                } catch (InvalidInputException ex) {
                    sync.problem(where, ex.getMessage());
                    continue;
                }
                batch.add(new IncomingDocument(feed, key, null, where, "application/json", origin, fetchedAt, "sha256 " + sha,
                        bytes, sha, advisories));
                if (batch.size() >= batchSize) {
                    ingest.ingest(sync, batch, actor);
                    batch = new ArrayList<>();
                    known.clear();
                }
                sync.progressed();
            }
            ingest.ingest(sync, batch, actor);
            sync.progressed();
        } catch (IOException e) {
            throw new InvalidInputException(name, "not a readable zip archive (truncated or corrupt): " + e.getMessage());
        }
    }
}
