package org.quartiersnetz.it.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its ChromeDriver (both installed by
 * deployment/test/ensure-chromium.sh), with a phone-sized window by default. Only loopback is
 * reached: background networking is off, as on this machine nothing else answers.
 */
public final class Chromium implements AutoCloseable {

    public static final int PHONE_WIDTH = 375;
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver driver;

    public Chromium(int width, int height, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public static Chromium phone() {
        return new Chromium(PHONE_WIDTH, 812, "de");
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Width of the page's content: more than the window means sideways scrolling on a phone. */
    public long contentWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;"))
                .longValue();
    }

    /** axe-core's WCAG 2.1 A/AA rules: the serious and critical violations, described, or "". */
    public String seriousViolations() {
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Chromium::describe)
                .collect(Collectors.joining("\n"));
    }

    /** axe-core's WCAG 2.1 A/AA violations on the open page: elements affected, by impact. */
    public Map<String, Integer> violationsByImpact() {
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        Map<String, Integer> counts = new java.util.TreeMap<>();
        results.getViolations()
                .forEach(rule -> counts.merge(rule.getImpact(), rule.getNodes().size(), Integer::sum));
        return counts;
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", "));
    }

    /**
     * Clicks as soon as the element really takes the click: while a PrimeFaces panel slides open,
     * Chromium refuses the click (intercepted, a kind of not interactable) and nothing happens, so
     * trying again is safe.
     */
    public static void click(WebDriver driver, By by) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                d.findElement(by).click();
                return true;
            } catch (ElementNotInteractableException | StaleElementReferenceException | NoSuchElementException e) {
                return false;
            }
        });
    }

    /** Waits until the element with this id ("main": the page's main region) shows the text. */
    public static void waitForText(WebDriver driver, String id, String text) {
        waitForText(driver, id.equals("main") ? By.tagName("main") : By.id(id), text);
    }

    public static void waitForText(WebDriver driver, By by, String text) {
        // while a submit replaces the page, Chrome may report a node of the old document: ask again
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** No serious or critical axe violation on the open page, and nothing scrolls sideways on a phone. */
    public void assertPageOk(String page) {
        org.junit.jupiter.api.Assertions.assertEquals("", seriousViolations(), "axe on the " + page + " page");
        org.junit.jupiter.api.Assertions.assertTrue(
                contentWidth() <= PHONE_WIDTH, page + " scrolls sideways on a phone: " + contentWidth() + " px");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
