package org.medvigil.app.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium} and {@code chromium-driver} for the browser tests, headless, with a
 * fresh profile. Absent, the tests are skipped with a message, except under CI ({@code CI} set),
 * where that is a failure ({@code .ci/run} installs both). Other locations can be given with the
 * system properties {@code medvigil.chromium} and {@code medvigil.chromedriver}.
 */
public final class Chromium implements ExecutionCondition {
    private static final Path BROWSER = Path.of(System.getProperty("medvigil.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("medvigil.chromedriver", "/usr/bin/chromedriver"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return ConditionEvaluationResult.enabled("chromium at " + BROWSER);
        }
        String message = "no chromium at " + BROWSER + " or no chromedriver at " + DRIVER
                + ": browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)";
        if (System.getenv("CI") != null) {
            throw new IllegalStateException(message + "; under CI this is a failure (.ci/run installs them)");
        }
        return ConditionEvaluationResult.disabled(message);
    }

    /** A headless browser with a fresh profile in {@code profile}; the caller quits it. */
    static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    static Path freshProfile() {
        try {
            return Files.createTempDirectory("medvigil-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
