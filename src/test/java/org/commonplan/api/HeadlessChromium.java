package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven through its own chromedriver, with a fresh profile and download folder, for
 * the web page's browser tests; skips the test class, saying why, where either is not installed.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(60);
    private static final Path SCREENSHOTS = Path.of("target", "web-page");

    final WebDriver browser;
    final Path downloads;
    private final ChromeDriverService driverService;
    private final Path profile;
    private final int port;

    private HeadlessChromium(int port) throws IOException {
        this.port = port;
        profile = Files.createTempDirectory("commonplan-chromium-");
        downloads = Files.createTempDirectory("commonplan-downloads-");
        // The driver is named, so that Selenium Manager never looks for one on the network.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        driverService = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        browser = new ChromeDriver(driverService, options);
    }

    /** A browser for pages of the server on this port; the calling test class is skipped without chromium. */
    static HeadlessChromium start(int port) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "The web page's browser tests need Debian's chromium and chromium-driver "
                        + "(scripts/install-test-deps.sh installs them); skipped here.");
        return new HeadlessChromium(port);
    }

    /** Opens a page of the server and waits until its script has started. */
    void open(String path) {
        browser.get("http://localhost:" + port + path);
        new WebDriverWait(browser, WAIT).until(d -> "true".equals(
                d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    /** The first element found that is displayed, once there is one. */
    WebElement waitFor(By by) {
        return new WebDriverWait(browser, WAIT).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** Saves a screenshot as target/web-page/NAME.png. */
    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Fails when the page has loaded anything from another server than this one. */
    void assertOnlyThisServer() {
        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) js("return performance.getEntriesByType('resource')"
                + ".map(e => e.name).concat([location.href]);");
        assertThat(requested).as("everything the page loaded").isNotEmpty()
                .allSatisfy(url -> assertThat(url).matches("(http://localhost:" + port + "/|data:|blob:).*"));
    }

    @Override
    public void close() throws IOException {
        try {
            browser.quit();
        } finally {
            driverService.stop();
            for (Path folder : new Path[] {profile, downloads}) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted((a, b) -> b.compareTo(a)).forEach(file -> file.toFile().delete());
                }
            }
        }
    }
}
