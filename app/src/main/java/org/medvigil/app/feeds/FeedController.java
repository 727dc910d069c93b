package org.medvigil.app.feeds;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.medvigil.app.security.CurrentActor;
import org.medvigil.app.web.BadRequestException;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.medvigil.app.web.PayloadTooLargeException;
import org.medvigil.app.web.UploadBody;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Vulnerability feeds: the sources and their settings, sync now, the job status of every sync
 * and import, offline imports by upload (air-gapped sites), and manual advisories.
 */
@RestController
@RequestMapping("/api/v1")
class FeedController {
    private final FeedRunner runner;
    private final FeedAdmin admin;
    private final FeedImports imports;
    private final ManualAdvisories manual;
    private final CurrentActor current;
    private final long maxBytes;

    FeedController(FeedRunner runner, FeedAdmin admin, FeedImports imports, ManualAdvisories manual, CurrentActor current,
                   @Value("${medvigil.uploads.max-import-bytes:4294967296}") long maxBytes) {
        this.runner = runner;
        this.admin = admin;
        this.imports = imports;
        this.manual = manual;
        this.current = current;
        this.maxBytes = maxBytes;
    }

    @GetMapping("/feeds")
    public List<FeedSourceView> sources() {
        return runner.views();
    }

    @GetMapping("/feeds/{name}")
    public FeedSourceView source(@PathVariable String name) {
        runner.source(name);
        return runner.view(name);
    }

    /** Replaces the operator's settings of a source (omitted fields fall back to properties and defaults). */
    @PutMapping("/feeds/{name}")
    public FeedSourceView update(@PathVariable String name, @Valid @RequestBody FeedSettingsForm form) {
        return admin.update(name, form);
    }

    /**
     * Syncs a source now: 202 with the running job (poll {@code /feed-runs/{id}}), or with
     * {@code wait=true} 200 with the finished job. 409 while it runs already (on any node).
     */
    @PostMapping("/feeds/{name}/sync")
    public ResponseEntity<FeedRunView> sync(@PathVariable String name, @RequestParam(defaultValue = "false") boolean wait) {
        runner.source(name);
        FeedRunView run = runner.run(name, "api", current.get().name(), wait);
        return ResponseEntity.status(wait ? HttpStatus.OK : HttpStatus.ACCEPTED).body(run);
    }

    @GetMapping("/feed-runs")
    public PageOf<FeedRunView> runs(@RequestParam(required = false) String source,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return admin.runs(source, Paging.of(page, size));
    }

    @GetMapping("/feed-runs/{id}")
    public FeedRunView run(@PathVariable long id) {
        return admin.run(id);
    }

    /**
     * Imports one file the feeds would fetch (OSV zip, KEV JSON, EPSS CSV or .gz, CSAF document,
     * NVD page, OSV record, or a zip of a mirrored CSAF folder with its hashes and signatures),
     * streamed to disk: the same import as {@code medvigil import}. 202 with the job, or with
     * {@code wait=true} 200 with the finished job.
     */
    @PostMapping(path = "/feed-imports", consumes = {"application/json", "application/*+json", "application/zip",
            "application/x-zip-compressed", "application/gzip", "application/x-gzip", "text/csv", "text/plain",
            "application/octet-stream", "application/x-yaml", "application/yaml"})
    public ResponseEntity<FeedRunView> upload(@RequestParam(required = false) String fileName,
                                              @RequestParam(defaultValue = "false") boolean wait,
                                              HttpServletRequest request) {
        String name = UploadBody.fileName(fileName).replaceAll("[^A-Za-z0-9._-]", "_");
        Path folder;
        Path file;
        try {
            folder = Files.createTempDirectory("medvigil-upload-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            file = folder.resolve(name.isEmpty() ? "upload" : name);
            long size = 0;
            try (InputStream in = request.getInputStream(); var out = Files.newOutputStream(file)) {
                byte[] buf = new byte[65536];
                for (int n; (n = in.read(buf)) > 0; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw new PayloadTooLargeException("the import", maxBytes);
                    }
                    out.write(buf, 0, n);
                }
            }
            if (size == 0) {
                throw new BadRequestException("the request body is empty: send the file with curl --data-binary @FILE");
            }
            recognisable(file);
        } catch (IOException e) {
            FeedImports.delete(folder);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            FeedImports.delete(folder);
            throw e;
        }
        String actor = current.get().name();
        Path f = file;
        Path dir = folder;
        if (wait) {
            try {
                return ResponseEntity.ok(imports.importPaths(List.of(f), "upload", actor, p -> { }));
            } finally {
                FeedImports.delete(dir);
            }
        }
        FeedRunView started = imports.startImport(List.of(f), "upload", actor, () -> FeedImports.delete(dir));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(started);
    }

    /** Refuses at once what no importer would take, rather than answering 202 for a job that can only fail. */
    private static void recognisable(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        boolean binary = head.length >= 2 && (head[0] == 'P' && head[1] == 'K' || (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b);
        boolean known = binary || ThreatCatalogs.isKev(head) || ThreatCatalogs.isEpss(head) || text.contains("\"csaf_version\"")
                || text.contains("\"vulnerabilities\"") || text.contains("\"id\"") && (text.contains("\"affected\"")
                || text.contains("\"modified\"")) || text.contains("id:") && text.contains("modified:");
        if (!known) {
            throw new BadRequestException("not a recognised feed file: expected an OSV zip or record, the CISA KEV JSON, an EPSS "
                    + "CSV (.gz), a CSAF 2.0 document or an NVD CVE API 2.0 page");
        }
    }

    /** Enters a manual advisory (a manufacturer's own finding or a researcher's report); the same id again replaces it. */
    @PostMapping("/manual-advisories")
    @ResponseStatus(HttpStatus.CREATED)
    public ManualAdvisories.Entered enter(@Valid @RequestBody ManualAdvisoryForm form) {
        return manual.enter(form);
    }
}
