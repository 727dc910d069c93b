package org.medvigil.app.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medvigil.app.portfolio.CustomerForms;
import org.medvigil.app.portfolio.CustomerService;
import org.medvigil.app.portfolio.DeploymentForm;
import org.medvigil.app.portfolio.DeploymentService;

/**
 * The hospitals that run the demo devices (fictitious), their sites and contacts, and the units
 * deployed there: older releases still in the field beside newer ones.
 */
final class DemoInstalledBase {
    static final String AURELIA = "St. Aurelia Regional Hospital";
    static final String LAKESIDE = "Lakeside Children's Medical Center";
    static final String HARBOR = "Harbor Valley Health";

    private record DemoSite(String customer, String name, String address) {
    }

    private record DemoContact(String customer, String name, String email, String phone, String title) {
    }

    /** {@code count} units of a release at a site; UDIs carry the product's (fictitious) GS1 GTIN when it has one. */
    private record Units(String product, String version, String site, int count, int installedDaysAgo, String prefix,
                         String gtin) {
    }

    private static final List<DemoSite> SITES = List.of(
            new DemoSite(AURELIA, "Main Campus", "1200 Aurelia Boulevard, Springfield"),
            new DemoSite(AURELIA, "North Outpatient Center", "45 Birch Road, Springfield"),
            new DemoSite(LAKESIDE, "Main Hospital", "3 Lakeshore Drive, Lakeside"),
            new DemoSite(HARBOR, "Harbor Valley General", "800 Harbor Street, Port Valley"),
            new DemoSite(HARBOR, "Bayview Diabetes Center", "12 Bayview Terrace, Port Valley"));

    private static final List<DemoContact> CONTACTS = List.of(
            new DemoContact(AURELIA, "Dana Whitfield", "dana.whitfield@st-aurelia.example", "+1 555 0100 210",
                    "Biomedical Engineering Manager"),
            new DemoContact(AURELIA, "Marcus Lee", "security@st-aurelia.example", null, "Chief Information Security Officer"),
            new DemoContact(LAKESIDE, "Priya Raman", "clinical.engineering@lakeside-childrens.example", "+1 555 0140 300",
                    "Clinical Engineering Lead"),
            new DemoContact(HARBOR, "Tom Okafor", "biomed@harborvalley.example", "+1 555 0177 015", "Director of Biomedical Services"),
            new DemoContact(HARBOR, "Elena Ruiz", "diabetes.center@harborvalley.example", null, "Nurse Manager, Diabetes Center"));

    private static final String VOLARA_GTIN = null;
    private static final String CORVIDA_GTIN = "00850012340024";
    private static final String GLYRA_GTIN = "00850012340031";

    private static final List<Units> UNITS = List.of(
            new Units(DemoDevices.VOLARA, "3.1.0", "Main Campus", 3, 600, "VIP31", VOLARA_GTIN),
            new Units(DemoDevices.VOLARA, "3.1.0", "Harbor Valley General", 2, 580, "VIP31H", VOLARA_GTIN),
            new Units(DemoDevices.VOLARA, "3.2.0", "Main Campus", 2, 280, "VIP32", VOLARA_GTIN),
            new Units(DemoDevices.VOLARA, "3.2.0", "Main Hospital", 3, 250, "VIP32L", VOLARA_GTIN),
            new Units(DemoDevices.VOLARA, "3.2.2", "Main Hospital", 1, 20, "VIP322L", VOLARA_GTIN),
            new Units(DemoDevices.CORVIDA, "5.0.1", "Main Campus", 2, 850, "CPM50", CORVIDA_GTIN),
            new Units(DemoDevices.CORVIDA, "5.0.1", "Harbor Valley General", 2, 820, "CPM50H", CORVIDA_GTIN),
            new Units(DemoDevices.CORVIDA, "5.1.0", "Main Hospital", 2, 350, "CPM51L", CORVIDA_GTIN),
            new Units(DemoDevices.CORVIDA, "5.1.0", "North Outpatient Center", 1, 300, "CPM51N", CORVIDA_GTIN),
            new Units(DemoDevices.GLYRA, "2.0.4", "Bayview Diabetes Center", 3, 400, "GIC204", GLYRA_GTIN),
            new Units(DemoDevices.GLYRA, "2.1.0", "North Outpatient Center", 2, 80, "GIC210N", GLYRA_GTIN),
            new Units(DemoDevices.GLYRA, "2.1.0", "Bayview Diabetes Center", 1, 60, "GIC210", GLYRA_GTIN));

    private DemoInstalledBase() {
    }

    /** What was created: customer ids by name, and the number of units. */
    record Loaded(Map<String, Long> customers, int units) {
    }

    /**
     * @param releases release ids by "product version"
     */
    static Loaded load(CustomerService customers, DeploymentService deployments, Map<String, Long> releases,
                       LocalDate today) {
        Map<String, Long> customerIds = new LinkedHashMap<>();
        for (String name : List.of(AURELIA, LAKESIDE, HARBOR)) {
            customerIds.put(name, customers.create(new CustomerForms.CustomerForm(name)).id());
        }
        Map<String, Long> siteIds = new LinkedHashMap<>();
        for (DemoSite s : SITES) {
            siteIds.put(s.name(), customers.addSite(customerIds.get(s.customer()), new CustomerForms.SiteForm(s.name(),
                    s.address())).id());
        }
        for (DemoContact c : CONTACTS) {
            customers.addContact(customerIds.get(c.customer()), new CustomerForms.ContactForm(c.name(), c.email(),
                    c.phone(), c.title()));
        }
        int units = 0;
        for (Units u : UNITS) {
            long release = releases.get(u.product() + " " + u.version());
            LocalDate since = today.minusDays(u.installedDaysAgo());
            for (int i = 1; i <= u.count(); i++) {
                String serial = u.prefix() + "-" + String.format("%05d", 100 + i);
                String udi = u.gtin() == null ? null : "(01)" + u.gtin() + "(11)" + since.toString().replace("-", "").substring(2)
                        + "(21)" + serial;
                deployments.create(new DeploymentForm(siteIds.get(u.site()), release, serial, udi, since));
                units++;
            }
        }
        return new Loaded(customerIds, units);
    }
}
