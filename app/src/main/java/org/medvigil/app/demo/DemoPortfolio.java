package org.medvigil.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.medvigil.app.cases.CaseService;
import org.medvigil.app.cases.CaseStatus;
import org.medvigil.app.cases.EvidenceService;
import org.medvigil.app.cases.IsaoMembershipService;
import org.medvigil.app.feeds.AdvisoryImportService;
import org.medvigil.app.findings.AssessmentService;
import org.medvigil.app.findings.FindingFilter;
import org.medvigil.app.findings.FindingService;
import org.medvigil.app.portfolio.CustomerService;
import org.medvigil.app.portfolio.DeploymentService;
import org.medvigil.app.portfolio.ProductService;
import org.medvigil.app.portfolio.ReleaseForm;
import org.medvigil.app.portfolio.ReleaseService;
import org.medvigil.app.portfolio.SbomService;
import org.medvigil.app.security.Role;
import org.medvigil.app.security.UserForm;
import org.medvigil.app.security.UserService;
import org.medvigil.app.web.Paging;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads the demo portfolio through the same services the API calls, as the demo users: users,
 * devices and releases with their SBOMs, advisories (findings appear as they would in real use),
 * hospitals with their deployed units, assessments, and cases with dated evidence.
 */
@Component
@ConditionalOnProperty(name = "medvigil.demo", havingValue = "true")
class DemoPortfolio {
    private final UserService users;
    private final ProductService products;
    private final ReleaseService releases;
    private final SbomService sboms;
    private final AdvisoryImportService advisories;
    private final CustomerService customers;
    private final DeploymentService deployments;
    private final FindingService findings;
    private final AssessmentService assessments;
    private final CaseService cases;
    private final EvidenceService evidence;
    private final IsaoMembershipService isao;
    private final Clock clock;
    private final String adminName;

    DemoPortfolio(UserService users, ProductService products, ReleaseService releases, SbomService sboms,
                  AdvisoryImportService advisories, CustomerService customers, DeploymentService deployments,
                  FindingService findings, AssessmentService assessments, CaseService cases, EvidenceService evidence,
                  IsaoMembershipService isao, Clock clock, @Value("${medvigil.admin.username:admin}") String adminName) {
        this.users = users;
        this.products = products;
        this.releases = releases;
        this.sboms = sboms;
        this.advisories = advisories;
        this.customers = customers;
        this.deployments = deployments;
        this.findings = findings;
        this.assessments = assessments;
        this.cases = cases;
        this.evidence = evidence;
        this.isao = isao;
        this.clock = clock;
        this.adminName = adminName;
    }

    String adminName() {
        return adminName;
    }

    DemoSummary load() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        ensureAdmin();
        for (DemoUser u : DemoUser.STAFF) {
            users.create(new UserForm(u.username(), u.password(), u.role(), null));
        }
        DemoSession session = new DemoSession(users);

        Map<String, Long> productIds = new LinkedHashMap<>();
        Map<String, Long> releaseIds = new LinkedHashMap<>();
        session.run("regulatory", () -> {
            for (DemoDevices.DemoProduct p : DemoDevices.all()) {
                long product = products.create(p.form()).id();
                productIds.put(p.form().name(), product);
                for (DemoDevices.DemoRelease r : p.releases()) {
                    LocalDate released = r.releaseDate(today);
                    releaseIds.put(p.form().name() + " " + r.version(), releases.create(product,
                            new ReleaseForm(r.version(), released, released.plusYears(r.supportYears()))).id());
                }
            }
        });
        int[] components = {0};
        int[] advisoryCount = {0};
        session.run("analyst", () -> {
            for (DemoDevices.DemoProduct p : DemoDevices.all()) {
                for (DemoDevices.DemoRelease r : p.releases()) {
                    components[0] += sboms.upload(releaseIds.get(p.form().name() + " " + r.version()),
                            DemoResources.read(r.sbom()), DemoResources.fileName(r.sbom()), "application/vnd.cyclonedx+json")
                            .sbom().componentCount();
                }
            }
            for (String path : DemoDevices.ADVISORIES) {
                advisoryCount[0] += advisories.importDocument(DemoResources.read(path), DemoResources.fileName(path),
                        path.endsWith(".yaml") ? "application/yaml" : "application/json", false).document().advisoryCount();
            }
        });
        DemoInstalledBase.Loaded base = session.as("regulatory",
                () -> DemoInstalledBase.load(customers, deployments, releaseIds, today));
        for (DemoUser u : DemoUser.CUSTOMERS) {
            users.create(new UserForm(u.username(), u.password(), Role.CUSTOMER, base.customers().get(u.customer())));
        }
        int assessed = new DemoTriage(session, findings, assessments, cases, evidence, isao, productIds, releaseIds, today).load();

        int[] counts = {0, 0};
        session.run("auditor", () -> productIds.values().forEach(p -> {
            counts[0] += (int) findings.list(new FindingFilter(p, null, null, null, false), Paging.of(0, 1)).total();
            counts[1] += (int) cases.list(CaseStatus.OPEN, p, Paging.of(0, 1)).total();
        }));
        return new DemoSummary(productIds.size(), releaseIds.size(), components[0], advisoryCount[0], counts[0],
                base.customers().size(), base.units(), assessed, counts[1], Duration.ofNanos(System.nanoTime() - started));
    }

    /** The first administrator, unless the server's first-run setup made it already (with the same demo password). */
    private void ensureAdmin() {
        try {
            users.loadUserByUsername(adminName);
        } catch (UsernameNotFoundException e) {
            users.create(new UserForm(adminName, DemoUser.ADMIN_PASSWORD, Role.ADMIN, null));
        }
    }
}
