package com.example.citi.au.customers.server.playground;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.util.FileSystemUtils;

/**
 * Headless Chromium driven through the chromedriver of the machine's packages, with a profile of
 * its own that goes when it closes. Selenium is pointed at both programs, so that it never tries
 * to download a driver or a browser. Without them the browser tests are skipped
 * ({@link ChromiumInstalled}), unless {@value #REQUIRED} is set (as .ci/run does): then they fail.
 */
final class HeadlessChromium implements AutoCloseable {

    static final String REQUIRED = "CUSTOMERS_BROWSER_TESTS_REQUIRED";
    static final String MISSING =
            "Chromium or chromedriver is not on the PATH; install both with: apt-get install -y chromium chromium-driver";

    /** Records every Content-Security-Policy violation of a page, from before its first script runs. */
    private static final String RECORD_CSP_VIOLATIONS = """
            window.cspViolations = [];
            document.addEventListener('securitypolicyviolation', event =>
                window.cspViolations.push(event.violatedDirective + ' refused ' + event.blockedURI));""";

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static boolean installed() {
        return browser().isPresent() && chromedriver().isPresent();
    }

    static HeadlessChromium start() {
        if (!installed()) {
            Assertions.fail(MISSING + " (" + REQUIRED + " is set, so the browser tests must run)");
        }
        Path profile = temporaryDirectory();
        ChromeOptions options = new ChromeOptions()
                .setBinary(browser().orElseThrow().toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-extensions",
                        "--window-size=1280,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver().orElseThrow().toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
        return new HeadlessChromium(driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** What the page's console and the browser logged so far: messages, failed loads, policy reports. */
    List<LogEntry> consoleEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    List<String> cspViolations() {
        Object violations = driver.executeScript("return window.cspViolations || [];");
        return ((List<?>) violations).stream().map(String::valueOf).toList();
    }

    /** The address of every document and resource the page loaded, as its performance entries name them. */
    List<String> fetchedUrls() {
        Object urls = driver.executeScript("""
                return performance.getEntriesByType('navigation')
                    .concat(performance.getEntriesByType('resource'))
                    .map(entry => entry.name);""");
        return ((List<?>) urls).stream().map(String::valueOf).toList();
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    private static Optional<Path> browser() {
        return onPath("chromium", "chromium-browser", "google-chrome");
    }

    private static Optional<Path> chromedriver() {
        return onPath("chromedriver");
    }

    private static Optional<Path> onPath(String... names) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(names)
                .flatMap(name -> Arrays.stream(path.split(File.pathSeparator)).map(directory -> Path.of(directory, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("playground-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
