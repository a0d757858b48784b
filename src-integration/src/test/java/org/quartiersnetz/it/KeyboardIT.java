package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Chromium;
import org.quartiersnetz.it.support.MailServer;
import org.quartiersnetz.it.support.Profiles;
import org.quartiersnetz.it.support.Tasks;

/**
 * A volunteer's way with the keyboard only, on a phone, in Arabic: a refused sign-up announces its
 * errors at the fields; the sign-up (languages chosen in the PrimeFaces menu by filter and space),
 * the sign-in and booking a café date; every element that takes the focus shows it.
 */
class KeyboardIT extends BlackBoxTest {

    @Test
    void aVolunteerSignsUpSignsInAndBooksWithTheKeyboardOnly() {
        long cafe = publishedTask(
                Tasks.cafe("Elterncafé Tastatur " + UUID.randomUUID().toString().substring(0, 6)));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Tasks.slots(Tasks.today().plusWeeks(2), 1, "09:00", "12:00", 3))
                .post("/api/v1/tasks/" + cafe + "/slots")
                .then()
                .statusCode(201);
        String email = uniqueEmail();
        try (Chromium phone = new Chromium(Chromium.PHONE_WIDTH, 812, "ar")) {
            WebDriver driver = phone.driver();
            driver.get(url("/volunteer/signup.xhtml"));
            tabTo(driver, "signup:submit");
            keys(driver, Keys.ENTER);
            // while the refused page replaces the form, Chrome may report the old field: ask again
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> "true"
                            .equals(d.findElement(By.id("signup:firstName")).getAttribute("aria-invalid")));
            WebElement firstName = driver.findElement(By.id("signup:firstName"));
            String describedBy = firstName.getAttribute("aria-describedby");
            assertTrue(describedBy != null && !describedBy.isBlank(), "the error is tied to its field");
            String message =
                    driver.findElement(By.id(describedBy.split(" ")[0])).getText();
            assertTrue(isArabic(message), "the error in Arabic: " + message);
            assertTrue(
                    !driver.findElements(By.cssSelector("[aria-live], [role=alert]"))
                            .isEmpty(),
                    "errors are announced");

            tabTo(driver, "signup:firstName");
            keys(driver, "Ayşe", Keys.TAB, "Tastatur", Keys.TAB, email, Keys.TAB, PASSWORD, Keys.TAB, "0214 5550199");
            keys(driver, Keys.TAB);
            assertEquals("signup:languages_focus", active(driver).getAttribute("id"));
            keys(driver, Keys.SPACE);
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("signup:languages_panel")));
            // the panel takes the focus once it has finished opening
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                            .executeScript("return window.jQuery && jQuery(':animated').length === 0"
                                    + " && getComputedStyle(document.getElementById('signup:languages_panel'))"
                                    + ".opacity === '1';")));
            tabTo(driver, "signup:languages_filter");
            keys(driver, "Türkçe");
            keys(driver, Keys.TAB, Keys.SPACE, Keys.ESCAPE);
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("signup:languages_panel")));
            assertTrue(driver.findElement(By.id("signup:languages")).getText().contains("Türkçe"));
            tabTo(driver, "signup:consent_input");
            keys(driver, Keys.SPACE);
            tabTo(driver, "signup:submit");
            keys(driver, Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login.xhtml"));

            driver.get(MailServer.awaitLink(email, 1, CONFIRM_PAGE));
            driver.get(url("/login.xhtml"));
            tabTo(driver, "login:email");
            keys(driver, email, Keys.TAB, PASSWORD, Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.urlContains("/volunteer/profile.xhtml"));

            // the café asks for a minimum age: the date of birth comes with the profile (through the API here)
            asVolunteer(email)
                    .contentType(ContentType.JSON)
                    .body(Profiles.profile("Tastatur", java.util.List.of("caritas"), false))
                    .put("/api/v1/volunteers/me")
                    .then()
                    .statusCode(200);
            driver.get(url("/volunteer/bookings.xhtml?task=" + cafe));
            tabTo(driver, id -> id.endsWith(":book"));
            keys(driver, Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> !d.findElements(By.cssSelector("#own li")).isEmpty());
            phone.assertPageOk("bookings after booking by keyboard");
        }
    }

    private static void tabTo(WebDriver driver, String id) {
        tabTo(driver, id::equals);
    }

    /** Presses Tab until an element whose id passes has the focus, checking each stop shows it. */
    private static void tabTo(WebDriver driver, Predicate<String> id) {
        StringBuilder path = new StringBuilder();
        for (int stop = 0; stop < 80; stop++) {
            keys(driver, Keys.TAB);
            WebElement focused = active(driver);
            String focusedId = String.valueOf(focused.getAttribute("id"));
            path.append(focusedId)
                    .append('/')
                    .append(focused.getAttribute("class"))
                    .append(' ');
            assertTrue(focusVisible(driver), "no visible focus on " + focusedId + " " + focused.getTagName());
            if (id.test(focusedId)) {
                return;
            }
        }
        throw new AssertionError("the keyboard never reached the element: " + path);
    }

    private static boolean focusVisible(WebDriver driver) {
        Object visible = ((JavascriptExecutor) driver)
                .executeScript("const e = document.activeElement; if (!e || e === document.body) return true;"
                        + " const s = getComputedStyle(e);"
                        + " if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) return true;"
                        + " if (s.boxShadow && s.boxShadow !== 'none') return true;"
                        + " const box = e.closest('.ui-chkbox, .ui-selectcheckboxmenu, .ui-button');"
                        + " if (!box) return false;"
                        + " const b = box.querySelector('.ui-state-focus') || box;"
                        + " const t = getComputedStyle(b);"
                        + " return b.classList.contains('ui-state-focus') || t.outlineStyle !== 'none'"
                        + " || (t.boxShadow && t.boxShadow !== 'none');");
        return Boolean.TRUE.equals(visible);
    }

    private static WebElement active(WebDriver driver) {
        return driver.switchTo().activeElement();
    }

    private static void keys(WebDriver driver, CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private static boolean isArabic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }
}
