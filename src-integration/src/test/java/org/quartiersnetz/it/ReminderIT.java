package org.quartiersnetz.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Courses;
import org.quartiersnetz.it.support.MailServer;
import org.quartiersnetz.it.support.PayaraProcess;
import org.quartiersnetz.it.support.Tasks;

/**
 * Reminders over HTTP with the server's clock moved (no waiting for dates): each one is sent once,
 * across two runs of the job and across two application instances on one PostgreSQL database;
 * a volunteer who switched a kind off gets none of it. The job is run through the operator's
 * endpoint; its timer may run it too, which must not change the count either.
 */
class ReminderIT extends BlackBoxTest {

    static final String OVERDUE = "Zeit für Supervision";
    static final String TOMORROW = "Morgen:";
    static final String QUALIFICATION = "Ihre Schulung läuft ab";
    static final String CLEARANCE = "Ihr Führungszeugnis";

    @Test
    void anOverdueGodparentIsRemindedOnceAttendsTheNextGroupSessionAndIsNotRemindedAgain() {
        Volunteer placed = activeGodparent();
        LocalDate today = Tasks.today();
        LocalDate sessionDay = today.plusWeeks(7);
        long session = groupSession(sessionDay);
        try (MovedClock overdue = clockAt(today.plusWeeks(6).plusDays(2))) {
            runJob();
            runJob();
            MailServer.awaitCount(placed.email(), OVERDUE, 1);
            assertTrue(MailServer.text(MailServer.awaitSubject(placed.email(), OVERDUE))
                    .contains("Patenschaft Supervision"));
            asVolunteer(placed.email())
                    .post("/api/v1/supervision-sessions/" + session + "/signup")
                    .then()
                    .statusCode(201);
        }
        try (MovedClock dayBefore = clockAt(sessionDay.minusDays(1))) {
            runJob();
            runJob();
            MailServer.awaitCount(placed.email(), TOMORROW, 1);
        }
        try (MovedClock dayAfter = clockAt(sessionDay.plusDays(1))) {
            as(SUPERVISOR)
                    .contentType(ContentType.JSON)
                    .body(Map.of("present", List.of(placed.id())))
                    .put("/api/v1/supervision-sessions/" + session + "/attendance")
                    .then()
                    .statusCode(200);
            as(CARITAS_COORDINATOR)
                    .get("/api/v1/dashboard")
                    .then()
                    .statusCode(200)
                    .body("overdueSupervision.volunteerId.findAll { it == " + placed.id() + " }", hasSize(0));
            runJob();
        }
        assertOnly(placed.email(), Map.of(OVERDUE, 1L, TOMORROW, 1L));
    }

    @Test
    void eachKindIsSentOnceAndNotToWhoSwitchedItOff() {
        Volunteer reminded = activeGodparent();
        Volunteer quiet = activeGodparent();
        asVolunteer(quiet.email())
                .contentType(ContentType.JSON)
                .body(Map.of("wanted", List.of()))
                .put("/api/v1/volunteers/me/reminders")
                .then()
                .statusCode(200)
                .body("wanted", hasSize(0));
        asVolunteer(reminded.email())
                .get("/api/v1/volunteers/me/reminders")
                .then()
                .statusCode(200)
                .body("wanted", hasItem("QUALIFICATION_EXPIRING"))
                .body("kinds", hasSize(6));
        LocalDate today = Tasks.today();
        LocalDate courseDay = today.plusDays(5);
        long run = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Courses.run("child-protection", 10, Courses.on(courseDay, "10:00", "13:00")))
                .post("/api/v1/course-runs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        for (Volunteer v : List.of(reminded, quiet)) {
            asVolunteer(v.email())
                    .post("/api/v1/course-runs/" + run + "/enrolment")
                    .then()
                    .statusCode(201);
        }
        LocalDate validUntil = qualification(reminded);
        qualification(quiet);
        LocalDate renewal = LocalDate.parse(as(CARITAS_STAFF)
                .get("/api/v1/volunteers/" + reminded.id() + "/clearance/checks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("[0].renewalDueOn"));

        try (MovedClock dayBeforeTheCourse = clockAt(courseDay.minusDays(1))) {
            runJob();
            MailServer.awaitCount(reminded.email(), TOMORROW, 1);
            runJob();
        }
        try (MovedClock monthBefore = clockAt(validUntil.minusDays(30))) {
            runJob();
            MailServer.awaitCount(reminded.email(), QUALIFICATION, 1);
            runJob();
        }
        try (MovedClock twoMonthsBefore = clockAt(renewal.minusDays(60))) {
            runJob();
            MailServer.awaitCount(reminded.email(), CLEARANCE, 1);
            runJob();
        }
        assertOnly(reminded.email(), Map.of(TOMORROW, 1L, QUALIFICATION, 1L, CLEARANCE, 1L));
        assertOnly(quiet.email(), Map.of(TOMORROW, 0L, QUALIFICATION, 0L, CLEARANCE, 0L, OVERDUE, 0L));
    }

    @Test
    void aChoiceOfRemindersIsCheckedAndOnlyTheVolunteersOwn() {
        Volunteer volunteer = volunteer(List.of("caritas"), false, Map.of());
        asVolunteer(volunteer.email())
                .contentType(ContentType.JSON)
                .body(Map.of("wanted", List.of("NONSENSE")))
                .put("/api/v1/volunteers/me/reminders")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("wanted"));
        asVolunteer(volunteer.email())
                .contentType(ContentType.JSON)
                .body(Map.of())
                .put("/api/v1/volunteers/me/reminders")
                .then()
                .statusCode(400);
        asVolunteer(volunteer.email())
                .contentType(ContentType.JSON)
                .body(Map.of("wanted", List.of("SLOT_TOMORROW", "session-tomorrow")))
                .put("/api/v1/volunteers/me/reminders")
                .then()
                .statusCode(200)
                .body("wanted", equalTo(List.of("SESSION_TOMORROW", "SLOT_TOMORROW")));
        as(CARITAS_STAFF).get("/api/v1/volunteers/me/reminders").then().statusCode(403);
        as(CARITAS_COORDINATOR).post("/api/v1/reminders/run").then().statusCode(403);
        asVolunteer(volunteer.email()).post("/api/v1/reminders/run").then().statusCode(403);
    }

    @Test
    void twoInstancesOnOneDatabaseSendEachReminderOnce() throws Exception {
        String db = System.getenv("QN_DB_URL");
        assumeTrue(db != null && db.startsWith("jdbc:postgresql"), "an H2 file database belongs to one process");
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("QN_")) {
                env.put(k, v);
            }
        });
        env.put("QN_DEMO", "false");
        int port = Integer.getInteger("qn.it.port", 18080) + 7;
        Volunteer placed;
        try (PayaraProcess second = PayaraProcess.start(port, env, "second-payara.log", Duration.ofMinutes(4))) {
            placed = activeGodparent();
            LocalDate day = Tasks.today().plusWeeks(6).plusDays(2);
            // a specification per request: RestAssured's are changed by use and not thread-safe
            Supplier<RequestSpecification> onSecond = () -> given().baseUri(second.base)
                    .accept(ContentType.JSON)
                    .auth()
                    .preemptive()
                    .basic(ADMIN, DEMO_PASSWORD);
            try (MovedClock first = clockAt(day)) {
                onSecond.get()
                        .contentType(ContentType.JSON)
                        .body(Map.of("today", day.toString()))
                        .put("/api/v1/test-clock")
                        .then()
                        .statusCode(200);
                // both instances run the job at the same moment, three times (java.net.http is thread-safe)
                HttpClient http = HttpClient.newHttpClient();
                String admin = "Basic "
                        + Base64.getEncoder()
                                .encodeToString((ADMIN + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
                List<CompletableFuture<HttpResponse<String>>> runs = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    for (String base : List.of(url(""), second.base)) {
                        runs.add(http.sendAsync(
                                HttpRequest.newBuilder(URI.create(base + "/api/v1/reminders/run"))
                                        .header("Authorization", admin)
                                        .header("Accept", "application/json")
                                        .timeout(Duration.ofMinutes(2))
                                        .POST(HttpRequest.BodyPublishers.noBody())
                                        .build(),
                                HttpResponse.BodyHandlers.ofString()));
                    }
                }
                for (CompletableFuture<HttpResponse<String>> run : runs) {
                    HttpResponse<String> answer = run.get(2, TimeUnit.MINUTES);
                    assertEquals(200, answer.statusCode(), answer.body());
                }
                MailServer.awaitCount(placed.email(), OVERDUE, 1);
            }
        }
        assertOnly(placed.email(), Map.of(OVERDUE, 1L));
    }

    private void runJob() {
        as(ADMIN).post("/api/v1/reminders/run").then().statusCode(200);
    }

    private long groupSession(LocalDate day) {
        return as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "GROUP",
                        "supervisorId",
                        staffId(SUPERVISOR),
                        "startsAt",
                        day + "T18:00",
                        "durationMinutes",
                        90,
                        "place",
                        "Nachbarschaftstreff",
                        "capacity",
                        8))
                .post("/api/v1/supervision-sessions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** A child-protection certificate (valid two years) recorded today; the day it ends. */
    private LocalDate qualification(Volunteer v) {
        return LocalDate.parse(as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "volunteerId",
                        v.id(),
                        "courseCode",
                        "child-protection",
                        "evidenceOn",
                        Tasks.today().toString(),
                        "issuer",
                        "Caritas"))
                .post("/api/v1/qualifications")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("validUntil"));
    }

    /**
     * Asserts how many reminders of each kind reached the address, after a marker mail queued now has
     * arrived (the outbox sends in order, so nothing queued before it is still on its way).
     */
    private void assertOnly(String email, Map<String, Long> expected) {
        long markers = MailServer.count(email, "Neues Passwort");
        requestPasswordReset(email);
        MailServer.awaitCount(email, "Neues Passwort", markers + 1);
        expected.forEach((subject, count) -> assertEquals(count, MailServer.count(email, subject), subject));
    }
}
