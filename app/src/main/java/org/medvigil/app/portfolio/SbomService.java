package org.medvigil.app.portfolio;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medvigil.app.audit.AuditLog;
import org.medvigil.app.findings.FindingChanges;
import org.medvigil.app.findings.IncrementalMatching;
import org.medvigil.app.findings.MatchingUpdate;
import org.medvigil.app.security.CurrentActor;
import org.medvigil.app.storage.JsonText;
import org.medvigil.app.web.NotFoundException;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.medvigil.core.sbom.Inventory;
import org.medvigil.core.sbom.SbomReaders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SBOM uploads: the document is read whole in memory first (a bad one is refused before
 * anything is stored), then stored verbatim as the release's next revision with its components
 * and the findings matching yields, all in one transaction.
 */
@Service
public class SbomService {
    private final SbomReaders readers;
    private final ReleaseService releases;
    private final ReleaseRepository releaseRows;
    private final SbomRepository sboms;
    private final ComponentRepository components;
    private final IncrementalMatching matching;
    private final AuditLog audit;
    private final CurrentActor current;
    private final JsonText json;
    private final Clock clock;

    SbomService(SbomReaders readers, ReleaseService releases, ReleaseRepository releaseRows, SbomRepository sboms,
                ComponentRepository components, IncrementalMatching matching, AuditLog audit, CurrentActor current,
                JsonText json, Clock clock) {
        this.readers = readers;
        this.releases = releases;
        this.releaseRows = releaseRows;
        this.sboms = sboms;
        this.components = components;
        this.matching = matching;
        this.audit = audit;
        this.current = current;
        this.json = json;
        this.clock = clock;
    }

    /** Stores a new SBOM revision of a release and matches it. */
    public SbomUpload upload(long releaseId, byte[] content, String fileName, String mediaType) {
        releases.get(releaseId);
        Inventory inventory = readers.read(content, fileName);
        return matching.update(update -> store(releaseId, content, fileName, mediaType, inventory, update));
    }

    /** As {@link #upload}, for the release of a product with this version, created when missing (for CI). */
    public SbomUpload upload(long productId, String version, byte[] content, String fileName, String mediaType) {
        releases.list(productId, Paging.of(0, 1));
        Inventory inventory = readers.read(content, fileName);
        return matching.update(update -> store(releases.getOrCreate(productId, version).id(), content, fileName,
                mediaType, inventory, update));
    }

    private SbomUpload store(long releaseId, byte[] content, String fileName, String mediaType, Inventory inventory,
                             MatchingUpdate update) {
        releaseRows.lock(releaseId);
        int revision = sboms.nextRevision(releaseId);
        String serial = inventory.document() == null ? null : inventory.document().serialNumber();
        long documentId = sboms.insert(new SbomRepository.NewDocument(releaseId, revision, fileName, mediaType,
                inventory.format(), serial, sha256(content), content, inventory.components().size(),
                json.write(inventory.warnings()), Instant.now(clock), current.get().name()));
        List<Long> ids = components.insertAll(documentId, releaseId, inventory.components());
        releaseRows.setCurrentSbom(releaseId, documentId);
        FindingChanges findings = update.releaseInventoryReplaced(releaseId, inventory, ids);
        SbomDocumentView view = sboms.find(documentId).orElseThrow();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("sbom", view);
        after.put("findings", findings);
        audit.record("upload", "sbom_document", documentId, null, after);
        return new SbomUpload(view, findings);
    }

    @Transactional(readOnly = true)
    public List<SbomDocumentView> revisions(long releaseId) {
        releases.get(releaseId);
        return sboms.ofRelease(releaseId);
    }

    @Transactional(readOnly = true)
    public SbomDocumentView revision(long releaseId, int revision) {
        return sboms.find(releaseId, revision)
                .orElseThrow(() -> new NotFoundException("SBOM revision", releaseId + "/" + revision));
    }

    /** The document exactly as uploaded. */
    @Transactional(readOnly = true)
    public byte[] content(long releaseId, int revision) {
        return sboms.content(releaseId, revision)
                .orElseThrow(() -> new NotFoundException("SBOM revision", releaseId + "/" + revision));
    }

    /** Components of a revision (the current one when {@code revision} is null). */
    @Transactional(readOnly = true)
    public PageOf<ComponentView> components(long releaseId, Integer revision, Paging paging) {
        Release release = releases.get(releaseId);
        Integer r = revision != null ? revision : release.currentSbomRevision();
        if (r == null) {
            return PageOf.of(List.of(), paging, 0);
        }
        long documentId = revision(releaseId, r).id();
        return PageOf.of(components.page(documentId, paging), paging, components.count(documentId));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
