package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Chromium;
import org.quartiersnetz.it.support.MailServer;

/**
 * The journey in a real browser: a neighbour signs up on a 375 px wide phone, confirms the
 * real mail, completes the profile choosing Caritas; a Caritas coordinator finds them and moves
 * them to active; Jugendwerke does not see them until they join the shared pool. Each page is
 * checked with axe-core (WCAG 2.1 A/AA, no serious or critical violation) and for sideways
 * scrolling on the phone.
 */
class PhoneJourneyIT extends BlackBoxTest {

    @Test
    void aNeighbourSignsUpOnAPhoneAndCaritasMovesThemToActive() {
        String email = uniqueEmail();
        String lastName = "Telefon" + email.substring(2, 8);
        try (Chromium phone = Chromium.phone()) {
            WebDriver driver = phone.driver();
            driver.get(url("/volunteer/signup.xhtml"));
            phone.assertPageOk("sign-up");

            type(driver, "signup:firstName", "Ayşe");
            type(driver, "signup:lastName", lastName);
            type(driver, "signup:email", email);
            type(driver, "signup:password", PASSWORD);
            type(driver, "signup:phone", "0214 5550199");
            Chromium.click(driver, By.id("signup:languages"));
            waitFor(driver, By.id("signup:languages_panel"));
            Chromium.click(
                    driver,
                    By.xpath("//*[@id='signup:languages_panel']//li[.//label[starts-with(normalize-space(.),"
                            + " 'Türkisch')]]//div[contains(@class,'ui-chkbox-box')]"));
            new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("signup:languages_panel")));
            Chromium.click(driver, By.cssSelector("#signup\\:consent .ui-chkbox-box"));
            driver.findElement(By.id("signup:submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login.xhtml"));
            assertTrue(driver.getPageSource().contains("Bitte bestätigen Sie Ihre E-Mail-Adresse"));

            driver.get(MailServer.awaitLink(email, 1, CONFIRM_PAGE));
            assertTrue(driver.getPageSource().contains("Ihre E-Mail-Adresse ist bestätigt"));

            driver.get(url("/login.xhtml"));
            type(driver, "login:email", email);
            type(driver, "login:password", PASSWORD);
            driver.findElement(By.id("login:submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.urlContains("/volunteer/profile.xhtml"));
            phone.assertPageOk("profile");

            driver.get(url("/volunteer/edit-profile.xhtml"));
            phone.assertPageOk("profile editor");
            Chromium.click(driver, box("caritas"));
            Chromium.click(driver, box("godparent"));
            driver.findElement(By.id("profile:save")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.urlContains("/volunteer/profile.xhtml"));
            assertTrue(driver.getPageSource().contains("Ihr Profil ist gespeichert."));
        }

        int id = as(CARITAS_COORDINATOR)
                .queryParam("name", lastName)
                .get("/api/v1/volunteers")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        as(JUGENDWERKE_STAFF)
                .queryParam("name", lastName)
                .get("/api/v1/volunteers")
                .then()
                .body("total", Matchers.equalTo(0));

        try (Chromium desk = new Chromium(1280, 900, "de")) {
            WebDriver driver = desk.driver();
            driver.get(url("/login.xhtml"));
            type(driver, "login:email", CARITAS_COORDINATOR);
            type(driver, "login:password", DEMO_PASSWORD);
            driver.findElement(By.id("login:submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.urlContains("/staff/volunteers.xhtml"));
            assertEquals("", desk.seriousViolations(), "volunteer list");
            assertTrue(
                    driver.findElement(By.cssSelector("header nav")).getText().contains("Abmelden"),
                    "the header knows who is signed in");
            for (String step : List.of("INTERVIEWED", "ACTIVE")) {
                driver.get(url("/staff/volunteer.xhtml?id=" + id));
                assertEquals("", desk.seriousViolations(), "volunteer page");
                choose(driver, "actions:nextStatus", step.equals("ACTIVE") ? "aktiv" : "Erstgespräch geführt", step);
                driver.findElement(By.id("actions:changeStatus")).click();
                new WebDriverWait(driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.textToBe(
                                By.id("status"), step.equals("ACTIVE") ? "aktiv" : "Erstgespräch geführt"));
            }
        }
        as(CARITAS_COORDINATOR).get("/api/v1/volunteers/" + id).then().body("status", Matchers.equalTo("ACTIVE"));
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The visible box of the checkbox whose input has this value. */
    private static By box(String value) {
        return By.xpath("//input[@value='" + value
                + "']/ancestor::div[contains(@class,'ui-chkbox')][1]/div[contains(@class,'ui-chkbox-box')]");
    }

    /**
     * Picks an item of a PrimeFaces select menu the way a person does (open, click the item) and
     * checks that the widget took it; the panel may still be sliding open at the first click.
     */
    private static void choose(WebDriver driver, String menuId, String label, String value) {
        By item = By.xpath("//div[@id='" + menuId + "_panel']//li[contains(@class,'ui-selectonemenu-item')"
                + " and normalize-space(.)='" + label + "']");
        for (int attempt = 1; attempt <= 3; attempt++) {
            Chromium.click(driver, By.id(menuId));
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5))
                        .until(ExpectedConditions.visibilityOfElementLocated(item));
                Chromium.click(driver, item);
                new WebDriverWait(driver, Duration.ofSeconds(2))
                        .until(ExpectedConditions.attributeToBe(By.id(menuId + "_input"), "value", value));
                return;
            } catch (TimeoutException notYet) {
                new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            }
        }
        throw new AssertionError(label + " could not be chosen in " + menuId);
    }

    private static WebElement waitFor(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }
}
