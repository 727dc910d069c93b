package org.medvigil.app.portfolio;

import java.time.Clock;
import java.time.Instant;
import org.medvigil.app.audit.AuditLog;
import org.medvigil.app.web.ConflictException;
import org.medvigil.app.web.NotFoundException;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Releases of device models. */
@Service
public class ReleaseService {
    private final ReleaseRepository releases;
    private final ProductService products;
    private final AuditLog audit;
    private final Clock clock;

    ReleaseService(ReleaseRepository releases, ProductService products, AuditLog audit, Clock clock) {
        this.releases = releases;
        this.products = products;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageOf<Release> list(long productId, Paging paging) {
        products.get(productId);
        return PageOf.of(releases.page(productId, paging), paging, releases.count(productId));
    }

    @Transactional(readOnly = true)
    public Release get(long id) {
        return releases.find(id).orElseThrow(() -> new NotFoundException("release", id));
    }

    @Transactional
    public Release create(long productId, ReleaseForm form) {
        products.get(productId);
        if (releases.versionTaken(productId, form.version(), -1)) {
            throw new ConflictException("product " + productId + " already has a release " + form.version());
        }
        long id = releases.insert(productId, form, Instant.now(clock));
        Release created = get(id);
        audit.record("create", "release", id, null, created);
        return created;
    }

    @Transactional
    public Release update(long id, ReleaseForm form) {
        Release before = get(id);
        if (releases.versionTaken(before.productId(), form.version(), id)) {
            throw new ConflictException("product " + before.productId() + " already has a release " + form.version());
        }
        releases.update(id, form, Instant.now(clock));
        Release after = get(id);
        audit.record("update", "release", id, before, after);
        return after;
    }

    /** The release of a product with this version, created (and audited) when there is none yet. */
    @Transactional
    public Release getOrCreate(long productId, String version) {
        products.get(productId);
        return releases.find(productId, version).orElseGet(() -> create(productId, new ReleaseForm(version, null, null)));
    }
}
