package org.quartiersnetz.it;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quartiersnetz.it.support.Chromium.waitForText;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Chromium;
import org.quartiersnetz.it.support.Courses;
import org.quartiersnetz.it.support.MailServer;
import org.quartiersnetz.it.support.Profiles;
import org.quartiersnetz.it.support.Tasks;

/**
 * Issue 5's "done when", through the real pages: a coordinator plans the basic godparent course
 * with 10 places; 12 volunteers enrol on their phones (2 wait); one cancels on the phone and the
 * first waiting one moves up with a mail; after the weekend the coordinator ticks attendance per
 * date and 10 are qualified; Jugendwerke inspect one volunteer's certificate, Caritas sees it once
 * the volunteer consents; the eligibility service says eligible for her and names what the others
 * lack. The server's clock is moved to the Monday after the course (QN_TEST_CLOCK).
 */
class TrainingPagesIT extends BlackBoxTest {

    private static final String BASIC = "basic-godparent";
    private static final String TITLE = "Basisqualifizierung Familienpaten";

    record Volunteer(String email, long id) {}

    @Test
    void twelveEnrolOnTheirPhonesTenQualifyAndTheEligibilityServiceNamesWhatIsMissing() {
        LocalDate saturday = Tasks.next(DayOfWeek.SATURDAY);
        String place = "Familienzentrum Nord " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> plan = Courses.run(
                BASIC, 10, Courses.on(saturday, "10:00", "16:00"), Courses.on(saturday.plusDays(1), "10:00", "16:00"));
        plan.put("place", place);
        long run = as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(plan)
                .post("/api/v1/course-runs")
                .then()
                .statusCode(201)
                .body("courseTitle", equalTo(TITLE))
                .extract()
                .jsonPath()
                .getLong("id");

        List<Volunteer> volunteers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            volunteers.add(volunteer());
        }
        try (Chromium phone = Chromium.phone()) {
            for (int i = 0; i < volunteers.size(); i++) {
                enrolOnPhone(phone, volunteers.get(i), place, i == 0 || i == 11);
            }
            assertStatuses(run, volunteers, 10, 2);

            signInOnPhone(phone.driver(), volunteers.get(0), "/volunteer/courses.xhtml");
            Chromium.click(phone.driver(), By.xpath("//ul[@id='own']//li[contains(., '" + TITLE + "')]//button"));
            waitForText(phone.driver(), "messages", "abgemeldet");
            phone.driver().manage().deleteAllCookies();
        }
        MimeMessage movedUp = MailServer.awaitMail(volunteers.get(10).email(), 2);
        assertTrue(MailServer.subject(movedUp).contains("nachgerückt"), MailServer.subject(movedUp));
        assertTrue(MailServer.text(movedUp).contains(TITLE), MailServer.text(movedUp));
        assertEquals(null, statusOf(run, volunteers.get(0)), "who cancelled holds no place");
        assertEquals("CONFIRMED", statusOf(run, volunteers.get(10)));
        assertEquals("WAITING", statusOf(run, volunteers.get(11)));

        try (MovedClock monday = clockAt(saturday.plusDays(2))) {
            attendanceOnTheStaffPage(run);
            List<Volunteer> qualified =
                    volunteers.stream().filter(v -> hasBasic(v)).toList();
            assertEquals(10, qualified.size(), () -> attendanceOf(run));
            assertTrue(!qualified.contains(volunteers.get(0)) && !qualified.contains(volunteers.get(11)));

            Volunteer ayse = volunteers.get(10);
            as(JUGENDWERKE_STAFF)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "inspectedOn",
                            Tasks.today().toString(),
                            "certificateIssuedOn",
                            Tasks.today().minusDays(25).toString(),
                            "relevantConviction",
                            false))
                    .post("/api/v1/volunteers/" + ayse.id() + "/clearance/checks")
                    .then()
                    .statusCode(201);
            as(CARITAS_STAFF)
                    .get("/api/v1/volunteers/" + ayse.id() + "/clearance/checks")
                    .then()
                    .body("$", empty());
            asVolunteer(ayse.email())
                    .contentType(ContentType.JSON)
                    .body(Map.of("shareConsent", true))
                    .put("/api/v1/volunteers/me/clearance/consent")
                    .then()
                    .statusCode(200);
            as(CARITAS_STAFF)
                    .get("/api/v1/volunteers/" + ayse.id() + "/clearance/checks")
                    .then()
                    .statusCode(200)
                    .body("carrier", equalTo(List.of("jugendwerke")));
            signDeclarations(ayse.email());

            judge(ayse)
                    .then()
                    .statusCode(200)
                    .body("verdict", equalTo("ELIGIBLE"))
                    .body("missing", empty());
            judge(volunteers.get(1))
                    .then()
                    .statusCode(200)
                    .body("verdict", equalTo("NOT_ELIGIBLE"))
                    .body("missing.requirement", hasItems("CLEARANCE", "DECLARATION"))
                    .body("missing.requirement", not(hasItem("COURSE")));
            judge(volunteers.get(11))
                    .then()
                    .statusCode(200)
                    .body("verdict", equalTo("NOT_ELIGIBLE"))
                    .body("missing.requirement", hasItems("COURSE", "CLEARANCE", "DECLARATION"))
                    .body("missing.detail", hasItem(BASIC));
            as(JUGENDWERKE_STAFF)
                    .queryParam("volunteer", ayse.id())
                    .queryParam("type", "godparent")
                    .get("/api/v1/eligibility")
                    .then()
                    .statusCode(200)
                    .body("verdict", equalTo("ELIGIBLE"));
            asVolunteer(volunteers.get(1).email())
                    .queryParam("volunteer", ayse.id())
                    .queryParam("type", "godparent")
                    .get("/api/v1/eligibility")
                    .then()
                    .statusCode(403);
        }
    }

    private Volunteer volunteer() {
        String email = signedUpVolunteer();
        long id = asVolunteer(email)
                .contentType(ContentType.JSON)
                .body(Profiles.profile(
                        "Pate-" + UUID.randomUUID().toString().substring(0, 6),
                        List.of("caritas", "jugendwerke"),
                        false))
                .put("/api/v1/volunteers/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("id");
        return new Volunteer(email, id);
    }

    /** Opens the courses page (through sign-in) and taps the button of the run at that place. */
    private void enrolOnPhone(Chromium phone, Volunteer volunteer, String place, boolean checkPage) {
        WebDriver driver = phone.driver();
        signInOnPhone(driver, volunteer, "/volunteer/courses.xhtml");
        if (checkPage) {
            phone.assertPageOk("courses");
        }
        Chromium.click(driver, By.xpath("//ul[@id='open']/li[contains(., '" + place + "')]//button"));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("own"), TITLE));
        if (checkPage) {
            phone.assertPageOk("courses after enrolling");
        }
        driver.manage().deleteAllCookies();
    }

    private void signInOnPhone(WebDriver driver, Volunteer volunteer, String page) {
        driver.get(url(page));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login.xhtml"));
        driver.findElement(By.id("login:email")).sendKeys(volunteer.email());
        driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(page));
    }

    /** The coordinator ticks every confirmed participant per date on the staff page and saves. */
    private void attendanceOnTheStaffPage(long run) {
        try (Chromium desktop = new Chromium(1280, 900, "de")) {
            WebDriver driver = desktop.driver();
            signInInBrowser(driver, CARITAS_COORDINATOR);
            for (int session = 0; session < 2; session++) {
                driver.get(url("/staff/courses.xhtml?run=" + run));
                String prefix = "attendance:sessions:" + session + ":";
                List<WebElement> labels = driver.findElements(By.cssSelector("[id='" + prefix + "present'] label"));
                assertEquals(
                        10,
                        labels.size(),
                        driver.findElement(By.tagName("main")).getText());
                labels.forEach(WebElement::click);
                assertEquals(
                        10,
                        driver.findElements(By.cssSelector("[id='" + prefix + "present'] input:checked"))
                                .size(),
                        "ticked on the page");
                driver.findElement(By.id(prefix + "save")).click();
                waitForText(driver, "messages", "gespeichert");
                assertEquals(
                        10,
                        driver.findElements(By.cssSelector("[id='" + prefix + "present'] input:checked"))
                                .size(),
                        "kept after saving date " + session + ": " + attendanceOf(run));
            }
            assertEquals("", desktop.seriousViolations(), "axe on the staff courses page");
        }
    }

    private String attendanceOf(long run) {
        StringBuilder all = new StringBuilder();
        for (Object session : api().get("/api/v1/course-runs/" + run).jsonPath().getList("sessions.id")) {
            all.append(as(CARITAS_COORDINATOR)
                            .get("/api/v1/course-runs/" + run + "/sessions/" + session + "/attendance")
                            .asString())
                    .append('\n');
        }
        return all.toString();
    }

    private boolean hasBasic(Volunteer volunteer) {
        return asVolunteer(volunteer.email())
                .get("/api/v1/qualifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("courseCode")
                .contains(BASIC);
    }

    private String statusOf(long run, Volunteer volunteer) {
        return asVolunteer(volunteer.email())
                .get("/api/v1/enrolments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("find { it.runId == " + run + " }.status");
    }

    private void assertStatuses(long run, List<Volunteer> volunteers, int confirmed, int waiting) {
        List<String> statuses = volunteers.stream().map(v -> statusOf(run, v)).toList();
        assertEquals(confirmed, statuses.stream().filter("CONFIRMED"::equals).count(), statuses.toString());
        assertEquals(waiting, statuses.stream().filter("WAITING"::equals).count(), statuses.toString());
        assertEquals(List.of("WAITING", "WAITING"), statuses.subList(10, 12), "the last two wait");
    }

    private Response judge(Volunteer volunteer) {
        return as(CARITAS_STAFF)
                .queryParam("volunteer", volunteer.id())
                .queryParam("type", "godparent")
                .get("/api/v1/eligibility");
    }
}
