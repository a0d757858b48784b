package org.quartiersnetz.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Checks and records every page a browser journey visits: axe-core's WCAG 2.1 A/AA rules (no
 * serious or critical violation; the moderate and minor ones counted), no sideways scrolling on a
 * phone, screenshots of the main pages at phone and desktop size, and on the public and volunteer
 * pages of a language other than German: the page's language and direction, and no German interface
 * text (a value of the German base bundle, at least 12 characters long, whose key the language's
 * bundle translates). Writes target/journeys/axe-&lt;language&gt;.txt and the screenshots to
 * target/journeys/&lt;language&gt;/. The bundles are read from the source tree (failsafe runs in the
 * module's directory).
 */
public final class PageAudit {

    public static final Dimension PHONE = new Dimension(Chromium.PHONE_WIDTH, 740);
    public static final Dimension DESKTOP = new Dimension(1280, 900);

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> IMPACTS = List.of("critical", "serious", "moderate", "minor");
    private static final Path BUNDLES = Path.of("..", "volunteer-web", "src", "main", "resources", "i18n");
    private static final Path OUT = Path.of("target", "journeys");
    private static final int GERMAN_TEXT_MINIMUM = 12;

    private final String language;
    private final long started = System.nanoTime();
    private final Properties german;
    private final Properties own;
    private final Map<String, String> germanInterface = new LinkedHashMap<>();
    private final Map<String, String> germanFallback = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> fallbacksSeen = new ArrayList<>();
    private final List<String> staffTexts = new ArrayList<>();

    /** One page at one size: the rules violated and the elements affected, by impact. */
    private record Row(String page, String size, int[] rules, int[] nodes, long width, long millis, long at) {}

    public PageAudit(String language) {
        this.language = language;
        this.german = bundle("ApplicationBundle.properties");
        this.own = language.equals("de") ? german : bundle("ApplicationBundle_" + language + ".properties");
        if (!language.equals("de")) {
            for (String key : german.stringPropertyNames()) {
                String value = german.getProperty(key).strip();
                if (value.length() < GERMAN_TEXT_MINIMUM) {
                    continue;
                }
                String translated = own.getProperty(key);
                if (translated == null) {
                    germanFallback.put(key, value);
                } else if (!translated.strip().equals(value)) {
                    // a text the same in both (the platform's name) is no German left over
                    germanInterface.put(key, value);
                }
            }
        }
    }

    /** The text of the journey language's bundle (German where it has none, as the application falls back). */
    public String text(String key) {
        String value = own.getProperty(key, german.getProperty(key));
        if (value == null) {
            throw new AssertionError("no text " + key + " in the bundles");
        }
        return value;
    }

    /**
     * Names and texts that staff wrote (carriers, sites, tasks): German is allowed in them, so they are
     * taken out of a page's text before it is searched for German interface text.
     */
    public void staffWrote(Collection<String> texts) {
        texts.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).forEach(staffTexts::add);
        staffTexts.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** The German text of a key: staff pages speak German to a browser that asks for German or Arabic. */
    public String staffText(String key) {
        String value = german.getProperty(key);
        if (value == null) {
            throw new AssertionError("no text " + key + " in the German bundle");
        }
        return value;
    }

    /** The longest part of a bundle text without placeholders ({0}, choices), to wait for on a page. */
    public static String fixedPart(String text) {
        String longest = "";
        for (String part : text.split("\\{[^}]*\\}")) {
            if (part.strip().length() > longest.length()) {
                longest = part.strip();
            }
        }
        return longest;
    }

    /** Checks the open page at the browser's current size. */
    public void check(Chromium browser, String page) {
        boolean phone = viewportWidth(browser) <= Chromium.PHONE_WIDTH;
        audit(browser, page, phone, true);
    }

    /**
     * Checks the open page at the browser's current size and saves it as a screenshot; then the same
     * at the other size (phone or desktop), and back.
     */
    public void checkAndShoot(Chromium browser, String page) {
        Dimension before = browser.driver().manage().window().getSize();
        boolean phone = viewportWidth(browser) <= Chromium.PHONE_WIDTH;
        audit(browser, page, phone, true);
        screenshot(browser, page, phone);
        try {
            browser.driver().manage().window().setSize(phone ? DESKTOP : PHONE);
            audit(browser, page, !phone, false);
            screenshot(browser, page, !phone);
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }

    private void audit(Chromium browser, String page, boolean phone, boolean visited) {
        ChromeDriver driver = browser.driver();
        String path = URI.create(driver.getCurrentUrl()).getPath();
        boolean staffPage = path.startsWith("/staff/") || path.startsWith("/admin/");
        long start = System.nanoTime();
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        long millis = (System.nanoTime() - start) / 1_000_000;
        int[] rules = new int[IMPACTS.size()];
        int[] nodes = new int[IMPACTS.size()];
        for (Rule rule : results.getViolations()) {
            int impact = IMPACTS.indexOf(rule.getImpact());
            if (impact >= 0) {
                rules[impact]++;
            }
            for (CheckedNode node : rule.getNodes()) {
                int nodeImpact = IMPACTS.indexOf(node.getImpact() == null ? rule.getImpact() : node.getImpact());
                if (nodeImpact >= 0) {
                    nodes[nodeImpact]++;
                }
            }
        }
        assertTrue(!results.getPasses().isEmpty(), "axe-core ran on " + page);
        long width = browser.contentWidth();
        rows.add(new Row(
                page,
                phone ? "phone" : "desktop",
                rules,
                nodes,
                width,
                millis,
                (System.nanoTime() - started) / 1_000_000_000));
        String where = page + " (" + language + ", " + (phone ? "phone" : "desktop") + ", " + path + ")";
        // the same filter as Chromium.seriousViolations(), from the one axe run that also gives the counts
        assertEquals(
                "",
                results.getViolations().stream()
                        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                        .map(PageAudit::describe)
                        .collect(Collectors.joining("\n")),
                "axe on " + where);
        if (phone && (visited || !staffPage)) {
            assertTrue(width <= Chromium.PHONE_WIDTH, where + " scrolls sideways on a phone: " + width + " px");
        }
        if (!language.equals("de") && !staffPage) {
            assertLanguage(driver, where);
        }
    }

    private void assertLanguage(ChromeDriver driver, String where) {
        var html = driver.findElement(By.tagName("html"));
        assertEquals(language, html.getDomAttribute("lang"), "lang of " + where);
        assertEquals(language.equals("ar") ? "rtl" : "ltr", html.getDomAttribute("dir"), "dir of " + where);
        String visible = driver.findElement(By.tagName("body")).getText();
        for (String staffText : staffTexts) {
            visible = visible.replace(staffText, " ");
        }
        String text = visible;
        List<String> left = germanInterface.entrySet().stream()
                .filter(e -> text.contains(e.getValue()))
                .map(e -> e.getKey() + "=" + e.getValue())
                .toList();
        assertEquals(List.of(), left, "German interface text on " + where);
        germanFallback.forEach((key, value) -> {
            if (text.contains(value)) {
                fallbacksSeen.add(where + ": " + key + "=" + value);
            }
        });
    }

    private void screenshot(Chromium browser, String page, boolean phone) {
        Path file = OUT.resolve(language).resolve(page + (phone ? "-phone" : "-desktop") + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, fullPage(browser.driver()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, beyond the window, through the DevTools protocol; the window only if that fails. */
    @SuppressWarnings("unchecked")
    private static byte[] fullPage(ChromeDriver driver) {
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            Map<String, Object> clip = Map.of(
                    "x",
                    0,
                    "y",
                    0,
                    "width",
                    ((Number) size.get("width")).doubleValue(),
                    "height",
                    ((Number) size.get("height")).doubleValue(),
                    "scale",
                    1);
            Map<String, Object> shot = driver.executeCdpCommand(
                    "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            return Base64.getDecoder().decode((String) shot.get("data"));
        } catch (WebDriverException | ClassCastException | NullPointerException e) {
            return driver.getScreenshotAs(OutputType.BYTES);
        }
    }

    /** Keeps what the browser shows when a journey failed: its screenshot and the page's source. */
    public void keepFailure(Chromium browser, String name) {
        try {
            Path dir = OUT.resolve(language);
            Files.createDirectories(dir);
            Files.write(
                    dir.resolve("failure-" + name + ".png"), browser.driver().getScreenshotAs(OutputType.BYTES));
            Files.writeString(
                    dir.resolve("failure-" + name + ".html"),
                    browser.driver().getCurrentUrl() + "\n" + browser.driver().getPageSource(),
                    StandardCharsets.UTF_8);
        } catch (IOException | WebDriverException e) {
            // the failure itself is what counts
        }
    }

    private static long viewportWidth(Chromium browser) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerWidth;"))
                .longValue();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", "));
    }

    /** Writes the table of this language's pages; call it also when the journey failed, for what was seen. */
    public void write(String heading) {
        StringBuilder table = new StringBuilder();
        table.append(heading).append('\n');
        table.append("axe-core ").append(String.join("/", WCAG_AA)).append(": rules violated (elements affected)\n\n");
        String format = "%-36s %-8s %10s %10s %10s %10s %8s %7s %6s%n";
        table.append(String.format(
                format, "page", "size", "critical", "serious", "moderate", "minor", "width", "axe", "at"));
        int[] rules = new int[IMPACTS.size()];
        int[] nodes = new int[IMPACTS.size()];
        for (Row row : rows) {
            table.append(String.format(
                    format,
                    row.page(),
                    row.size(),
                    cell(row, 0),
                    cell(row, 1),
                    cell(row, 2),
                    cell(row, 3),
                    row.width() + " px",
                    row.millis() + " ms",
                    row.at() + " s"));
            for (int i = 0; i < IMPACTS.size(); i++) {
                rules[i] += row.rules()[i];
                nodes[i] += row.nodes()[i];
            }
        }
        table.append(String.format(
                format,
                "total (" + rows.size() + " checks)",
                "",
                rules[0] + " (" + nodes[0] + ")",
                rules[1] + " (" + nodes[1] + ")",
                rules[2] + " (" + nodes[2] + ")",
                rules[3] + " (" + nodes[3] + ")",
                "",
                "",
                ""));
        if (!fallbacksSeen.isEmpty()) {
            table.append("\nGerman texts of keys that the ")
                    .append(language)
                    .append(" bundle lacks, seen on its pages:\n");
            new TreeSet<>(fallbacksSeen)
                    .forEach(seen -> table.append("  ").append(seen).append('\n'));
        }
        try {
            Files.createDirectories(OUT);
            Files.writeString(OUT.resolve("axe-" + language + ".txt"), table.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(Row row, int impact) {
        return row.rules()[impact] + " (" + row.nodes()[impact] + ")";
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read the bundle " + BUNDLES.resolve(name).toAbsolutePath(), e);
        }
        return properties;
    }
}
