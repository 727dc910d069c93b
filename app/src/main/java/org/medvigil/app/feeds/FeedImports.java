package org.medvigil.app.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.advisory.AdvisoryReaders;
import org.springframework.stereotype.Service;

/**
 * Offline (air-gapped) import of the files the feeds fetch, by {@code medvigil import PATH...}
 * and by the API upload: the same code paths as a sync. The kind of each file is detected from
 * its content: an OSV zip, the KEV JSON, an EPSS CSV (gzipped or not), CSAF documents (their
 * {@code .sha512}/{@code .sha256} and {@code .asc} files beside them are checked), NVD CVE API
 * pages, OSV records; a folder is walked; a zip holding signatures or hashes is a mirrored
 * folder. OpenPGP keys in the import are trusted when a provider-metadata.json in the same
 * import declares their fingerprint or the CSAF source pins it; the CSAF source's
 * {@code key-files} are trusted as well. Each bad file is reported and skipped.
 */
@Service
public class FeedImports {
    private static final int BATCH = 50;
    private static final Set<String> COMPANIONS = Set.of(".asc", ".sha512", ".sha256", ".md5", ".sig");
    private static final long MAX_EXTRACTED = 4L << 30;

    private final FeedRunner runner;
    private final OsvArchive osv;
    private final ThreatCatalogs catalogs;
    private final AdvisoryIngest ingest;
    private final FeedItems items;
    private final AdvisoryReaders readers = AdvisoryReaders.standard();
    private final ObjectMapper mapper = new ObjectMapper();

    FeedImports(FeedRunner runner, OsvArchive osv, ThreatCatalogs catalogs, AdvisoryIngest ingest, FeedItems items) {
        this.items = items;
        this.runner = runner;
        this.osv = osv;
        this.catalogs = catalogs;
        this.ingest = ingest;
    }

    /** Progress of a running import, for a progress bar: items done and total when known. */
    public record Progress(int done, Integer total, int documents, int skipped) {
    }

    /**
     * Imports files and folders as one recorded job.
     *
     * @param trigger  cli or upload
     * @param progress told as the import advances
     */
    public FeedRunView importPaths(List<Path> paths, String trigger, String startedBy, Consumer<Progress> progress) {
        FeedSettings csaf = runner.settings("csaf");
        return runner.runImport(trigger, startedBy, sync -> run(sync, paths, csaf, startedBy),
                s -> progress.accept(new Progress(s.itemsDone, s.itemsTotal, s.documents, s.skipped)));
    }

    /** Starts an import in the background and answers the running job; {@code after} runs when it ends. */
    FeedRunView startImport(List<Path> paths, String trigger, String startedBy, Runnable after) {
        FeedSettings csaf = runner.settings("csaf");
        return runner.startImport(trigger, startedBy, sync -> run(sync, paths, csaf, startedBy), after);
    }

    private void run(FeedSync sync, List<Path> paths, FeedSettings csaf, String actor) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                sync.problem(p.toString(), "no such file or folder");
                continue;
            }
            files.addAll(walk(p));
        }
        Set<String> pinned = CsafFeed.pinned(csaf);
        FeedSync keySync = new FeedSync("import", csaf, null, java.time.Clock.systemUTC(), s -> { });
        Trust trust = new Trust(CsafFeed.localKeys(keySync, pinned), pinned);
        keySync.problems().forEach(sync::noteProblem);
        importFiles(sync, files, trust, actor);
    }

    private void importFiles(FeedSync sync, List<Path> files, Trust outer, String actor) {
        sync.itemsTotal = (sync.itemsTotal == null ? 0 : sync.itemsTotal) + files.size();
        Trust trust = outer.with(trustIn(sync, files, outer.pinned()));
        List<IncomingDocument> batch = new ArrayList<>();
        for (Path f : files) {
            sync.itemsDone++;
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            if (COMPANIONS.stream().anyMatch(name::endsWith)) {
                continue;
            }
            try {
                IncomingDocument d = file(sync, f, trust, actor);
                if (d != null) {
                    batch.add(d);
                }
            } catch (InvalidInputException | CsafIntegrity.Rejected e) {
                sync.problem(f.toString(), e.getMessage());
            } catch (IOException | UncheckedIOException e) {
                sync.problem(f.toString(), "cannot be read: " + e.getMessage());
            }
            if (batch.size() >= BATCH) {
                ingest.ingest(sync, batch, actor);
                batch = new ArrayList<>();
            }
            sync.progressed();
        }
        ingest.ingest(sync, batch, actor);
        sync.progressed();
    }

    /** Imports a file of a known kind directly; a document to ingest is returned instead. */
    private IncomingDocument file(FeedSync sync, Path f, Trust trust, String actor) throws IOException, CsafIntegrity.Rejected {
        byte[] head = head(f);
        String where = f.toString();
        if (isZip(head)) {
            if (hasCompanions(f)) {
                Path folder = extract(f);
                try {
                    importFiles(sync, walk(folder), trust, actor);
                } finally {
                    delete(folder);
                }
                return null;
            }
            osv.importZip(sync, f, "import", f.toAbsolutePath().toString(), f.getFileName().toString(), actor);
            return null;
        }
        if (isGzip(head) || ThreatCatalogs.isEpss(head)) {
            try (InputStream in = EpssFeed.decompressed(Files.newInputStream(f))) {
                catalogs.importEpss(sync, in, where);
            }
            return null;
        }
        if (ThreatCatalogs.isKev(head)) {
            try (InputStream in = Files.newInputStream(f)) {
                catalogs.importKev(sync, in, where);
            }
            return null;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.contains("\"feed\"") && text.contains("\"entry\"") || text.contains("\"canonical_url\"")
                || f.getFileName().toString().equals("changes.csv") || f.getFileName().toString().equals("index.txt")
                || text.contains("BEGIN PGP PUBLIC KEY")) {
            sync.unchanged++;
            return null; // distribution files: read for trust, not imported
        }
        byte[] content = Files.readAllBytes(f);
        String sha = FeedHttp.sha256(content);
        String key = "file:" + f.toAbsolutePath();
        if (items.of("import", key).map(i -> i.sha256().equals(sha)).orElse(false)) {
            sync.unchanged++;
            return null;
        }
        String integrity = null;
        if (text.contains("\"csaf_version\"")) {
            integrity = csafIntegrity(f, content, trust);
        }
        List<Advisory> advisories = readers.read(content, f.getFileName().toString());
        return new IncomingDocument("import", key, null, f.getFileName().toString(), "application/json",
                f.toAbsolutePath().toString(), sync.now(), integrity, content, sha, advisories);
    }

    /** A CSAF file's companions present beside it must check out; absent ones are recorded as absent. */
    private static String csafIntegrity(Path f, byte[] content, Trust trust) throws IOException, CsafIntegrity.Rejected {
        Path sha512 = f.resolveSibling(f.getFileName() + ".sha512");
        Path sha256 = f.resolveSibling(f.getFileName() + ".sha256");
        Path asc = f.resolveSibling(f.getFileName() + ".asc");
        Path hash = Files.exists(sha512) ? sha512 : Files.exists(sha256) ? sha256 : null;
        return CsafIntegrity.check(content, hash == null ? null : Files.readAllBytes(hash),
                hash == sha256 ? "SHA-256" : "SHA-512", Files.exists(asc) ? Files.readAllBytes(asc) : null, trust.keys(),
                false, false);
    }

    /** Keys trusted for this import, and the pinned fingerprints. */
    record Trust(List<OpenPgp.Key> keys, Set<String> pinned) {
        Trust with(List<OpenPgp.Key> more) {
            List<OpenPgp.Key> all = new ArrayList<>(keys);
            all.addAll(more);
            return new Trust(all, pinned);
        }
    }

    /** Public keys among the files whose fingerprint a provider-metadata.json among them declares, or that are pinned. */
    private List<OpenPgp.Key> trustIn(FeedSync sync, List<Path> files, Set<String> pinned) {
        Set<String> declared = new LinkedHashSet<>(pinned);
        List<OpenPgp.Key> candidates = new ArrayList<>();
        for (Path f : files) {
            try {
                byte[] head = head(f);
                String text = new String(head, StandardCharsets.UTF_8);
                if (text.contains("\"canonical_url\"") && text.contains("public_openpgp_keys")) {
                    JsonNode meta = mapper.readTree(Files.readAllBytes(f));
                    meta.path("public_openpgp_keys").forEach(k -> declared.add(OpenPgp.normalise(k.path("fingerprint").asText(""))));
                } else if (text.contains("BEGIN PGP PUBLIC KEY")) {
                    candidates.addAll(OpenPgp.keys(Files.readAllBytes(f)));
                }
            } catch (IOException | IllegalArgumentException e) {
                sync.problem(f.toString(), e.getMessage());
            }
        }
        return candidates.stream().filter(k -> declared.contains(k.fingerprint())).toList();
    }

    private static List<Path> walk(Path p) {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] head(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            return in.readNBytes(4096);
        }
    }

    private static boolean isZip(byte[] h) {
        return h.length >= 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4;
    }

    private static boolean isGzip(byte[] h) {
        return h.length >= 2 && (h[0] & 0xff) == 0x1f && (h[1] & 0xff) == 0x8b;
    }

    private static boolean hasCompanions(Path zip) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> e = z.entries();
            while (e.hasMoreElements()) {
                String n = e.nextElement().getName().toLowerCase(Locale.ROOT);
                if (n.endsWith(".asc") || n.endsWith(".sha512") || n.endsWith(".sha256") || n.endsWith("provider-metadata.json")) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** A mirrored folder shipped as a zip, unpacked to a private temporary folder (names confined to it, size bounded). */
    private static Path extract(Path zip) throws IOException {
        Path folder = Files.createTempDirectory("medvigil-import-");
        long total = 0;
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> e = z.entries();
            while (e.hasMoreElements()) {
                ZipEntry entry = e.nextElement();
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder) || entry.isDirectory()) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(entry)) {
                    total += Files.copy(in, target);
                }
                if (total > MAX_EXTRACTED) {
                    throw new IOException("the archive unpacks to more than " + MAX_EXTRACTED + " bytes");
                }
            }
        } catch (IOException ex) {
            delete(folder);
            throw ex;
        }
        return folder;
    }

    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
