package org.medvigil.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.medvigil.app.security.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The web UI in a real browser (Debian chromium, headless) against the real server on a random
 * port: every role signs in and out, an analyst uploads an SBOM through the form, finds the
 * finding, opens it and assesses it and sees the determination explained; a bad SBOM shows the
 * reader's problem; a customer sees only its own organisation; a form posted without its CSRF
 * token is refused. One browser for the class; each test signs in afresh.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:medvigil-browser;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        ServerTestSupport.ADMIN_PASSWORD_PROPERTY,
        "spring.flyway.clean-disabled=false",
        "logging.level.org.medvigil=WARN",
        "medvigil.scheduler.enabled=false"})
@AutoConfigureMockMvc
@Import(ServerTestConfiguration.class)
@ExtendWith(Chromium.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiBrowserTest extends PageTestSupport {
    private static final String CRITICAL = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private Path profile;
    private Path files;

    private String lib;
    private String vulnerability;
    private long product;
    private String productName;
    private long customerA;
    private long customerB;
    private String serialA;
    private String serialB;
    private long installedRelease;

    @BeforeAll
    void startBrowserAndFixture() throws IOException {
        profile = Chromium.freshProfile();
        files = Files.createTempDirectory("medvigil-browser-files-");
        browser = Chromium.start(profile);

        String u = unique().replace('-', 'x');
        lib = "mv-ui-lib-" + u;
        vulnerability = "MVUI-" + u;
        productName = "Browser pump " + u;
        product = createProduct(productName);
        MvcResult imported = upload(key(Role.SECURITY_ANALYST), "/api/v1/advisories?fileName=" + vulnerability + ".json",
                Documents.osv(vulnerability, List.of("CVE-2099-" + u), lib, "1.0.1", CRITICAL, false), "application/json");
        assertThat(imported.getResponse().getStatus()).as(body(imported)).isEqualTo(201);

        // Installed base: release "installed" (with an SBOM) runs at customer A; customer B runs another one.
        installedRelease = createRelease(product, "0.9");
        MvcResult sbom = upload(key(Role.SECURITY_ANALYST), "/api/v1/releases/" + installedRelease + "/sboms",
                Documents.cycloneDx(UUID.randomUUID().toString(), lib + "@1.0.0"), "application/json");
        assertThat(sbom.getResponse().getStatus()).as(body(sbom)).isEqualTo(201);
        long otherRelease = createRelease(product, "0.8");
        customerA = createCustomer("Browser hospital A " + u);
        customerB = createCustomer("Browser hospital B " + u);
        serialA = "SN-A-" + u;
        serialB = "SN-B-" + u;
        deploy(createSite(customerA, "Cardiology"), installedRelease, serialA);
        deploy(createSite(customerB, "Oncology"), otherRelease, serialB);
    }

    @AfterAll
    void quitBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        deleteTree(profile);
        deleteTree(files);
    }

    @Test
    void anAnalystUploadsAnSbomFindsTheFindingAssessesItAndSeesTheDeterminationExplained() {
        long release = createRelease(product, "2.0");
        signIn(staff(Role.SECURITY_ANALYST));
        assertThat(heading()).isEqualTo("Dashboard");

        click(By.linkText("Products"));
        click(By.linkText(productName));
        click(By.linkText("2.0"));
        assertThat(text()).contains("No SBOM uploaded yet.");
        browser.findElement(By.id("file")).sendKeys(file("pump-2.0.cdx.json",
                Documents.cycloneDx(UUID.randomUUID().toString(), lib + "@1.0.0", "mv-ui-other-" + release + "@2.0.0")).toString());
        click(By.xpath("//button[text()='Upload and match']"));
        assertThat(flash()).contains("SBOM revision 1 stored").contains("2 components").contains("1 new finding");
        snap("release");

        click(By.linkText("Findings of this release"));
        assertThat(heading()).isEqualTo("Findings");
        snap("findings");
        click(By.linkText(vulnerability));
        assertThat(heading()).isEqualTo(vulnerability + " in " + lib + " 1.0.0");
        assertThat(text()).contains("Why it matched").contains("1.0.1").contains("CVE-2099-").contains("Not assessed yet");

        click(By.linkText("Assess this finding"));
        new Select(browser.findElement(By.id("state"))).selectByValue("exploitable");
        browser.findElement(By.id("cvssVectors")).sendKeys(CRITICAL);
        tick(By.cssSelector("input[name=harmSeverity][value=serious]"));
        browser.findElement(By.id("rationale")).sendKeys("Reachable from the hospital network without authentication");
        click(By.xpath("//button[text()='Record assessment']"));

        assertThat(flash()).startsWith("Assessment recorded: uncontrolled");
        WebElement assessment = browser.findElement(By.xpath("//h2[@id='assessment']/following-sibling::div[1]"));
        assertThat(assessment.getText()).contains("uncontrolled").contains("very-high").contains("serious")
                .contains("How the determination was reached");
        assertThat(browser.findElement(By.cssSelector("table.matrix td.marked")).getText()).contains("uncontrolled");
        snap("finding-assessed");
    }

    @Test
    void aBadSbomShowsTheReadersProblemAndStoresNothing() {
        long release = createRelease(product, "bad-" + unique());
        signIn(staff(Role.SECURITY_ANALYST));
        browser.get(url("/releases/" + release));
        browser.findElement(By.id("file")).sendKeys(file("broken.cdx.json",
                "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{\"name\":".getBytes(StandardCharsets.UTF_8))
                .toString());
        click(By.xpath("//button[text()='Upload and match']"));

        WebElement alert = browser.findElement(By.id("upload-error"));
        assertThat(alert.getText()).startsWith("The SBOM was not stored: broken.cdx.json");
        assertThat(text()).contains("No SBOM uploaded yet.");
        assertThat(browser.findElement(By.id("file")).getAttribute("aria-invalid")).isEqualTo("true");
        snap("bad-sbom");
    }

    @Test
    void aCustomerSeesOnlyItsOwnOrganisationUnitsAndFindings() {
        signIn(customerUser(customerA));
        assertThat(browser.getCurrentUrl()).endsWith("/my-devices");
        assertThat(heading()).isEqualTo("My devices");
        String page = text();
        assertThat(page).contains(serialA).contains(vulnerability).contains("Fixed in component version")
                .doesNotContain(serialB).doesNotContain("Browser hospital B");
        assertThat(navigation()).contains("My devices", "Findings", "My organisation").doesNotContain("Products", "Audit log");
        snap("my-devices");

        browser.get(url("/customers/" + customerB));
        assertThat(heading()).isEqualTo("404 Not Found");
        browser.get(url("/products/" + product));
        assertThat(heading()).isEqualTo("403 Forbidden");
        browser.get(url("/findings"));
        assertThat(text()).contains(vulnerability);
        click(By.linkText(vulnerability));
        assertThat(text()).contains("Your affected units").contains(serialA).doesNotContain(serialB)
                .doesNotContain("Assessment history");
    }

    @Test
    void everyRoleSignsInSeesItsNavigationAndSignsOut() {
        Map<Role, List<String>> expected = Map.of(
                Role.ADMIN, List.of("Dashboard", "Products", "Findings", "Customers", "Audit log"),
                Role.SECURITY_ANALYST, List.of("Dashboard", "Products", "Findings", "Customers"),
                Role.REGULATORY, List.of("Dashboard", "Products", "Findings", "Customers"),
                Role.AUDITOR, List.of("Dashboard", "Products", "Findings", "Customers", "Audit log"));
        for (Role role : List.of(Role.ADMIN, Role.SECURITY_ANALYST, Role.REGULATORY, Role.AUDITOR)) {
            signIn(staff(role));
            assertThat(heading()).as(role.name()).isEqualTo("Dashboard");
            assertThat(navigation()).as(role.name()).containsAll(expected.get(role));
            if (!expected.get(role).contains("Audit log")) {
                assertThat(navigation()).as(role.name()).doesNotContain("Audit log");
            }
            assertThat(browser.findElement(By.tagName("header")).getText()).contains("Signed in as " + staff(role));
            click(By.xpath("//button[text()='Sign out']"));
            assertThat(browser.getCurrentUrl()).endsWith("/login?logout");
            assertThat(text()).contains("You are signed out.");
        }
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        signIn(staff(Role.SECURITY_ANALYST));
        browser.get(url("/releases/" + installedRelease));
        click(By.linkText(lib));
        String component = browser.getCurrentUrl();
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('form[action$=\"/support\"] input[name=_csrf]').remove()");
        browser.findElement(By.id("level")).sendKeys("maintained upstream");
        click(By.xpath("//button[text()='Save support data']"));
        assertThat(heading()).isEqualTo("403 Forbidden");

        browser.get(component);
        assertThat(text()).doesNotContain("maintained upstream");
        browser.findElement(By.id("level")).sendKeys("maintained upstream");
        click(By.xpath("//button[text()='Save support data']"));
        assertThat(flash()).contains("Support data of " + lib + " saved.");
    }

    // ---- browser helpers ----

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        click(By.xpath("//button[text()='Sign in']"));
        assertThat(browser.getCurrentUrl()).as("signed in as " + username).doesNotContain("/login");
    }

    /** Clicks a link or submit button and waits until the next page has replaced this one. */
    private void click(By by) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(by).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    /** Ticks a radio button or checkbox (no page change). */
    private void tick(By by) {
        browser.findElement(by).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private String text() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private String flash() {
        List<WebElement> flash = browser.findElements(By.cssSelector("main .flash"));
        assertThat(flash).as("a message on " + browser.getCurrentUrl() + ":\n" + text()).isNotEmpty();
        return flash.get(0).getText();
    }

    private List<String> navigation() {
        return browser.findElements(By.cssSelector("nav[aria-label=Main] a")).stream().map(WebElement::getText).toList();
    }

    private Path file(String name, byte[] content) {
        try {
            Path dir = Files.createTempDirectory(files, "upload-");
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a screenshot when {@code medvigil.screenshots} names a folder: for looking at the pages, not for asserting. */
    private void snap(String name) {
        String dir = System.getProperty("medvigil.screenshots");
        if (dir != null) {
            try {
                Files.createDirectories(Path.of(dir));
                Files.write(Path.of(dir, name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
