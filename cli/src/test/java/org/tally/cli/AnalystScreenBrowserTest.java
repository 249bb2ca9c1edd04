package org.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tally.serve.ApiServer;

/**
 * The analyst's screen in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, driven
 * by Selenium): the sample corpus really ingested into a temporary ledger, really served on a free port.
 *
 * <p>Skipped where Chromium or its driver is not installed (so {@code ./mvnw verify} passes anywhere), or where the
 * sample corpus is missing; {@code .ci/run} installs both packages, so CI runs it. Screenshots go to
 * {@code target/screenshots/}. Selenium Manager never runs: the driver's path is given.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalystScreenBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static Path work;
    static ApiServer server;
    static WebDriver driver;
    static String base;

    @BeforeAll
    static void startDemoAndBrowser() throws IOException, URISyntaxException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no /usr/bin/chromium or /usr/bin/chromedriver: apt-get install chromium chromium-driver");
        work = Files.createTempDirectory("tally-browser-test-");
        Path corpus;
        try {
            corpus = DemoCommand.locateCorpus(work.resolve("corpus"));
        } catch (IllegalStateException noCorpus) {
            corpus = null;
        }
        assumeTrue(corpus != null && Files.isDirectory(corpus), "no sample corpus (demo/corpus)");
        Path hostile = Path.of(AnalystScreenBrowserTest.class.getResource("hostile").toURI());
        Path db = work.resolve("ledger");
        assertThat(DemoCommand.prepare(List.of(corpus, hostile), db)).isZero();
        startBrowserOn(db);
    }

    /** Serves the ledger in {@code db} on a free port and starts the browser. */
    static void startBrowserOn(Path db) throws IOException {
        if (work == null) {
            work = Files.createTempDirectory("tally-browser-test-");
        }
        server = ApiServer.start(new ApiServer.Options(db, "127.0.0.1", 0, Duration.ofSeconds(60)));
        base = "http://127.0.0.1:" + server.port() + "/";

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1440,1000", "--user-data-dir=" + work.resolve("chromium-profile"));
        // an alert must stay open, so that a test can see that one fired
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        stopAll();
    }

    static void stopAll() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (work != null) {
            DemoCommand.deleteTree(work);
        }
        driver = null;
        server = null;
        work = null;
    }

    @Test
    @Order(1)
    void theDemoPaintsItsTimelineWithinASecond() throws IOException {
        openScreen(); // the first visit warms the server's caches and the browser's
        openScreen();
        Map<?, ?> timing = (Map<?, ?>) js().executeScript("""
                const fcp = performance.getEntriesByName('first-contentful-paint')[0];
                const fmp = performance.getEntriesByName('tally-first-meaningful-paint')[0];
                return {fcp: fcp ? fcp.startTime : -1, fmp: fmp ? fmp.startTime : -1};""");
        double fmp = ((Number) timing.get("fmp")).doubleValue();
        double fcp = ((Number) timing.get("fcp")).doubleValue();
        System.out.printf(Locale.ROOT, "analyst's screen: first contentful paint %.0f ms, first meaningful paint "
                + "(timeline drawn) %.0f ms%n", fcp, fmp);
        assertThat(fmp).isPositive().isLessThanOrEqualTo(1000);
        assertThat(driver.findElements(By.cssSelector("#timeline .bucket"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#timeline .event-mark"))).isNotEmpty();
        // the map's world outline (from the WebJar, not from tiles) and the graph come after the first paint
        wait(Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("#map path.world-outline")).size() > 50);
        wait(Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#graph canvas")).isEmpty());
        wait(Duration.ofSeconds(5)).until(d -> !d.findElements(By.cssSelector("#map path.leaflet-interactive"))
                .isEmpty());
        screenshot("screen");
        assertNoPolicyViolations();
    }

    @Test
    @Order(2)
    void pickingAnEventShowsItsEvidenceAndLeadsToTheDocument() throws IOException {
        openScreen();
        WebElement mark = driver.findElements(By.cssSelector("#timeline .event-mark[data-type=transfer]")).stream()
                .findFirst().orElseGet(() -> driver.findElement(By.cssSelector("#timeline .event-mark")));
        String event = mark.getDomAttribute("data-event");
        mark.click();
        WebElement evidence = wait(Duration.ofSeconds(10)).until(d -> d.findElements(
                By.cssSelector("#event-panel[data-event=" + event + "] .claim mark.evidence")).stream()
                .findFirst().orElse(null));
        String sentence = evidence.getText();
        assertThat(sentence).isNotBlank();
        assertThat(driver.findElement(By.cssSelector("#timeline .event-mark.selected")).getDomAttribute("data-event"))
                .isEqualTo(event);
        assertThat(driver.findElement(By.id("event-panel")).getText()).contains("independent sources");
        screenshot("event-panel");

        driver.findElement(By.cssSelector("#event-panel .claim .doc-link")).click();
        WebElement current = wait(Duration.ofSeconds(10)).until(d -> d.findElements(
                By.cssSelector("#doc-view:not([hidden]) #doc-body mark.evidence.current")).stream()
                .findFirst().orElse(null));
        assertThat(normalise(current.getText())).isEqualTo(normalise(sentence));
        assertThat(driver.findElements(By.cssSelector("#doc-body .mention"))).isNotEmpty();
        assertThat(driver.getCurrentUrl()).contains("#/doc/");
        screenshot("document");

        driver.findElement(By.id("doc-back")).click();
        wait(Duration.ofSeconds(5)).until(d -> !d.findElement(By.id("doc-view")).isDisplayed());
        assertNoPolicyViolations();
    }

    @Test
    @Order(3)
    void theTimelineZoomsFromYearsToDays() {
        openScreen();
        WebElement year = driver.findElements(By.cssSelector("#timeline .bucket.zoomable")).stream()
                .max(java.util.Comparator.comparingInt(b -> Integer.parseInt(b.getDomAttribute("data-events"))))
                .orElseThrow();
        String period = year.getDomAttribute("data-period");
        year.click();
        wait(Duration.ofSeconds(10)).until(d -> periods().stream().allMatch(p -> p.length() == 7 && p.startsWith(period))
                && !periods().isEmpty());
        driver.findElements(By.cssSelector("#timeline .bucket.zoomable")).stream()
                .max(java.util.Comparator.comparingInt(b -> Integer.parseInt(b.getDomAttribute("data-events"))))
                .orElseThrow().click();
        wait(Duration.ofSeconds(10)).until(d -> periods().stream().allMatch(p -> p.length() == 10)
                && !periods().isEmpty());
        assertThat(driver.findElement(By.id("timeline-crumbs")).getText()).contains(period);
    }

    @Test
    @Order(4)
    void aSearchNarrowsTheTimelineBarsAndTheEventList() {
        openScreen();
        long all = eventsInBars();
        driver.findElement(By.id("f-q")).sendKeys("Drohnen OR drones", Keys.ENTER);
        wait(Duration.ofSeconds(10)).until(d -> eventsInBars() < all);
        assertThat(eventsInBars()).isPositive();
        // every event listed for the search has a claim in a document that speaks of drones
        List<String> listed = driver.findElements(By.cssSelector("#event-list .event-row")).stream()
                .map(r -> r.getDomAttribute("data-event")).toList();
        assertThat(listed).isNotEmpty();
        assertThat(driver.findElement(By.id("event-list")).getText()).doesNotContain("artillery shells");
    }

    private static long eventsInBars() {
        return ((Number) js().executeScript("return [...document.querySelectorAll('#timeline .bucket')]"
                + ".reduce((n, b) => n + Number(b.dataset.events), 0)")).longValue();
    }

    @Test
    @Order(5)
    void hostileDocumentsRenderAsInertText() throws IOException {
        openScreen();
        WebElement q = driver.findElement(By.id("f-q"));
        q.sendKeys("zebrafinch", Keys.ENTER);
        WebElement hit = wait(Duration.ofSeconds(10)).until(d -> d.findElements(
                By.cssSelector("#search-results a")).stream().findFirst().orElse(null));
        assertThat(driver.findElement(By.id("search-results")).getText()).contains("onerror");
        hit.click();
        WebElement body = wait(Duration.ofSeconds(10)).until(d -> d.findElements(
                By.cssSelector("#doc-view:not([hidden]) #doc-body")).stream()
                .filter(b -> b.getText().contains("zebrafinch")).findFirst().orElse(null));
        String text = body.getText();
        assertThat(text).contains("<script>window.__tallyInjected='text'</script>")
                .contains("<img src=x onerror=alert('zebrafinch')>")
                .contains("javascript:alert('zebrafinch')");
        assertInert();
        screenshot("hostile-test-page");

        // the demo corpus's own hostile page, when it has one
        openScreen();
        q = driver.findElement(By.id("f-q"));
        q.sendKeys("onerror", Keys.ENTER);
        wait(Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#search-results a")).isEmpty());
        for (WebElement link : driver.findElements(By.cssSelector("#search-results a"))) {
            if (!link.getText().contains("Test page")) {
                link.click();
                WebElement demoBody = wait(Duration.ofSeconds(10)).until(d -> d.findElements(
                        By.cssSelector("#doc-view:not([hidden]) #doc-body")).stream()
                        .filter(b -> b.getText().contains("onerror")).findFirst().orElse(null));
                assertThat(demoBody.getText()).contains("<script>alert(1)</script>")
                        .contains("onerror=alert(2)").contains("javascript:alert(3)");
                assertInert();
                screenshot("hostile-demo-page");
                break;
            }
        }
        assertNoPolicyViolations();
    }

    private static void assertInert() {
        try {
            driver.switchTo().alert();
            throw new AssertionError("an alert fired: " + driver.switchTo().alert().getText());
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        Map<?, ?> dom = (Map<?, ?>) js().executeScript("""
                return {
                  injected: window.__tallyInjected === undefined ? null : String(window.__tallyInjected),
                  scripts: [...document.scripts].map(s => s.src),
                  inBody: document.querySelectorAll('#doc-body *:not(mark):not(span)').length,
                  handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
                  scriptLinks: [...document.querySelectorAll('a[href]')]
                      .filter(a => !a.href.startsWith(location.origin) && !a.href.startsWith('blob:')).length,
                };""");
        assertThat(dom.get("injected")).isNull();
        assertThat((List<?>) dom.get("scripts")).allSatisfy(src -> assertThat(src.toString()).startsWith(base));
        assertThat(((Number) dom.get("inBody")).intValue()).isZero();
        assertThat(((Number) dom.get("handlers")).intValue()).isZero();
        assertThat(((Number) dom.get("scriptLinks")).intValue()).isZero();
    }

    /** Chromium logs every Content-Security-Policy refusal and script error to the console. */
    static void assertNoPolicyViolations() {
        List<String> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                .toList();
        assertThat(problems).isEmpty();
    }

    /** The periods of the timeline's bars, read in one script (a redraw replaces the elements). */
    @SuppressWarnings("unchecked")
    static List<String> periods() {
        return (List<String>) js().executeScript(
                "return [...document.querySelectorAll('#timeline .bucket')].map(b => b.dataset.period)");
    }

    static void openScreen() {
        driver.get("about:blank");
        driver.get(base);
        awaitReady();
    }

    static void awaitReady() {
        wait(Duration.ofSeconds(20)).until(d -> "true".equals(js().executeScript(
                "return document.body.dataset.ready || null")));
    }

    static WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(25));
    }

    static JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}
