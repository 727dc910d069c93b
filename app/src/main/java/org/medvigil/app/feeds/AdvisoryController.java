package org.medvigil.app.feeds;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Base64;
import java.util.HexFormat;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.medvigil.app.web.UploadBody;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Advisory imports: one OSV (JSON or YAML), NVD CVE 2.0 or CSAF 2.0 document, or an OSV zip,
 * as the raw request body; the format is detected from the content.
 */
@RestController
@RequestMapping("/api/v1")
class AdvisoryController {
    private final AdvisoryImportService imports;
    private final long maxBytes;

    AdvisoryController(AdvisoryImportService imports, @Value("${medvigil.uploads.max-advisory-bytes}") long maxBytes) {
        this.imports = imports;
        this.maxBytes = maxBytes;
    }

    @PostMapping(path = "/advisories", consumes = {
            "application/json", "application/*+json", "application/x-yaml", "application/yaml", "text/yaml",
            "text/plain", "application/zip", "application/x-zip-compressed", "application/octet-stream"})
    @ResponseStatus(HttpStatus.CREATED)
    public AdvisoryImport importDocument(@RequestParam(required = false) String fileName,
                                         @RequestParam(defaultValue = "false") boolean skipInvalid,
                                         HttpServletRequest request) {
        byte[] content = UploadBody.read(request, maxBytes, "the advisory document");
        return imports.importDocument(content, UploadBody.fileName(fileName), request.getContentType(), skipInvalid);
    }

    /** Current advisory records; {@code id} finds one by id or alias. */
    @GetMapping("/advisories")
    public PageOf<AdvisoryView> advisories(@RequestParam(required = false) String id,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return imports.advisories(id, Paging.of(page, size));
    }

    @GetMapping("/advisory-imports")
    public PageOf<AdvisoryDocumentView> documents(@RequestParam(defaultValue = "0") int page,
                                                  @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return imports.documents(Paging.of(page, size));
    }

    @GetMapping("/advisory-imports/{id}")
    public AdvisoryDocumentView document(@PathVariable long id) {
        return imports.document(id);
    }

    /** The document byte-for-byte as imported. */
    @GetMapping("/advisory-imports/{id}/content")
    public ResponseEntity<byte[]> content(@PathVariable long id) {
        AdvisoryDocumentView doc = imports.document(id);
        byte[] content = imports.content(id);
        return ResponseEntity.ok()
                .contentType(doc.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(doc.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(doc.fileName() == null ? "advisories" : doc.fileName()).build().toString())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(doc.sha256())) + ":")
                .body(content);
    }
}
