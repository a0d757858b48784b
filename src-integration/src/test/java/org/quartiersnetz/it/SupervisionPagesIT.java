package org.quartiersnetz.it;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quartiersnetz.it.support.Chromium.waitForText;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Chromium;
import org.quartiersnetz.it.support.Tasks;

/**
 * Supervision on the real pages: a placed volunteer signs up for a group session on a 375 px phone
 * and sees it as their next session; the supervisor, signed in, lands on their sessions, records the
 * volunteer present once the session has begun and keeps a confidential note; the coordinator's
 * planning form; axe-core on each page.
 */
class SupervisionPagesIT extends BlackBoxTest {

    @Test
    void signedUpOnAPhoneRecordedPresentByTheSupervisor() {
        Volunteer placed = activeGodparent();
        LocalDate day = Tasks.today().plusDays(4);
        String place = "Nachbarschaftstreff " + System.nanoTime();
        long session = as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "GROUP",
                        "supervisorId",
                        staffId(SUPERVISOR),
                        "startsAt",
                        day + "T18:00",
                        "place",
                        place,
                        "topics",
                        "Grenzen setzen"))
                .post("/api/v1/supervision-sessions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        try (Chromium phone = Chromium.phone()) {
            WebDriver driver = phone.driver();
            driver.get(url("/volunteer/supervision.xhtml"));
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login.xhtml"));
            driver.findElement(By.id("login:email")).sendKeys(placed.email());
            driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
            driver.findElement(By.id("login:submit")).click();
            driver.get(url("/volunteer/supervision.xhtml"));
            waitForText(driver, "offered", place);
            phone.assertPageOk("supervision");
            Chromium.click(driver, By.xpath("//ul[@id='offered']/li[contains(., '" + place + "')]//button"));
            waitForText(driver, "messages", "Sie sind angemeldet");
            waitForText(driver, "next", place);
            phone.assertPageOk("supervision after signing up");
        }

        try (MovedClock thatEvening = clockAt(day.plusDays(1));
                Chromium desktop = new Chromium(1280, 900, "de")) {
            WebDriver driver = desktop.driver();
            signInInBrowser(driver, SUPERVISOR);
            driver.get(url("/staff/supervision.xhtml?id=" + session));
            waitForText(driver, "shown", "Gruppensupervision");
            assertEquals("", desktop.seriousViolations(), "axe on the supervisor's session page");
            Chromium.click(
                    driver, By.xpath("//fieldset[contains(., 'angemeldet')]//label[normalize-space(.)='anwesend']"));
            Chromium.click(driver, By.id("attendance:save"));
            waitForText(driver, "messages", "Die Anwesenheit ist gespeichert");
            driver.findElement(By.id("notes:note")).sendKeys("Ruhige Runde, gute Fragen");
            Chromium.click(driver, By.id("notes:addNote"));
            waitForText(driver, "messages", "Die Notiz ist gespeichert");
            assertEquals("", desktop.seriousViolations(), "axe after recording");
        }
        as(CARITAS_STAFF)
                .get("/api/v1/supervision-sessions/" + session + "/attendance")
                .then()
                .statusCode(200)
                .body("find { it.volunteerId == " + placed.id() + " }.status", equalTo("PRESENT"));
        as(CARITAS_COORDINATOR)
                .get("/api/v1/supervision-sessions/" + session + "/notes")
                .then()
                .statusCode(200)
                .body("text", equalTo(List.of("Ruhige Runde, gute Fragen")));

        try (Chromium desktop = new Chromium(1280, 900, "de")) {
            WebDriver driver = desktop.driver();
            signInInBrowser(driver, CARITAS_COORDINATOR);
            driver.get(url("/staff/supervision.xhtml"));
            waitForText(driver, "main", "Sitzung planen");
            String page = driver.findElement(By.tagName("main")).getText();
            assertTrue(page.contains(place), page);
            assertEquals("", desktop.seriousViolations(), "axe on the planning page");
        }
    }
}
