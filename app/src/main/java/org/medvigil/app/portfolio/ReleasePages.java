package org.medvigil.app.portfolio;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.medvigil.app.web.BadRequestException;
import org.medvigil.app.web.PageController;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Pager;
import org.medvigil.app.web.Paging;
import org.medvigil.app.web.PayloadTooLargeException;
import org.medvigil.app.web.UploadBody;
import org.medvigil.core.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A release's page: its SBOM revisions, the upload form for the next one, and the components of
 * the current revision with their support data (FDA C-06), those past their end of support
 * marked. A refused SBOM is shown with the reader's one-line problem; nothing is stored.
 */
@PageController
class ReleasePages {
    private static final int PAGE_SIZE = 100;

    private final ReleaseService releases;
    private final SbomService sboms;
    private final long maxBytes;

    ReleasePages(ReleaseService releases, SbomService sboms, @Value("${medvigil.uploads.max-sbom-bytes}") long maxBytes) {
        this.releases = releases;
        this.sboms = sboms;
        this.maxBytes = maxBytes;
    }

    @GetMapping("/releases/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model,
                  HttpServletRequest request) {
        return page(id, page, null, model, request);
    }

    /** The upload form (multipart); a request without a file gets the form back with the problem. */
    @PostMapping("/releases/{id}/sboms")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        releases.get(id);
        String problem;
        try {
            if (file == null || file.isEmpty()) {
                throw new BadRequestException("choose an SBOM file to upload (CycloneDX JSON/XML, SPDX JSON/YAML/tag-value)");
            }
            if (file.getSize() > maxBytes) {
                throw new PayloadTooLargeException("the SBOM", maxBytes);
            }
            SbomUpload stored = sboms.upload(id, file.getBytes(), UploadBody.fileName(file.getOriginalFilename()),
                    file.getContentType());
            redirect.addFlashAttribute("flash", "SBOM revision " + stored.sbom().revision() + " stored ("
                    + stored.sbom().format() + ", " + stored.sbom().componentCount() + " components): "
                    + stored.findings().created().size() + " new finding(s), " + stored.findings().reopened().size()
                    + " reopened, " + stored.findings().gone().size() + " no longer matching.");
            return "redirect:/releases/" + id;
        } catch (InvalidInputException e) {
            problem = e.oneLine();
        } catch (BadRequestException | PayloadTooLargeException e) {
            problem = e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(id, 0, "The SBOM was not stored: " + problem, model, request);
    }

    /** The document byte-for-byte as uploaded. */
    @GetMapping("/releases/{id}/sboms/{revision}/content")
    ResponseEntity<byte[]> content(@PathVariable long id, @PathVariable int revision) {
        SbomDocumentView doc = sboms.revision(id, revision);
        byte[] content = sboms.content(id, revision);
        MediaType type;
        try {
            type = doc.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(doc.mediaType());
        } catch (IllegalArgumentException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(doc.fileName() == null ? "sbom" : doc.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    private String page(long id, int page, String uploadError, Model model, HttpServletRequest request) {
        Release release = releases.get(id);
        PageOf<ComponentView> components = sboms.components(id, null, Paging.of(page, PAGE_SIZE));
        model.addAttribute("release", release);
        model.addAttribute("revisions", sboms.revisions(id));
        model.addAttribute("components", components.items());
        model.addAttribute("pager", Pager.of(components, request));
        model.addAttribute("uploadError", uploadError);
        model.addAttribute("maxMegabytes", maxBytes / (1024 * 1024));
        return "portfolio/release";
    }
}
