package org.medvigil.app.portfolio;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.medvigil.app.audit.AuditLog;
import org.medvigil.app.security.Actor;
import org.medvigil.app.security.CurrentActor;
import org.medvigil.app.web.ConflictException;
import org.medvigil.app.web.NotFoundException;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers (HDOs), their sites and contacts. A customer actor sees only its own organisation;
 * any other customer's id answers 404, exactly as an id that does not exist.
 */
@Service
public class CustomerService {
    private final CustomerRepository customers;
    private final AuditLog audit;
    private final CurrentActor current;
    private final Clock clock;

    CustomerService(CustomerRepository customers, AuditLog audit, CurrentActor current, Clock clock) {
        this.customers = customers;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageOf<Customer> list(Paging paging) {
        Actor actor = current.get();
        Long only = actor.isCustomer() ? scopeOf(actor) : null;
        return PageOf.of(customers.page(only, paging), paging, customers.count(only));
    }

    @Transactional(readOnly = true)
    public Customer get(long id) {
        if (!current.get().canSeeCustomer(id)) {
            throw new NotFoundException("customer", id);
        }
        return customers.find(id).orElseThrow(() -> new NotFoundException("customer", id));
    }

    @Transactional
    public Customer create(CustomerForms.CustomerForm form) {
        if (customers.nameTaken(form.name(), -1)) {
            throw new ConflictException("a customer named '" + form.name() + "' already exists");
        }
        long id = customers.insert(form.name(), Instant.now(clock));
        Customer created = get(id);
        audit.record("create", "customer", id, null, created);
        return created;
    }

    @Transactional
    public Customer update(long id, CustomerForms.CustomerForm form) {
        Customer before = get(id);
        if (customers.nameTaken(form.name(), id)) {
            throw new ConflictException("a customer named '" + form.name() + "' already exists");
        }
        customers.update(id, form.name(), Instant.now(clock));
        Customer after = get(id);
        audit.record("update", "customer", id, before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public List<Site> sites(long customerId) {
        get(customerId);
        return customers.sites(customerId);
    }

    /** A site, if the actor may see its customer; else 404. */
    @Transactional(readOnly = true)
    public Site site(long id) {
        Site site = customers.site(id).orElseThrow(() -> new NotFoundException("site", id));
        if (!current.get().canSeeCustomer(site.customerId())) {
            throw new NotFoundException("site", id);
        }
        return site;
    }

    @Transactional
    public Site addSite(long customerId, CustomerForms.SiteForm form) {
        get(customerId);
        if (customers.siteNameTaken(customerId, form.name())) {
            throw new ConflictException("customer " + customerId + " already has a site named '" + form.name() + "'");
        }
        long id = customers.insertSite(customerId, form, Instant.now(clock));
        Site created = customers.site(id).orElseThrow();
        audit.record("create", "site", id, null, created);
        return created;
    }

    @Transactional(readOnly = true)
    public List<Contact> contacts(long customerId) {
        get(customerId);
        return customers.contacts(customerId);
    }

    @Transactional
    public Contact addContact(long customerId, CustomerForms.ContactForm form) {
        get(customerId);
        long id = customers.insertContact(customerId, form, Instant.now(clock));
        Contact created = customers.contact(id).orElseThrow();
        audit.record("create", "contact", id, null, created);
        return created;
    }

    @Transactional
    public void deleteContact(long id) {
        Contact before = customers.contact(id).orElseThrow(() -> new NotFoundException("contact", id));
        customers.deleteContact(id);
        audit.record("delete", "contact", id, before, null);
    }

    private static long scopeOf(Actor actor) {
        return actor.customerId() == null ? -1L : actor.customerId();
    }
}
