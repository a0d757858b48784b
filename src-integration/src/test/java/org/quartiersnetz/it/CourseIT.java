package org.quartiersnetz.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Browser;
import org.quartiersnetz.it.support.Courses;
import org.quartiersnetz.it.support.MailServer;
import org.quartiersnetz.it.support.Tasks;

/** Training: planning runs, enrolment with waiting list and move-up, attendance, qualifications. */
class CourseIT extends BlackBoxTest {

    private static final String BASIC = "basic-godparent";

    @Test
    void aCoordinatorPlansTheBasicCourseTwelveEnrolTwoWaitOneCancelsAndAttendanceMakesTenQualified() {
        LocalDate saturday = Tasks.next(DayOfWeek.SATURDAY);
        LocalDate sunday = saturday.plusDays(1);
        Response planned = as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Courses.run(
                        BASIC, 10, Courses.on(saturday, "10:00", "16:00"), Courses.on(sunday, "10:00", "16:00")))
                .post("/api/v1/course-runs");
        planned.then()
                .statusCode(201)
                .body("courseTitle", equalTo("Basisqualifizierung Familienpaten"))
                .body("carrier", equalTo("Caritasverband"))
                .body("placesFree", equalTo(10))
                .body("sessions", hasSize(2));
        long run = planned.jsonPath().getLong("id");
        assertTrue(planned.header("Location").endsWith("/api/v1/course-runs/" + run), planned.header("Location"));
        api().queryParam("course", BASIC)
                .get("/api/v1/course-runs")
                .then()
                .statusCode(200)
                .body("id", hasItem((int) run));

        List<String> volunteers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String volunteer = signedUpVolunteer();
            volunteers.add(volunteer);
            enrol(volunteer, run).then().statusCode(201).body("status", equalTo(i < 10 ? "CONFIRMED" : "WAITING"));
        }
        enrol(volunteers.get(0), run).then().statusCode(409).contentType("application/problem+json");
        api().get("/api/v1/course-runs/" + run)
                .then()
                .body("confirmed", equalTo(10))
                .body("placesFree", equalTo(0));

        asVolunteer(volunteers.get(0))
                .delete("/api/v1/course-runs/" + run + "/enrolment")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        MimeMessage movedUp = MailServer.awaitMail(volunteers.get(10), 2);
        assertTrue(MailServer.subject(movedUp).contains("nachgerückt"), MailServer.subject(movedUp));
        assertTrue(MailServer.text(movedUp).contains("Basisqualifizierung Familienpaten"), MailServer.text(movedUp));
        asVolunteer(volunteers.get(10))
                .get("/api/v1/enrolments")
                .then()
                .body("find { it.runId == " + run + " }.status", equalTo("CONFIRMED"));
        asVolunteer(volunteers.get(11))
                .get("/api/v1/enrolments")
                .then()
                .body("find { it.runId == " + run + " }.status", equalTo("WAITING"));
        asVolunteer(volunteers.get(0))
                .delete("/api/v1/course-runs/" + run + "/enrolment")
                .then()
                .statusCode(404);

        List<Map<String, Object>> participants = as(CARITAS_COORDINATOR)
                .get("/api/v1/course-runs/" + run + "/enrolments")
                .then()
                .statusCode(200)
                .body("", hasSize(11))
                .extract()
                .jsonPath()
                .getList("");
        List<Long> confirmed = participants.stream()
                .filter(p -> "CONFIRMED".equals(p.get("status")))
                .map(p -> ((Number) p.get("volunteerId")).longValue())
                .toList();
        long waiting = participants.stream()
                .filter(p -> "WAITING".equals(p.get("status")))
                .map(p -> ((Number) p.get("volunteerId")).longValue())
                .findFirst()
                .orElseThrow();
        assertEquals(10, confirmed.size());
        as(JUGENDWERKE_STAFF)
                .get("/api/v1/course-runs/" + run + "/enrolments")
                .then()
                .statusCode(404);

        List<Long> sessions = planned.jsonPath().getList("sessions.id", Long.class);
        String first = "/api/v1/course-runs/" + run + "/sessions/" + sessions.get(0) + "/attendance";
        attendance(CARITAS_STAFF, first, confirmed, List.of()).then().statusCode(409);
        try (MovedClock monday = clockAt(sunday.plusDays(1))) {
            attendAndQualify(run, sessions, confirmed, waiting, volunteers, sunday);
        }
    }

    private void attendAndQualify(
            long run,
            List<Long> sessions,
            List<Long> confirmed,
            long waiting,
            List<String> volunteers,
            LocalDate lastDay) {
        String first = "/api/v1/course-runs/" + run + "/sessions/" + sessions.get(0) + "/attendance";
        attendance(CARITAS_STAFF, first, List.of(waiting), List.of())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("present"));
        attendance(JUGENDWERKE_COORDINATOR, first, confirmed, List.of()).then().statusCode(404);
        for (long session : sessions) {
            attendance(
                            CARITAS_STAFF,
                            "/api/v1/course-runs/" + run + "/sessions/" + session + "/attendance",
                            confirmed,
                            List.of())
                    .then()
                    .statusCode(200)
                    .body("", hasSize(10))
                    .body("present", Matchers.everyItem(equalTo(true)));
        }

        int qualified = 0;
        for (String volunteer : volunteers) {
            List<String> codes = asVolunteer(volunteer)
                    .get("/api/v1/qualifications")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("courseCode");
            qualified += codes.contains(BASIC) ? 1 : 0;
        }
        assertEquals(10, qualified);
        asVolunteer(volunteers.get(10))
                .get("/api/v1/qualifications")
                .then()
                .body("[0].source", equalTo("RUN"))
                .body("[0].obtainedOn", equalTo(lastDay.toString()))
                .body("[0].validUntil", nullValue())
                .body("[0].valid", equalTo(true))
                .body("[0].runId", equalTo((int) run));
        long movedUpId = idOf(volunteers.get(10));
        as(CARITAS_COORDINATOR)
                .queryParam("courses", BASIC + ",child-protection")
                .get("/api/v1/volunteers/" + movedUpId + "/qualifications/status")
                .then()
                .statusCode(200)
                .body(BASIC, equalTo("VALID"))
                .body("child-protection", equalTo("MISSING"));
        asVolunteer(volunteers.get(11))
                .get("/api/v1/volunteers/" + movedUpId + "/qualifications")
                .then()
                .statusCode(403);

        // marked absent afterwards: the qualification from this run goes again
        attendance(
                        CARITAS_STAFF,
                        "/api/v1/course-runs/" + run + "/sessions/" + sessions.get(1) + "/attendance",
                        List.of(),
                        List.of(movedUpId))
                .then()
                .statusCode(200);
        asVolunteer(volunteers.get(10)).get("/api/v1/qualifications").then().body("", hasSize(0));
    }

    @Test
    void twoVolunteersEnrollingForTheLastPlaceAtTheSameMomentNeverOverbook() throws Exception {
        LocalDate saturday = Tasks.next(DayOfWeek.SATURDAY);
        String first = signedUpVolunteer();
        String second = signedUpVolunteer();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                long run = plan(
                        CARITAS_STAFF,
                        Courses.run("child-protection", 1, Courses.on(saturday.plusWeeks(round), "09:00", "16:00")));
                CountDownLatch start = new CountDownLatch(1);
                Future<String> a = pool.submit(() -> enrolWhen(start, first, run));
                Future<String> b = pool.submit(() -> enrolWhen(start, second, run));
                start.countDown();
                List<String> outcomes = new ArrayList<>(List.of(a.get(), b.get()));
                Collections.sort(outcomes);
                assertEquals(List.of("CONFIRMED", "WAITING"), outcomes, "run " + run);
                api().get("/api/v1/course-runs/" + run).then().body("confirmed", equalTo(1));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void attendanceForADateThatHasNotBegunAndBadPlansAreRefusedWithTheReason() {
        LocalDate monday = Tasks.next(DayOfWeek.MONDAY);
        long run = plan(CARITAS_STAFF, Courses.run("child-protection", 5, Courses.on(monday, "17:00", "20:00")));
        String volunteer = signedUpVolunteer();
        enrol(volunteer, run).then().statusCode(201);
        long session = api().get("/api/v1/course-runs/" + run).jsonPath().getLong("sessions[0].id");
        attendance(
                        CARITAS_STAFF,
                        "/api/v1/course-runs/" + run + "/sessions/" + session + "/attendance",
                        List.of(idOf(volunteer)),
                        List.of())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("begonnen"));

        planRefused(Courses.run("child-protection", 5, Courses.on(monday, "20:00", "17:00")), "sessions[0].end");
        planRefused(
                Courses.run("child-protection", 5, Courses.on(Tasks.today().minusDays(1), "17:00", "20:00")),
                "sessions[0].date");
        Map<String, Object> late = Courses.run("child-protection", 5, Courses.on(monday, "17:00", "20:00"));
        late.put("enrolmentDeadline", monday.plusDays(1).toString());
        planRefused(late, "enrolmentDeadline");
        planRefused(Courses.run("child-protection", 0, Courses.on(monday, "17:00", "20:00")), "capacity");
        planRefused(Courses.run("no-such-course", 5, Courses.on(monday, "17:00", "20:00")), "courseCode");
        Map<String, Object> noDates = Courses.run("child-protection", 5, Courses.on(monday, "17:00", "20:00"));
        noDates.put("sessions", List.of());
        planRefused(noDates, "sessions");

        as(NETWORK)
                .contentType(ContentType.JSON)
                .body(Courses.run(BASIC, 20, Courses.on(monday, "09:00", "16:00")))
                .post("/api/v1/course-runs")
                .then()
                .statusCode(201)
                .body("carrier", nullValue());
        as(CARITAS_STAFF)
                .get("/api/v1/course-runs/" + run + "/sessions/" + session + "/attendance")
                .then()
                .statusCode(200)
                .body("", hasSize(0));
        as(NETWORK)
                .get("/api/v1/course-runs/" + run + "/sessions/" + session + "/attendance")
                .then()
                .statusCode(404);
    }

    @Test
    void staffRecordAnExternalCertificateAndTheStatusNamesWhatIsValidEnrolledOrMissing() {
        LocalDate monday = Tasks.next(DayOfWeek.MONDAY);
        long run = plan(CARITAS_STAFF, Courses.run("child-protection", 5, Courses.on(monday, "17:00", "20:00")));
        String volunteer = signedUpVolunteer();
        long id = idOf(volunteer);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(external(id, "2025-06-01"))
                .post("/api/v1/qualifications")
                .then()
                .statusCode(404);
        enrol(volunteer, run).then().statusCode(201);

        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(external(id, "2025-06-01"))
                .post("/api/v1/qualifications")
                .then()
                .statusCode(201)
                .body("source", equalTo("EXTERNAL"))
                .body("validUntil", equalTo("2027-06-01"))
                .body("issuer", equalTo("DRK Kreisverband"));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(external(id, Tasks.today().plusDays(1).toString()))
                .post("/api/v1/qualifications")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("evidenceOn"));
        as(JUGENDWERKE_STAFF)
                .contentType(ContentType.JSON)
                .body(external(id, "2025-06-01"))
                .post("/api/v1/qualifications")
                .then()
                .statusCode(404);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("volunteerId", id))
                .post("/api/v1/qualifications")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("courseCode"));

        as(CARITAS_STAFF)
                .queryParam("courses", "first-aid-children,child-protection," + BASIC)
                .get("/api/v1/volunteers/" + id + "/qualifications/status")
                .then()
                .statusCode(200)
                .body("first-aid-children", equalTo("VALID"))
                .body("child-protection", equalTo("ENROLLED"))
                .body(BASIC, equalTo("MISSING"));
        as(CARITAS_STAFF)
                .queryParam("courses", "first-aid-children")
                .queryParam("on", "2027-06-02")
                .get("/api/v1/volunteers/" + id + "/qualifications/status")
                .then()
                .body("first-aid-children", equalTo("MISSING"));
        as(CARITAS_STAFF)
                .get("/api/v1/volunteers/" + id + "/qualifications")
                .then()
                .statusCode(200)
                .body("courseCode", hasItem("first-aid-children"));
        try (MovedClock twoYearsOn = clockAt(LocalDate.parse("2027-06-02"))) {
            as(CARITAS_STAFF)
                    .queryParam("courses", "first-aid-children")
                    .get("/api/v1/volunteers/" + id + "/qualifications/status")
                    .then()
                    .body("first-aid-children", equalTo("MISSING"));
            asVolunteer(volunteer)
                    .get("/api/v1/qualifications")
                    .then()
                    .body("find { it.courseCode == 'first-aid-children' }.valid", equalTo(false));
        }
        asVolunteer(volunteer)
                .get("/api/v1/qualifications")
                .then()
                .body("find { it.courseCode == 'first-aid-children' }.valid", equalTo(true));
        asVolunteer(volunteer)
                .get("/api/v1/qualifications")
                .then()
                .body("[0].courseTitle", equalTo("Erste Hilfe am Kind"));
    }

    @Test
    void aCarrierKeepsItsOwnCourseInTheCatalogueAndTheNetworkCoordinatorANetworkWideOne() {
        String code = "lesepaten-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> course = new HashMap<>(Map.of(
                "code",
                code,
                "titleDe",
                "Lesepaten-Einführung",
                "descriptionDe",
                "Vorlesen mit Kindern, Bücherauswahl, Büchereibesuch."));
        as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(course)
                .post("/api/v1/courses")
                .then()
                .statusCode(201)
                .header("Location", Matchers.endsWith("/api/v1/courses/" + code))
                .body("carrier", equalTo("Caritasverband"))
                .body("validityMonths", nullValue());
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(course)
                .post("/api/v1/courses")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("code"));
        for (Map.Entry<String, Object> bad : List.of(
                Map.entry("code", (Object) "Mit Leerzeichen"),
                Map.entry("titleDe", (Object) " "),
                Map.entry("validityMonths", (Object) 0))) {
            Map<String, Object> body = new HashMap<>(course);
            body.put("code", code + "-x");
            body.put(bad.getKey(), bad.getValue());
            as(CARITAS_STAFF)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/courses")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem(bad.getKey()));
        }
        api().get("/api/v1/courses/" + code + "-x").then().statusCode(404);

        Map<String, Object> runOf = Courses.run(code, 8, Courses.on(Tasks.next(DayOfWeek.THURSDAY), "17:00", "19:00"));
        runOf.put("place", "Stadtteilbibliothek");
        as(JUGENDWERKE_STAFF)
                .contentType(ContentType.JSON)
                .body(runOf)
                .post("/api/v1/course-runs")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("courseCode"));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(runOf)
                .post("/api/v1/course-runs")
                .then()
                .statusCode(201)
                .body("courseTitle", equalTo("Lesepaten-Einführung"));

        course.put("titleEn", "Reading mentors: introduction");
        course.put("validityMonths", 36);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(course)
                .put("/api/v1/courses/" + code)
                .then()
                .statusCode(200)
                .body("validityMonths", equalTo(36));
        api().header("Accept-Language", "en")
                .get("/api/v1/courses/" + code)
                .then()
                .body("title", equalTo("Reading mentors: introduction"));
        as(JUGENDWERKE_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(course)
                .put("/api/v1/courses/" + code)
                .then()
                .statusCode(404);
        Map<String, Object> renamed = new HashMap<>(course);
        renamed.put("code", code + "-neu");
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(renamed)
                .put("/api/v1/courses/" + code)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("code"));

        String network = "netzwerk-" + UUID.randomUUID().toString().substring(0, 6);
        as(NETWORK)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "code",
                        network,
                        "titleDe",
                        "Netzwerktreffen",
                        "descriptionDe",
                        "Wer ist wer im Quartier.",
                        "validityMonths",
                        12))
                .post("/api/v1/courses")
                .then()
                .statusCode(201)
                .body("carrier", nullValue());
        asVolunteer(signedUpVolunteer())
                .contentType(ContentType.JSON)
                .body(course)
                .post("/api/v1/courses")
                .then()
                .statusCode(403);
    }

    @Test
    void staffAddACourseOnTheCoursesPageAndMayPlanItThen() throws IOException {
        String code = "elternkurs-" + UUID.randomUUID().toString().substring(0, 6);
        Browser staff = signedIn(CARITAS_STAFF);
        Document page = staff.open("/staff/courses.xhtml");
        Document refused = staff.form(page, "course")
                .set("code", "Eltern Kurs")
                .set("titleDe", "Elternkurs")
                .set("descriptionDe", "Starke Eltern, starke Kinder.")
                .submit("add");
        assertTrue(
                refused.select("main").text().contains("nur Kleinbuchstaben"),
                refused.select("main").text());
        Document added = staff.form(refused, "course").set("code", code).submit("add");
        assertTrue(
                added.select("#messages").text().contains("steht im Katalog"),
                added.select("main").text());
        assertEquals(
                1,
                added.select("select[id='plan:courseCode_input'] option[value='" + code + "']")
                        .size(),
                added.select("#plan").html());
        api().get("/api/v1/courses/" + code)
                .then()
                .statusCode(200)
                .body("carrier", equalTo("Caritasverband"))
                .body("title", equalTo("Elternkurs"));
    }

    @Test
    void aVolunteerEnrolsOnTheCoursesPageAndSeesTheEnrolment() throws IOException {
        long run = plan(
                CARITAS_STAFF,
                Courses.run("child-protection", 3, Courses.on(Tasks.next(DayOfWeek.TUESDAY), "17:00", "20:00")));
        String place = api().get("/api/v1/course-runs/" + run).jsonPath().getString("place");
        String volunteer = signedUpVolunteer();
        Browser browser = signedIn(volunteer, PASSWORD);
        Document page = browser.open("/volunteer/courses.xhtml");
        assertEquals(200, browser.lastResponse().statusCode());
        assertTrue(
                page.select("#open").text().contains(place), page.select("main").text());
        String button = page.select("#open li:contains(" + place + ") button").attr("id");
        Document answer = browser.form(page, "courses").submit(button.substring("courses:".length()));
        assertTrue(
                answer.select("#own").text().contains("Kinderschutz-Grundlagen"),
                answer.select("main").text());
        asVolunteer(volunteer)
                .get("/api/v1/enrolments")
                .then()
                .body("find { it.runId == " + run + " }.status", equalTo("CONFIRMED"));
    }

    @Test
    void staffPlanARunOnTheCoursesPageAndRecordAttendanceThere() throws IOException {
        LocalDate day = Tasks.today().plusDays(1);
        String place = "Seitenraum " + UUID.randomUUID().toString().substring(0, 6);
        Browser staff = signedIn(CARITAS_COORDINATOR);
        Document page = staff.open("/staff/courses.xhtml");
        assertEquals(200, staff.lastResponse().statusCode());
        String date = String.format("%02d.%02d.%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
        Document planned = staff.form(page, "plan")
                .set("courseCode_input", BASIC)
                .set("place", place)
                .set("trainer", "Petra Lehmann")
                .set("capacity_input", "2")
                .set("capacity_hinput", "2")
                .set("enrolmentDeadline_input", date)
                .set("sessions:0:date_input", date)
                .set("sessions:0:start", "00:00")
                .set("sessions:0:end", "00:05")
                .submit("save");
        assertTrue(
                planned.select("#kept").text().contains(place),
                planned.select("main").text());
        long run = api().queryParam("course", BASIC)
                .get("/api/v1/course-runs")
                .jsonPath()
                .getLong("find { it.place == '" + place + "' }.id");
        String volunteer = signedUpVolunteer();
        enrol(volunteer, run).then().statusCode(201);
        long id = idOf(volunteer);

        Document before = staff.open("/staff/courses.xhtml?run=" + run);
        assertTrue(
                before.select("#participants").text().contains("angemeldet"),
                before.select("main").text());
        assertTrue(
                before.select("main").text().contains("erst eingetragen werden, wenn der Termin begonnen hat"),
                before.select("main").text());
        try (MovedClock dayAfter = clockAt(day.plusDays(1))) {
            Document shown = staff.open("/staff/courses.xhtml?run=" + run);
            Document saved = staff.form(shown, "attendance")
                    .checkByName("attendance:sessions:0:present", String.valueOf(id))
                    .submit("sessions:0:save");
            assertTrue(
                    saved.select("main").text().contains("gespeichert"),
                    saved.select("main").text());
            asVolunteer(volunteer).get("/api/v1/qualifications").then().body("courseCode", hasItem(BASIC));
        }
    }

    private static Map<String, Object> external(long volunteerId, String evidenceOn) {
        return Map.of(
                "volunteerId",
                volunteerId,
                "courseCode",
                "first-aid-children",
                "evidenceOn",
                evidenceOn,
                "issuer",
                "DRK Kreisverband");
    }

    private long plan(String staff, Map<String, Object> body) {
        body.put("place", "Kursraum " + UUID.randomUUID().toString().substring(0, 6));
        return as(staff)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/course-runs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private void planRefused(Map<String, Object> body, String field) {
        as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/course-runs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private Response enrol(String email, long run) {
        return asVolunteer(email).post("/api/v1/course-runs/" + run + "/enrolment");
    }

    private String enrolWhen(CountDownLatch start, String email, long run) throws InterruptedException {
        start.await();
        return enrol(email, run).then().statusCode(201).extract().jsonPath().getString("status");
    }

    private Response attendance(String staff, String path, List<Long> present, List<Long> absent) {
        return as(staff)
                .contentType(ContentType.JSON)
                .body(Map.of("present", present, "absent", absent))
                .put(path);
    }

    private long idOf(String email) {
        return asVolunteer(email)
                .get("/api/v1/volunteers/me")
                .then()
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
