package org.medvigil.app.portfolio;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * SBOM uploads and the components they describe. An upload is the raw document as the request
 * body (any supported format; detected from content), e.g. from CI:
 * {@code curl -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" --data-binary @bom.json
 * .../api/v1/products/1/sboms?version=3.2.0}. Form encodings are refused with 415: curl's default
 * ({@code application/x-www-form-urlencoded}) would have the body parsed as form fields.
 */
@RestController
@RequestMapping("/api/v1")
class SbomController {
    private final SbomService sboms;
    private final ComponentService components;
    private final long maxBytes;

    SbomController(SbomService sboms, ComponentService components,
                   @Value("${medvigil.uploads.max-sbom-bytes}") long maxBytes) {
        this.sboms = sboms;
        this.components = components;
        this.maxBytes = maxBytes;
    }

    @PostMapping(path = "/releases/{id}/sboms", consumes = {
            "application/json", "application/*+json", "application/xml", "application/*+xml", "text/xml",
            "text/plain", "text/spdx", "application/x-yaml", "application/yaml", "text/yaml",
            "application/octet-stream"})
    @ResponseStatus(HttpStatus.CREATED)
    public SbomUpload upload(@PathVariable long id, @RequestParam(required = false) String fileName,
                             HttpServletRequest request) {
        byte[] content = UploadBody.read(request, maxBytes, "the SBOM");
        return sboms.upload(id, content, UploadBody.fileName(fileName), request.getContentType());
    }

    /** Uploads to the release of {@code version}, creating the release if it does not exist yet. */
    @PostMapping(path = "/products/{id}/sboms", consumes = {
            "application/json", "application/*+json", "application/xml", "application/*+xml", "text/xml",
            "text/plain", "text/spdx", "application/x-yaml", "application/yaml", "text/yaml",
            "application/octet-stream"})
    @ResponseStatus(HttpStatus.CREATED)
    public SbomUpload uploadForVersion(@PathVariable long id, @RequestParam String version,
                                       @RequestParam(required = false) String fileName, HttpServletRequest request) {
        byte[] content = UploadBody.read(request, maxBytes, "the SBOM");
        return sboms.upload(id, version, content, UploadBody.fileName(fileName), request.getContentType());
    }

    @GetMapping("/releases/{id}/sboms")
    public List<SbomDocumentView> revisions(@PathVariable long id) {
        return sboms.revisions(id);
    }

    @GetMapping("/releases/{id}/sboms/{revision}")
    public SbomDocumentView revision(@PathVariable long id, @PathVariable int revision) {
        return sboms.revision(id, revision);
    }

    /** The document byte-for-byte as uploaded. */
    @GetMapping("/releases/{id}/sboms/{revision}/content")
    public ResponseEntity<byte[]> content(@PathVariable long id, @PathVariable int revision) {
        SbomDocumentView doc = sboms.revision(id, revision);
        byte[] content = sboms.content(id, revision);
        MediaType type = doc.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(doc.mediaType());
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(doc.fileName() == null ? "sbom" : doc.fileName()).build().toString())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(doc.sha256())) + ":")
                .body(content);
    }

    @GetMapping("/releases/{id}/components")
    public PageOf<ComponentView> components(@PathVariable long id, @RequestParam(required = false) Integer revision,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return sboms.components(id, revision, Paging.of(page, size));
    }

    @GetMapping("/components/{id}")
    public ComponentView component(@PathVariable long id) {
        return components.get(id);
    }

    /** Sets a component's support data (FDA C-06). */
    @PutMapping("/components/{id}/support")
    public ComponentView updateSupport(@PathVariable long id, @Valid @RequestBody SupportForm form) {
        return components.updateSupport(id, form);
    }
}
