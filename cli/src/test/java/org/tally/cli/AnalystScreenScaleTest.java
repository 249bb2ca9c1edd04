package org.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The analyst's screen over a large ledger, in the real browser: only when {@code -Dtally.screen.ledger=DIR} names
 * one (for example the 100k-document ledger of {@code tally bench generate}; see BENCHMARKS.md), so it is a
 * measurement to run by hand, not part of every build. It prints the first meaningful paint and the time of each
 * zoom step, and checks that each stays under a second (the server aggregates; the browser draws bars).
 */
class AnalystScreenScaleTest {

    @BeforeAll
    static void start() throws IOException {
        String dir = System.getProperty("tally.screen.ledger");
        assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "tally.db")), "no -Dtally.screen.ledger=DIR");
        assumeTrue(Files.isExecutable(AnalystScreenBrowserTest.CHROMIUM)
                && Files.isExecutable(AnalystScreenBrowserTest.CHROMEDRIVER), "no chromium");
        AnalystScreenBrowserTest.startBrowserOn(Path.of(dir));
    }

    @AfterAll
    static void stop() {
        // the ledger is someone else's: only the browser, the server and the test's own temporary files go
        AnalystScreenBrowserTest.stopAll();
    }

    @Test
    void theTimelineStaysResponsiveOverALargeLedger() throws IOException {
        AnalystScreenBrowserTest.openScreen();
        AnalystScreenBrowserTest.openScreen();
        double fmp = ((Number) AnalystScreenBrowserTest.js().executeScript(
                "return performance.getEntriesByName('tally-first-meaningful-paint')[0].startTime")).doubleValue();
        long events = ((Number) AnalystScreenBrowserTest.js().executeScript(
                "return [...document.querySelectorAll('#timeline .bucket')].reduce((n, b) => n + Number(b.dataset.events), 0)"))
                .longValue();
        System.out.printf(Locale.ROOT, "large ledger: %d dated events; first meaningful paint %.0f ms%n", events, fmp);
        assertThat(fmp).isLessThanOrEqualTo(1000);
        for (int step = 0; step < 3; step++) {
            WebElement bar = AnalystScreenBrowserTest.driver.findElements(By.cssSelector("#timeline .bucket.zoomable"))
                    .stream().max(java.util.Comparator.comparingInt(b -> Integer.parseInt(b.getDomAttribute("data-events"))))
                    .orElseThrow();
            String period = bar.getDomAttribute("data-period");
            // timed in the page, from just before the click to the mark the screen sets once the timeline, the list
            // and the map are drawn (the driver's polling would add up to its interval)
            AnalystScreenBrowserTest.js().executeScript(
                    "performance.clearMarks('tally-timeline-drawn'); window.tallyZoomStart = performance.now();");
            bar.click();
            if (step < 2) {
                int length = step == 0 ? 7 : 10;
                AnalystScreenBrowserTest.wait(Duration.ofSeconds(10)).until(d -> !AnalystScreenBrowserTest.periods()
                        .isEmpty() && AnalystScreenBrowserTest.periods().stream().allMatch(p -> p.length() == length));
            } else { // a day among the month's days: its events get marks
                AnalystScreenBrowserTest.wait(Duration.ofSeconds(10)).until(d -> !d.findElements(
                        By.cssSelector("#timeline .event-mark")).isEmpty());
            }
            AnalystScreenBrowserTest.wait(Duration.ofSeconds(10)).until(d -> ((Number) AnalystScreenBrowserTest.js()
                    .executeScript("return performance.getEntriesByName('tally-timeline-drawn').length")).intValue() > 0);
            double ms = ((Number) AnalystScreenBrowserTest.js().executeScript("return performance.getEntriesByName("
                    + "'tally-timeline-drawn')[0].startTime - window.tallyZoomStart")).doubleValue();
            int marks = AnalystScreenBrowserTest.driver.findElements(By.cssSelector("#timeline .event-mark")).size();
            System.out.printf(Locale.ROOT, "large ledger: zoom into %s drawn in %.0f ms (%d event marks)%n", period, ms,
                    marks);
            assertThat(ms).isLessThan(1000);
        }
        AnalystScreenBrowserTest.driver.findElement(By.cssSelector("#timeline .event-mark")).click();
        AnalystScreenBrowserTest.wait(Duration.ofSeconds(10)).until(d -> !d.findElements(
                By.cssSelector("#event-panel .claim mark.evidence")).isEmpty());
        AnalystScreenBrowserTest.screenshot("large-ledger-day");
    }
}
