package org.medvigil.app.portfolio;

import jakarta.servlet.http.HttpServletRequest;
import org.medvigil.app.findings.FindingFilter;
import org.medvigil.app.findings.FindingService;
import org.medvigil.app.findings.FindingOrder;
import org.medvigil.app.findings.FindingView;
import org.medvigil.app.security.Actor;
import org.medvigil.app.security.CurrentActor;
import org.medvigil.app.web.NotFoundException;
import org.medvigil.app.web.PageController;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Pager;
import org.medvigil.app.web.Paging;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The installed base: customers (HDOs) with their sites, contacts and units, one unit with the
 * findings of the release it runs, and a customer's own "my devices" page. The services confine
 * a customer to its own organisation; another's ids answer 404.
 */
@PageController
class CustomerPages {
    private static final int PAGE_SIZE = 50;

    private final CustomerService customers;
    private final DeploymentService deployments;
    private final FindingService findings;
    private final CurrentActor current;

    CustomerPages(CustomerService customers, DeploymentService deployments, FindingService findings, CurrentActor current) {
        this.customers = customers;
        this.deployments = deployments;
        this.findings = findings;
        this.current = current;
    }

    @GetMapping("/customers")
    String list(@RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
        PageOf<Customer> items = customers.list(Paging.of(page, PAGE_SIZE));
        model.addAttribute("items", items.items());
        model.addAttribute("pager", Pager.of(items, request));
        return "portfolio/customers";
    }

    @GetMapping("/customers/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model,
                  HttpServletRequest request) {
        Customer customer = customers.get(id);
        PageOf<Deployment> units = deployments.list(id, null, Paging.of(page, PAGE_SIZE));
        model.addAttribute("customer", customer);
        model.addAttribute("sites", customers.sites(id));
        model.addAttribute("contacts", customers.contacts(id));
        model.addAttribute("units", units.items());
        model.addAttribute("pager", Pager.of(units, request));
        return "portfolio/customer";
    }

    @GetMapping("/deployments/{id}")
    String deployment(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model,
                      HttpServletRequest request) {
        Deployment unit = deployments.get(id);
        PageOf<FindingView> concerning = findings.list(new FindingFilter(null, unit.releaseId(), null, null, false),
                Paging.of(page, PAGE_SIZE));
        model.addAttribute("unit", unit);
        model.addAttribute("findings", concerning.items());
        model.addAttribute("pager", Pager.of(concerning, request));
        return "portfolio/deployment";
    }

    /** A customer's units and every finding of the releases they run, most severe first. */
    @GetMapping("/my-devices")
    String myDevices(@RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
        Actor actor = current.get();
        if (!actor.isCustomer() || actor.customerId() == null) {
            throw new NotFoundException("customer of user", actor.name());
        }
        PageOf<FindingView> concerning = findings.list(FindingFilter.all(FindingOrder.SEVERITY), Paging.of(page, PAGE_SIZE));
        model.addAttribute("customer", customers.get(actor.customerId()));
        model.addAttribute("units", deployments.list(null, null, Paging.of(0, Paging.MAX_SIZE)).items());
        model.addAttribute("findings", concerning.items());
        model.addAttribute("pager", Pager.of(concerning, request));
        model.addAttribute("summary", findings.summary());
        return "portfolio/my-devices";
    }
}
