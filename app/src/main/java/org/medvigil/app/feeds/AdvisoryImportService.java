package org.medvigil.app.feeds;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.medvigil.app.audit.AuditLog;
import org.medvigil.app.findings.FindingChanges;
import org.medvigil.app.findings.IncrementalMatching;
import org.medvigil.app.security.CurrentActor;
import org.medvigil.app.web.BadRequestException;
import org.medvigil.app.web.NotFoundException;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.medvigil.core.advisory.Advisory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advisory imports: the document is read whole first (a bad one, or a zip with bad entries
 * unless {@code skipInvalid}, is refused before anything is stored), then stored verbatim with
 * its provenance, its records made current, and the findings they cause reconciled, in one
 * transaction.
 */
@Service
public class AdvisoryImportService {
    /** Problems listed in a refusal; the rest are counted. */
    private static final int PROBLEMS_SHOWN = 20;

    private final AdvisoryDocuments documents;
    private final AdvisoryRepository repository;
    private final IncrementalMatching matching;
    private final AuditLog audit;
    private final CurrentActor current;
    private final Clock clock;

    AdvisoryImportService(AdvisoryDocuments documents, AdvisoryRepository repository, IncrementalMatching matching,
                          AuditLog audit, CurrentActor current, Clock clock) {
        this.documents = documents;
        this.repository = repository;
        this.matching = matching;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    /**
     * @param skipInvalid import the readable entries of a zip and record the others as problems,
     *                    instead of refusing the whole upload
     */
    public AdvisoryImport importDocument(byte[] content, String fileName, String mediaType, boolean skipInvalid) {
        ParsedDocument parsed = documents.parse(content, fileName);
        if (!parsed.problems().isEmpty() && !skipInvalid) {
            List<String> shown = parsed.problems().subList(0, Math.min(PROBLEMS_SHOWN, parsed.problems().size()));
            throw new BadRequestException(parsed.problems().size() + " document(s) in " + fileName
                    + " cannot be read (nothing was imported; fix them, or send skipInvalid=true to import the rest): "
                    + shown.get(0), shown);
        }
        if (parsed.advisories().isEmpty()) {
            throw new BadRequestException(fileName + " holds no advisory records");
        }
        String source = String.join("+", new TreeSet<>(parsed.advisories().stream()
                .map(a -> a.provenance() == null ? "unknown" : a.provenance().source()).toList()));
        return matching.update(update -> {
            Instant now = Instant.now(clock);
            long id = repository.insertDocument(new AdvisoryRepository.NewDocument(source, fileName, mediaType,
                    sha256(content), content, parsed.advisories().size(), parsed.problems(), now, current.get().name()));
            for (Advisory a : parsed.advisories()) {
                repository.upsert(id, a, now);
            }
            FindingChanges findings = update.advisoriesImported(parsed.advisories());
            AdvisoryDocumentView view = repository.document(id).orElseThrow();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("document", view);
            after.put("findings", findings);
            audit.record("import", "advisory_document", id, null, after);
            return new AdvisoryImport(view, findings);
        });
    }

    @Transactional(readOnly = true)
    public PageOf<AdvisoryDocumentView> documents(Paging paging) {
        return PageOf.of(repository.documents(paging), paging, repository.documentCount());
    }

    @Transactional(readOnly = true)
    public AdvisoryDocumentView document(long id) {
        return repository.document(id).orElseThrow(() -> new NotFoundException("advisory import", id));
    }

    @Transactional(readOnly = true)
    public byte[] content(long id) {
        return repository.content(id).orElseThrow(() -> new NotFoundException("advisory import", id));
    }

    @Transactional(readOnly = true)
    public PageOf<AdvisoryView> advisories(String id, Paging paging) {
        return PageOf.of(repository.advisories(id, paging), paging, repository.advisoryCount(id));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
