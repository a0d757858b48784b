package org.quartiersnetz.it;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quartiersnetz.it.support.Chromium.waitForText;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Chromium;
import org.quartiersnetz.it.support.MailServer;
import org.quartiersnetz.it.support.Tasks;

/**
 * Issue 6's scenario on the real pages: Caritas staff see the candidates of a godparent task with
 * their reasons and why the next best are missing, and propose one; the volunteer accepts on a 375 px
 * phone through the link in the mail; staff record the intro meeting and the tandem steps on the
 * placement page until it is active and the task filled; the batch proposal page; axe-core on every page.
 */
class MatchingPagesIT extends BlackBoxTest {

    @Test
    void proposedOnTheCandidatePageAcceptedOnAPhoneAndTakenToActive() {
        // Albanian as well as the family's Turkish: only this test's volunteers are candidates, whoever else is ready
        Map<String, Object> godparent =
                Tasks.godparent("Patenschaft Seiten " + System.nanoTime(), familyF2026001(), null);
        godparent.put("languages", List.of("sq"));
        long task = publishedTask(godparent);
        Map<String, Object> speaks = Map.of("languageLevels", Map.of("tr", "NATIVE", "sq", "FLUENT"));
        Volunteer ready = volunteer(List.of("caritas"), false, with(speaks, "firstName", "Selin"));
        activate(CARITAS_STAFF, ready);
        qualify(CARITAS_STAFF, ready, "basic-godparent");
        inspect(CARITAS_STAFF, ready);
        signDeclarations(ready.email());
        Volunteer uninspected = volunteer(List.of("caritas"), false, with(speaks, "firstName", "Deniz"));
        activate(CARITAS_STAFF, uninspected);
        qualify(CARITAS_STAFF, uninspected, "basic-godparent");
        signDeclarations(uninspected.email());
        String readyName = "Selin " + lastName(ready);

        try (Chromium desktop = new Chromium(1280, 900, "de")) {
            WebDriver driver = desktop.driver();
            signInInBrowser(driver, CARITAS_STAFF);
            driver.get(url("/staff/candidates.xhtml?task=" + task));
            WebElement card = cardOf(driver, "suggestions", readyName);
            assertTrue(card.getText().contains("spricht Türkisch wie die Familie"), card.getText());
            assertTrue(card.getText().contains("frei Di 14–18 Uhr"), card.getText());
            WebElement missing = cardOf(driver, "nearMisses", "Deniz " + lastName(uninspected));
            assertTrue(missing.getText().contains("Führungszeugnis nicht eingesehen"), missing.getText());
            assertEquals("", desktop.seriousViolations(), "axe on the candidate page");
            Chromium.click(driver, By.cssSelector("button[aria-label='Vorschlagen: " + readyName + "']"));
            waitForText(driver, "messages", "Vorgeschlagen");
        }

        String link = MailServer.awaitLink(ready.email(), 1, "/volunteer/placements.xhtml?id=");
        long placement = Long.parseLong(link.replaceAll(".*id=", ""));
        try (Chromium phone = Chromium.phone()) {
            WebDriver driver = phone.driver();
            driver.get(link);
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login.xhtml"));
            driver.findElement(By.id("login:email")).sendKeys(ready.email());
            driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
            driver.findElement(By.id("login:submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.urlContains("/volunteer/placements"));
            String page = driver.findElement(By.tagName("main")).getText();
            // proposed, not yet placed: the family's languages are not theirs to know yet
            assertTrue(
                    page.contains("vorgeschlagen")
                            && page.contains("frei Di 14–18 Uhr")
                            && !page.contains("wie die Familie"),
                    page);
            phone.assertPageOk("placements");
            Chromium.click(driver, By.xpath("//button[starts-with(@aria-label, 'Zusagen')]"));
            waitForText(driver, "messages", "Danke für Ihre Zusage");
            phone.assertPageOk("placements after accepting");
        }

        try (Chromium desktop = new Chromium(1280, 900, "de")) {
            WebDriver driver = desktop.driver();
            signInInBrowser(driver, CARITAS_STAFF);
            driver.get(url("/staff/placement.xhtml?id=" + placement));
            waitForText(driver, "status", "zugesagt");
            assertEquals("", desktop.seriousViolations(), "axe on the placement page");
            WebElement meeting = driver.findElement(By.id("step:meetingAt_input"));
            meeting.sendKeys(Tasks.today().plusDays(3).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " 15:30");
            meeting.sendKeys(Keys.ESCAPE);
            take(driver, "Kennenlerngespräch eintragen", "Kennenlerngespräch vereinbart");
            waitForText(driver, "introMeeting", "15:30");
            take(driver, "Kennenlernen beginnt", "Kennenlernen");
            take(driver, "Probezeit beginnt", "Probezeit");
            take(driver, "Vereinbarung: Einsatz beginnt", "Probezeit");
            waitForText(driver, "main", "braucht die Einwilligung der Familie");
            Chromium.click(driver, By.cssSelector("label[for='step:familyConsent_input']"));
            take(driver, "Vereinbarung: Einsatz beginnt", "aktiv");
            assertEquals("", desktop.seriousViolations(), "axe on the placement page once active");

            driver.get(url("/staff/batch.xhtml"));
            waitForText(driver, "main", "Vermittlungsvorschlag");
            assertEquals("", desktop.seriousViolations(), "axe on the batch proposal page");
        }
        as(CARITAS_STAFF).get("/api/v1/tasks/" + task).then().statusCode(200).body("status", equalTo("FILLED"));
        asVolunteer(ready.email())
                .get("/api/v1/placements/" + placement)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        MailServer.awaitSubject(ready.email(), "Ihr Einsatz beginnt");
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> more = new HashMap<>(base);
        more.put(key, value);
        return more;
    }

    private static void take(WebDriver driver, String button, String status) {
        Chromium.click(driver, By.xpath("//form[@id='step']//button[normalize-space(.)='" + button + "']"));
        waitForText(driver, "status", status);
    }

    private static WebElement cardOf(WebDriver driver, String list, String name) {
        By card = By.xpath(
                "//*[@id='candidates:" + list + "' or @id='" + list + "']/li[.//a[normalize-space(.)='" + name + "']]");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(card));
        return driver.findElement(card);
    }

    private String lastName(Volunteer volunteer) {
        return asVolunteer(volunteer.email())
                .get("/api/v1/volunteers/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("lastName");
    }

    private long familyF2026001() {
        return as(CARITAS_STAFF)
                .queryParam("size", 100)
                .get("/api/v1/families")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items.find { it.code == 'F-2026-001' }.id");
    }
}
