package org.quartiersnetz.it;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quartiersnetz.it.support.Chromium.waitForText;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Chromium;
import org.quartiersnetz.it.support.Tasks;

/**
 * The coordinators' dashboard and the volunteer's choice of reminders on the real pages: the
 * overdue godparent on the Caritas coordinator's dashboard (not under another kind of task), the
 * coverage chart with its figures, a bad filter explained in the page's language; a volunteer
 * switches a reminder off on a 375 px phone; axe-core on each page.
 */
class DashboardPagesIT extends BlackBoxTest {

    @Test
    void theCoordinatorSeesTheOverdueGodparentAndTheCoverage() {
        Volunteer placed = activeGodparent();
        String name = as(CARITAS_STAFF)
                .get("/api/v1/volunteers/" + placed.id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("firstName");
        try (MovedClock pastTheInterval = clockAt(Tasks.today().plusWeeks(6).plusDays(2));
                Chromium desktop = new Chromium(1280, 900, "de")) {
            WebDriver driver = desktop.driver();
            signInInBrowser(driver, CARITAS_COORDINATOR);
            driver.get(url("/staff/dashboard.xhtml"));
            waitForText(driver, "lists:overdueTable", name);
            assertFalse(
                    driver.findElements(By.cssSelector("canvas[aria-label]")).isEmpty(), "the chart is labelled");
            waitForText(driver, "lists:coverageTable", "%");
            assertEquals("", desktop.seriousViolations(), "axe on the dashboard");

            driver.get(url("/staff/dashboard.xhtml?type=homework-help"));
            waitForText(driver, "overdue", "Supervision überfällig");
            assertFalse(
                    driver.findElement(By.id("lists:overdueTable")).getText().contains(name));

            driver.get(url("/staff/dashboard.xhtml?days=0"));
            waitForText(driver, "main", "zwischen 1 und 365");
            driver.get(url("/staff/dashboard.xhtml?days=viele"));
            waitForText(driver, "main", "„viele“ ist hier nicht möglich");
            assertEquals("", desktop.seriousViolations(), "axe with an error message");
        }
    }

    @Test
    void aVolunteerSwitchesAReminderOffOnAPhone() {
        String email = signedUpVolunteer();
        try (Chromium phone = Chromium.phone()) {
            WebDriver driver = phone.driver();
            driver.get(url("/volunteer/reminders.xhtml"));
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login.xhtml"));
            driver.findElement(By.id("login:email")).sendKeys(email);
            driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
            driver.findElement(By.id("login:submit")).click();
            driver.get(url("/volunteer/reminders.xhtml"));
            waitForText(driver, "reminders", "fällige Supervision");
            phone.assertPageOk("reminders");
            Chromium.click(driver, By.xpath("//label[normalize-space(.)='fällige Supervision']"));
            Chromium.click(driver, By.id("reminders:save"));
            waitForText(driver, "messages", "Ihre Auswahl ist gespeichert");
            phone.assertPageOk("reminders after saving");
        }
        List<String> wanted = asVolunteer(email)
                .get("/api/v1/volunteers/me/reminders")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("wanted", String.class);
        assertFalse(wanted.contains("SUPERVISION_OVERDUE"), wanted.toString());
        assertTrue(wanted.contains("SESSION_TOMORROW"), wanted.toString());
        asVolunteer(email).get("/api/v1/volunteers/me/reminders").then().body("kinds.size()", equalTo(6));
    }
}
