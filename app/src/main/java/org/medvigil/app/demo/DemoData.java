package org.medvigil.app.demo;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code medvigil serve --demo}: loads the demo portfolio into the (fresh, throw-away) demo
 * database once the server is up, and prints what it loaded and the demo sign-ins.
 */
@Component
@ConditionalOnProperty(name = "medvigil.demo", havingValue = "true")
class DemoData implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final DemoPortfolio portfolio;
    private final Environment environment;
    private DemoSummary summary;

    DemoData(DemoPortfolio portfolio, Environment environment) {
        this.portfolio = portfolio;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        summary = portfolio.load();
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("MedVigil demo ready at http://localhost:" + port + "  (loaded in " + summary.took().toMillis() + " ms)");
        lines.add(String.format("  %d devices, %d releases, %d SBOM components, %d advisories, %d findings, "
                        + "%d hospitals with %d units, %d assessments, %d open regulatory cases",
                summary.products(), summary.releases(), summary.sbomComponents(), summary.advisories(), summary.findings(),
                summary.customers(), summary.units(), summary.assessments(), summary.openCases()));
        lines.add("  Demo sign-ins (demo database only; recreated at every --demo start):");
        lines.add(String.format("    %-11s %-21s %s", portfolio.adminName(), DemoUser.ADMIN_PASSWORD, "ADMIN"));
        for (DemoUser u : DemoUser.STAFF) {
            lines.add(String.format("    %-11s %-21s %s", u.username(), u.password(), u.role()));
        }
        for (DemoUser u : DemoUser.CUSTOMERS) {
            lines.add(String.format("    %-11s %-21s %s (%s)", u.username(), u.password(), u.role(), u.customer()));
        }
        lines.add("  Try: curl -u regulatory:regulatory-demo-pass http://localhost:" + port + "/api/v1/cases");
        LOG.info(String.join(System.lineSeparator(), lines));
    }

    /** What was loaded; null before the runner ran. */
    DemoSummary summary() {
        return summary;
    }
}
