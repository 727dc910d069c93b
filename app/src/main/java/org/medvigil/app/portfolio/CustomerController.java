package org.medvigil.app.portfolio;

import jakarta.validation.Valid;
import java.util.List;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Customers (HDOs), their sites and contacts. */
@RestController
@RequestMapping("/api/v1")
class CustomerController {
    private final CustomerService customers;

    CustomerController(CustomerService customers) {
        this.customers = customers;
    }

    @GetMapping("/customers")
    public PageOf<Customer> list(@RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return customers.list(Paging.of(page, size));
    }

    @PostMapping("/customers")
    @ResponseStatus(HttpStatus.CREATED)
    public Customer create(@Valid @RequestBody CustomerForms.CustomerForm form) {
        return customers.create(form);
    }

    @GetMapping("/customers/{id}")
    public Customer get(@PathVariable long id) {
        return customers.get(id);
    }

    @PutMapping("/customers/{id}")
    public Customer update(@PathVariable long id, @Valid @RequestBody CustomerForms.CustomerForm form) {
        return customers.update(id, form);
    }

    @GetMapping("/customers/{id}/sites")
    public List<Site> sites(@PathVariable long id) {
        return customers.sites(id);
    }

    @PostMapping("/customers/{id}/sites")
    @ResponseStatus(HttpStatus.CREATED)
    public Site addSite(@PathVariable long id, @Valid @RequestBody CustomerForms.SiteForm form) {
        return customers.addSite(id, form);
    }

    @GetMapping("/customers/{id}/contacts")
    public List<Contact> contacts(@PathVariable long id) {
        return customers.contacts(id);
    }

    @PostMapping("/customers/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    public Contact addContact(@PathVariable long id, @Valid @RequestBody CustomerForms.ContactForm form) {
        return customers.addContact(id, form);
    }

    @DeleteMapping("/contacts/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void deleteContact(@PathVariable long id) {
        customers.deleteContact(id);
    }
}
