package org.quartiersnetz.it.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the black-box tests: the real WAR built by the reactor, deployed unchanged to a real
 * Payara Micro (one instance for all test classes of a run), reached over HTTP on 127.0.0.1.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class BlackBoxTest {

    public static final String PASSWORD = "ein-gutes-Passwort-2026";
    /** The suite runs with demo data on (QN_DEMO=true): these staff accounts exist. */
    public static final String DEMO_PASSWORD = "Demo-Passwort-2026";

    public static final String ADMIN = "admin@quartiersnetz.example";
    public static final String NETWORK = "netzwerk@quartiersnetz.example";
    public static final String CARITAS_COORDINATOR = "koordination.caritas@quartiersnetz.example";
    public static final String CARITAS_STAFF = "fachkraft.caritas@quartiersnetz.example";
    public static final String JUGENDWERKE_COORDINATOR = "koordination.jugendwerke@quartiersnetz.example";
    public static final String JUGENDWERKE_STAFF = "fachkraft.jugendwerke@quartiersnetz.example";
    public static final String BERATUNGSSTELLE_STAFF = "fachkraft.beratungsstelle@quartiersnetz.example";
    /** The external supervisor of Caritas: their own supervision sessions, nothing else. */
    public static final String SUPERVISOR = "supervision.caritas@quartiersnetz.example";
    /** The path of the confirmation page that confirmation mails link to. */
    public static final String CONFIRM_PAGE = "/account/confirm.xhtml?token=";
    /** The path of the page that password-reset mails link to. */
    public static final String RESET_PAGE = "/account/reset-password.xhtml?token=";

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive realWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("qn.war")));
    }

    protected String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    protected RequestSpecification api() {
        return given().baseUri(url("")).accept(ContentType.JSON);
    }

    public static String uniqueEmail() {
        return "v-" + UUID.randomUUID() + "@example.org";
    }

    /** A valid sign-up body; tests change single fields to make it invalid. */
    public static Map<String, Object> signUpBody(String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Ayşe");
        body.put("lastName", "Yılmaz");
        body.put("email", email);
        body.put("password", PASSWORD);
        body.put("phone", "+49 214 123456");
        body.put("languages", new ArrayList<>(List.of("tr", "de")));
        body.put("privacyNoticeVersion", 1);
        return body;
    }

    /** The API as a member of staff of the demo network. */
    protected RequestSpecification as(String staffEmail) {
        return api().auth().preemptive().basic(staffEmail, DEMO_PASSWORD);
    }

    /** The API as a volunteer who signed up with {@link #PASSWORD}. */
    protected RequestSpecification asVolunteer(String email) {
        return api().auth().preemptive().basic(email, PASSWORD);
    }

    /** The server's clock moved by {@link #clockAt}; closing puts it back. */
    public interface MovedClock extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Moves the server's clock (QN_TEST_CLOCK) to that day until the answer is closed; use it in
     * try-with-resources so that later tests see real time again.
     */
    protected MovedClock clockAt(LocalDate today) {
        MovedClock back = () ->
                as(ADMIN).delete("/api/v1/test-clock").then().statusCode(200).body("offsetDays", Matchers.equalTo(0));
        try {
            as(ADMIN)
                    .contentType(ContentType.JSON)
                    .body(Map.of("today", today.toString()))
                    .put("/api/v1/test-clock")
                    .then()
                    .statusCode(200)
                    .body("today", Matchers.equalTo(today.toString()));
        } catch (AssertionError e) {
            // e.g. Berlin's midnight passed between the test's "today" and the server's: never leave it moved
            back.close();
            throw e;
        }
        return back;
    }

    /** The volunteer signs every declaration in its version in force. */
    protected void signDeclarations(String volunteerEmail) {
        for (Map<String, Object> declaration :
                api().get("/api/v1/declarations").then().extract().jsonPath().<Map<String, Object>>getList("")) {
            asVolunteer(volunteerEmail)
                    .contentType(ContentType.JSON)
                    .body(Map.of("version", declaration.get("version")))
                    .post("/api/v1/declarations/mine/" + declaration.get("kind"))
                    .then()
                    .statusCode(201);
        }
    }

    protected Response signUp(Map<String, Object> body) {
        return api().contentType(ContentType.JSON).body(body).post("/api/v1/volunteers");
    }

    /**
     * Signs a new volunteer up through the API and confirms the e-mail address with the link from
     * the real confirmation mail; returns the e-mail address, ready to sign in.
     */
    protected String signedUpVolunteer() {
        String email = uniqueEmail();
        signUp(signUpBody(email)).then().statusCode(201);
        confirmEmail(email);
        return email;
    }

    /** Confirms the address with the token of the first confirmation mail sent to it. */
    protected void confirmEmail(String email) {
        confirm(MailServer.tokenOf(MailServer.awaitLink(email, 1, CONFIRM_PAGE)))
                .then()
                .statusCode(204);
    }

    /** The own profile over the API, signed in with HTTP Basic. */
    protected Response me(String email, String password) {
        return api().auth().preemptive().basic(email, password).get("/api/v1/volunteers/me");
    }

    /** Submits an e-mail address on one of the pages that send a link; answers the page's message. */
    protected String answerOfMailForm(String path, String formId, String email) throws IOException {
        Browser browser = new Browser(url(""), null);
        return browser.form(browser.open(path), formId)
                .set("email", email)
                .submit("submit")
                .select("#messages")
                .text();
    }

    protected void requestPasswordReset(String email) {
        api().contentType(ContentType.JSON)
                .body(Map.of("email", email))
                .post("/api/v1/account/password-resets")
                .then()
                .statusCode(202);
    }

    protected Response resetPassword(String token, String password) {
        return api().contentType(ContentType.JSON)
                .body(Map.of("token", token, "password", password))
                .put("/api/v1/account/password");
    }

    /** A browser session signed in through the login page (staff use {@link #DEMO_PASSWORD}). */
    protected Browser signedIn(String email, String password) throws IOException {
        Browser browser = new Browser(url(""), null);
        browser.form(browser.open("/login.xhtml"), "login")
                .set("email", email)
                .set("password", password)
                .submit("submit");
        return browser;
    }

    protected Browser signedIn(String staffEmail) throws IOException {
        return signedIn(staffEmail, DEMO_PASSWORD);
    }

    /** A Caritas task created by its staff and published on the board; answers its id. */
    protected long publishedTask(Map<String, Object> body) {
        long id = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/tasks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "OPEN"))
                .post("/api/v1/tasks/" + id + "/status-changes")
                .then()
                .statusCode(200);
        return id;
    }

    /** Signs a member of staff in on the login page of a real browser and waits for their start page. */
    protected void signInInBrowser(WebDriver driver, String staffEmail) {
        signInInBrowser(driver, staffEmail, DEMO_PASSWORD, "/staff/");
    }

    /** Signs in on the login page of a real browser and waits until the address shows this path. */
    protected void signInInBrowser(WebDriver driver, String email, String password, String landing) {
        driver.get(url("/login.xhtml"));
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(landing));
    }

    /** A volunteer of the tests: e-mail address (password {@link #PASSWORD}) and id. */
    public record Volunteer(String email, long id) {}

    /**
     * A signed-up, confirmed volunteer with the profile of {@link Profiles#profile} (Turkish, Tuesday and
     * Thursday afternoons, godparent interest) for these carriers; {@code changes} adjusts the profile.
     */
    protected Volunteer volunteer(List<String> carriers, boolean sharedPool, Map<String, Object> changes) {
        String email = signedUpVolunteer();
        Map<String, Object> profile =
                Profiles.profile("Test" + UUID.randomUUID().toString().substring(0, 6), carriers, sharedPool);
        profile.putAll(changes);
        long id = asVolunteer(email)
                .contentType(ContentType.JSON)
                .body(profile)
                .put("/api/v1/volunteers/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("id");
        return new Volunteer(email, id);
    }

    /** The volunteer's first talk and activation, by a member of staff who sees them. */
    protected void activate(String staffEmail, Volunteer volunteer) {
        for (String status : List.of("INTERVIEWED", "ACTIVE")) {
            as(staffEmail)
                    .contentType(ContentType.JSON)
                    .body(Map.of("status", status))
                    .post("/api/v1/volunteers/" + volunteer.id() + "/status-changes")
                    .then()
                    .statusCode(200);
        }
    }

    /** A certificate of a course recorded by the staff member (evidence 20 days ago). */
    protected void qualify(String staffEmail, Volunteer volunteer, String courseCode) {
        as(staffEmail)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "volunteerId",
                        volunteer.id(),
                        "courseCode",
                        courseCode,
                        "evidenceOn",
                        LocalDate.now(Tasks.BERLIN).minusDays(20).toString(),
                        "issuer",
                        "Caritas"))
                .post("/api/v1/qualifications")
                .then()
                .statusCode(201);
    }

    /** A §72a inspection by the staff member's carrier, without a relevant conviction. */
    protected void inspect(String staffEmail, Volunteer volunteer) {
        LocalDate today = LocalDate.now(Tasks.BERLIN);
        as(staffEmail)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "inspectedOn",
                        today.minusDays(2).toString(),
                        "certificateIssuedOn",
                        today.minusDays(30).toString(),
                        "relevantConviction",
                        false))
                .post("/api/v1/volunteers/" + volunteer.id() + "/clearance/checks")
                .then()
                .statusCode(201);
    }

    /** A volunteer and the placement they hold. */
    public record Placed(Volunteer volunteer, long placementId) {}

    /** A volunteer who accepted a proposal for a new Caritas godparent task (clearance, course, declarations). */
    protected Placed acceptedGodparent() {
        Map<String, Object> body = Tasks.godparent("Patenschaft Supervision " + System.nanoTime(), null, null);
        body.put("startsOn", Tasks.today().toString());
        long task = publishedTask(body);
        Volunteer volunteer = volunteer(List.of("caritas"), false, Map.of());
        activate(CARITAS_STAFF, volunteer);
        qualify(CARITAS_STAFF, volunteer, "basic-godparent");
        inspect(CARITAS_STAFF, volunteer);
        signDeclarations(volunteer.email());
        long placement = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task, "volunteerId", volunteer.id()))
                .post("/api/v1/placements")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        asVolunteer(volunteer.email())
                .contentType(ContentType.JSON)
                .body(Map.of("to", "ACCEPTED"))
                .post("/api/v1/placements/" + placement + "/steps")
                .then()
                .statusCode(200);
        return new Placed(volunteer, placement);
    }

    /** A volunteer active in a new Caritas godparent task (the tandem steps after {@link #acceptedGodparent}). */
    protected Volunteer activeGodparent() {
        Placed placed = acceptedGodparent();
        for (Map<String, Object> step : List.<Map<String, Object>>of(
                Map.of("to", "INTRO_MEETING", "meetingAt", Tasks.today() + "T08:00"), Map.of("to", "GETTING_TO_KNOW"),
                Map.of("to", "TRIAL_PERIOD"), Map.of("to", "ACTIVE", "familyConsent", true))) {
            as(CARITAS_STAFF)
                    .contentType(ContentType.JSON)
                    .body(step)
                    .post("/api/v1/placements/" + placed.placementId() + "/steps")
                    .then()
                    .statusCode(200);
        }
        return placed.volunteer();
    }

    /** The id of a member of staff in {@code /api/v1/staff}. */
    protected long staffId(String email) {
        return as(ADMIN)
                .get("/api/v1/staff")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("find { it.email == '" + email + "' }.id");
    }

    protected Response confirm(String token) {
        return api().contentType(ContentType.JSON).body(Map.of("token", token)).post("/api/v1/account/confirmations");
    }
}
