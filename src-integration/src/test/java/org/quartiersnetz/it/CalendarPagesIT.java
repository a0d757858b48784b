package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quartiersnetz.it.support.Chromium.waitForText;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Chromium;
import org.quartiersnetz.it.support.Tasks;

/**
 * The calendar pages in a real browser: the Caritas coordinator's schedule shows a Caritas session in
 * the week it is in (loaded lazily) and creates the carrier's feed URL; the network coordinator sees
 * it among all carriers; a volunteer creates their feed on a phone. axe-core on each.
 */
class CalendarPagesIT extends BlackBoxTest {

    @Test
    void theScheduleShowsTheCarriersSessionsAndTheFeedsAreMadeOnThePages() {
        LocalDate day = Tasks.today().plusDays(2);
        String place = "Kalendertreff " + System.nanoTime();
        as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "PEER",
                        "startsAt",
                        day + "T10:00",
                        "place",
                        place,
                        "topics",
                        "Geheimes Thema",
                        "capacity",
                        6))
                .post("/api/v1/supervision-sessions")
                .then()
                .statusCode(201);

        try (Chromium desktop = new Chromium(1280, 900, "de")) {
            WebDriver driver = desktop.driver();
            signInInBrowser(driver, CARITAS_COORDINATOR);
            driver.get(url("/staff/calendar.xhtml?date=" + day));
            waitForText(driver, By.id("calendar:schedule"), place);
            String schedule = driver.findElement(By.id("calendar:schedule")).getText();
            assertTrue(schedule.contains("Kollegiale Beratung"), schedule);
            assertTrue(!schedule.contains("Geheimes Thema"), schedule);
            assertEquals("", desktop.seriousViolations(), "axe on the schedule");
            Chromium.click(driver, By.id("feed:create"));
            waitForText(driver, By.id("messages"), "Kalender-Link ist erstellt");
            String feedUrl = driver.findElement(By.id("feed:url")).getAttribute("value");
            assertTrue(feedUrl.contains("/api/v1/calendar/"), feedUrl);
            assertEquals("", desktop.seriousViolations(), "axe with the new feed URL");
        }

        try (Chromium desktop = new Chromium(1280, 900, "de")) {
            WebDriver driver = desktop.driver();
            signInInBrowser(driver, NETWORK);
            driver.get(url("/staff/calendar.xhtml?date=" + day));
            waitForText(driver, By.id("calendar:schedule"), place);
            assertTrue(driver.findElements(By.id("feed:create")).isEmpty(), "the network keeps no carrier feed");
            assertEquals("", desktop.seriousViolations(), "axe on the network's schedule");
            // only Jugendwerke: the Caritas session goes
            // the menu's own change (what choosing an item does), for Jugendwerke (carrier 3 of the seed)
            ((JavascriptExecutor) driver)
                    .executeScript(
                            "var w = PrimeFaces.getWidgetById('calendar:carrier'); w.selectValue('3'); w.triggerChange();");
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.not(
                            ExpectedConditions.textToBePresentInElementLocated(By.id("calendar:schedule"), place)));
            assertEquals("", desktop.seriousViolations(), "axe after choosing a carrier");
        }

        String volunteer = signedUpVolunteer();
        try (Chromium phone = Chromium.phone()) {
            WebDriver driver = phone.driver();
            driver.get(url("/volunteer/calendar.xhtml"));
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login.xhtml"));
            driver.findElement(By.id("login:email")).sendKeys(volunteer);
            driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
            driver.findElement(By.id("login:submit")).click();
            driver.get(url("/volunteer/calendar.xhtml"));
            waitForText(driver, By.id("feedState"), "noch keinen");
            phone.assertPageOk("calendar");
            Chromium.click(driver, By.id("feed:create"));
            waitForText(driver, By.id("messages"), "Kalender-Link ist erstellt");
            assertTrue(
                    driver.findElement(By.id("feed:url")).getAttribute("value").endsWith(".ics"));
            phone.assertPageOk("calendar with its feed URL");
            Chromium.click(driver, By.id("feed:revoke"));
            waitForText(driver, By.id("messages"), "widerrufen");
        }
    }
}
