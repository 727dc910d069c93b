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
import tools.jackson.databind.json.JsonMapper;

/** Device models. */
@Service
public class ProductService {
    private final ProductRepository products;
    private final AuditLog audit;
    private final Clock clock;
    private final JsonMapper json;

    ProductService(ProductRepository products, AuditLog audit, Clock clock, JsonMapper json) {
        this.products = products;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageOf<Product> list(Paging paging) {
        return PageOf.of(products.page(paging), paging, products.count());
    }

    @Transactional(readOnly = true)
    public Product get(long id) {
        return products.find(id).orElseThrow(() -> new NotFoundException("product", id));
    }

    @Transactional
    public Product create(ProductForm form) {
        if (products.nameTaken(form.name(), -1)) {
            throw new ConflictException("a product named '" + form.name() + "' already exists");
        }
        long id = products.insert(form, DeviceRiskProfile.harmScale(form.harmSeverityScale()),
                DeviceRiskProfile.matrixJson(form.riskAcceptanceMatrix(), json), Instant.now(clock));
        Product created = get(id);
        audit.record("create", "product", id, null, created);
        return created;
    }

    @Transactional
    public Product update(long id, ProductForm form) {
        Product before = get(id);
        if (products.nameTaken(form.name(), id)) {
            throw new ConflictException("a product named '" + form.name() + "' already exists");
        }
        products.update(id, form, DeviceRiskProfile.harmScale(form.harmSeverityScale()),
                DeviceRiskProfile.matrixJson(form.riskAcceptanceMatrix(), json), Instant.now(clock));
        Product after = get(id);
        audit.record("update", "product", id, before, after);
        return after;
    }
}
