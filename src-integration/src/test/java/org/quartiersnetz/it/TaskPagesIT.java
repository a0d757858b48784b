package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Browser;
import org.quartiersnetz.it.support.Chromium;
import org.quartiersnetz.it.support.Profiles;
import org.quartiersnetz.it.support.Tasks;

/** The pages of tasks: the public board on a phone, booking dates, the staff's editor and roster. */
class TaskPagesIT extends BlackBoxTest {

    @Test
    void aNeighbourFindsTheCafeOnAPhoneSignsInAndBooksTwoWednesdays() {
        String title = "Elterncafé mittwochs " + UUID.randomUUID().toString().substring(0, 8);
        long task = publishedTask(Tasks.cafe(title));
        LocalDate wednesday = Tasks.next(DayOfWeek.WEDNESDAY);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Tasks.slots(wednesday, 3, "09:00", "12:00", 3))
                .post("/api/v1/tasks/" + task + "/slots")
                .then()
                .statusCode(201);
        String neighbour = signedUpVolunteer();
        asVolunteer(neighbour)
                .contentType(ContentType.JSON)
                .body(Profiles.profile("Handy", List.of(), false))
                .put("/api/v1/volunteers/me")
                .then()
                .statusCode(200);

        try (Chromium phone = Chromium.phone()) {
            WebDriver driver = phone.driver();
            driver.get(url("/board.xhtml?type=parents-cafe&day=WEDNESDAY&band=MORNING"));
            phone.assertPageOk("board");
            driver.get(url("/opportunity.xhtml?id=" + task));
            assertTrue(driver.findElement(By.tagName("h1")).getText().contains(title));
            assertEquals(3, driver.findElements(By.cssSelector("#slots li")).size());
            phone.assertPageOk("task");
            Chromium.click(driver, By.id("book"));
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login.xhtml"));
            driver.findElement(By.id("login:email")).sendKeys(neighbour);
            driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
            driver.findElement(By.id("login:submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.urlContains("/volunteer/bookings.xhtml"));
            phone.assertPageOk("bookings");

            Chromium.click(driver, By.id("bookings:offer:0:book"));
            waitForBooked(driver, 1);
            // the booked Wednesday has no button any more: the next one is the second in the list
            Chromium.click(driver, By.id("bookings:offer:1:book"));
            waitForBooked(driver, 2);
            phone.assertPageOk("bookings after booking");
        }
        asVolunteer(neighbour)
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .body("status", Matchers.contains("CONFIRMED", "CONFIRMED"));
    }

    @Test
    void theBoardPageFiltersByPlainLinksAndShowsNoFamilyData() throws IOException {
        long family = as(CARITAS_STAFF)
                .queryParam("size", 100)
                .get("/api/v1/families")
                .then()
                .extract()
                .jsonPath()
                .getLong("items.find { it.code == 'F-2026-001' }.id");
        String title = "Patin gesucht " + UUID.randomUUID().toString().substring(0, 8);
        long task = publishedTask(Tasks.godparent(title, family, "Mutter spricht kaum Deutsch, Vater oft nachts weg"));

        Browser anonymous = new Browser(url(""), null);
        Document board = anonymous.open("/board.xhtml?type=godparent&language=tr&place=home");
        assertTrue(
                board.select("article h2 a").eachText().contains(title),
                board.select("main").text());
        assertTrue(
                board.select("meta[name=description]").attr("content").length() > 20, "described for search engines");
        Document detail = anonymous.open("/opportunity.xhtml?id=" + task);
        String text = detail.text();
        assertTrue(text.contains(title));
        assertFalse(text.contains("F-2026-001"), "no family code on the public page");
        assertFalse(text.contains("Mutter spricht"), "no staff note on the public page");
        assertTrue(detail.select("#interest").attr("href").endsWith("/volunteer/interest.xhtml?task=" + task));
        Document none = anonymous.open("/board.xhtml?type=godparent&language=zu");
        assertTrue(
                none.select("#count").text().startsWith("0"),
                none.select("#count").text());
    }

    @Test
    void openingTheInterestLinkAsksFirstAndOnlyTheButtonRecordsIt() throws IOException {
        long task = publishedTask(Tasks.godparent("Interesse per Knopf " + UUID.randomUUID(), null, null));
        String volunteer = signedUpVolunteer();
        Browser browser = signedIn(volunteer, PASSWORD);
        Document question = browser.open("/volunteer/interest.xhtml?task=" + task);
        assertEquals(200, browser.lastResponse().statusCode());
        as(CARITAS_STAFF).get("/api/v1/tasks/" + task + "/interests").then().body("size()", Matchers.is(0));
        Document answer = browser.form(question, "interest").submit("confirm");
        assertTrue(
                answer.select("#outcome").text().startsWith("Danke"),
                answer.select("main").text());
        as(CARITAS_STAFF).get("/api/v1/tasks/" + task + "/interests").then().body("size()", Matchers.is(1));
    }

    @Test
    void staffCreateAndPublishATaskOnTheEditorAndSeeItOnTheRoster() throws IOException {
        Browser staff = signedIn(CARITAS_STAFF);
        Document editor = staff.open("/staff/task.xhtml");
        assertEquals(200, staff.lastResponse().statusCode());
        // the limits come from the constraints of the input the fields are bound to, not from the page
        assertEquals("200", editor.select("#task\\:titleDe").attr("maxlength"));
        assertEquals("4000", editor.select("#task\\:descriptionEn").attr("maxlength"));
        assertEquals("en", editor.select("#task\\:titleEn").attr("lang"));
        String title = "Kinderfest-Hilfe " + UUID.randomUUID().toString().substring(0, 8);
        String startsOn = Tasks.today().plusDays(3).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        Document reversed = fill(staff.form(editor, "task"), title, startsOn)
                .set("schedule:0:start", "15:00")
                .set("schedule:0:end", "12:00")
                .submit("save");
        assertTrue(
                reversed.select("main").text().contains("Das Ende muss nach dem Beginn liegen"),
                reversed.select("main").text());

        // a second weekly time: the row is added and what was typed stays
        Document twoRows = fill(staff.form(reversed, "task"), title, startsOn).submit("scheduleAdd");
        assertEquals("10:00", twoRows.getElementById("task:schedule:0:start").val());
        assertNotNull(
                twoRows.getElementById("task:schedule:1:day"),
                twoRows.select("main").text());
        Document saved = fill(staff.form(twoRows, "task"), title, startsOn)
                .set("schedule:1:day_input", "SUNDAY")
                .set("schedule:1:start", "11:00")
                .set("schedule:1:end", "13:00")
                .submit("save");
        assertTrue(
                saved.select("#messages").text().contains("Gespeichert"),
                saved.select("main").text());
        assertTrue(
                saved.select("#state").text().contains("Entwurf"),
                saved.select("#state").text());
        assertEquals("11:00", saved.getElementById("task:schedule:1:start").val(), "both times are kept");
        Document published = staff.form(saved, "steps").submit("next:0:step");
        assertTrue(
                published.select("#state").text().contains("offen"),
                published.select("#state").text());

        Document list = staff.open("/staff/tasks.xhtml");
        assertTrue(
                list.select("#list\\:table a").eachText().contains(title),
                list.select("#list").text());
        Document roster = staff.open("/staff/roster.xhtml?date=" + Tasks.today());
        assertEquals(200, staff.lastResponse().statusCode());
        assertTrue(roster.select(".qn-week a").size() >= 9, "a week strip with both neighbours");
        Browser other = signedIn(JUGENDWERKE_STAFF);
        String href = list.select("#list\\:table a:containsOwn(" + title + ")").attr("href");
        other.open(href.substring(href.indexOf("/staff/")));
        assertEquals(404, other.lastResponse().statusCode());
    }

    @Test
    void theStaffPagesAreAccessibleOnAPhone() {
        long task = publishedTask(
                Tasks.cafe("Barrierefrei " + UUID.randomUUID().toString().substring(0, 8)));
        LocalDate monday = Tasks.next(DayOfWeek.MONDAY);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Tasks.slots(monday, 1, "09:00", "12:00", 3))
                .post("/api/v1/tasks/" + task + "/slots")
                .then()
                .statusCode(201);
        try (Chromium phone = Chromium.phone()) {
            WebDriver driver = phone.driver();
            signInInBrowser(driver, CARITAS_STAFF);
            driver.get(url("/staff/tasks.xhtml"));
            phone.assertPageOk("tasks");
            driver.get(url("/staff/task.xhtml?id=" + task));
            phone.assertPageOk("task editor");
            driver.get(url("/staff/roster.xhtml?date=" + monday));
            phone.assertPageOk("roster");
        }
    }

    private static Browser.Form fill(Browser.Form form, String title, String startsOn) {
        return form.set("type_input", "event-help")
                .set("titleDe", title)
                .set("descriptionDe", "Beim Sommerfest Spiele für Kinder betreuen.")
                .set("siteId_input", "1")
                .set("schedule:0:day_input", "SATURDAY")
                .set("schedule:0:start", "10:00")
                .set("schedule:0:end", "14:00")
                .set("startsOn_input", startsOn)
                .set("hoursPerWeek_input", "4")
                .set("hoursPerWeek_hinput", "4")
                .set("volunteersNeeded_input", "5")
                .set("volunteersNeeded_hinput", "5");
    }

    private static void waitForBooked(WebDriver driver, int count) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("#own li")).size() == count);
    }
}
