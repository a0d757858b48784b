package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quartiersnetz.it.matrix.MatrixFixture.unique;
import static org.quartiersnetz.it.matrix.PageRows.TO_LOGIN;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quartiersnetz.it.matrix.AdminRows;
import org.quartiersnetz.it.matrix.BoardRows;
import org.quartiersnetz.it.matrix.CalendarRows;
import org.quartiersnetz.it.matrix.ClearanceRows;
import org.quartiersnetz.it.matrix.DashboardRows;
import org.quartiersnetz.it.matrix.FamilyRows;
import org.quartiersnetz.it.matrix.ImportRows;
import org.quartiersnetz.it.matrix.MatrixFixture;
import org.quartiersnetz.it.matrix.OfferRows;
import org.quartiersnetz.it.matrix.PageFixture;
import org.quartiersnetz.it.matrix.PageRow;
import org.quartiersnetz.it.matrix.PageRows;
import org.quartiersnetz.it.matrix.PlacementRows;
import org.quartiersnetz.it.matrix.Row;
import org.quartiersnetz.it.matrix.SupervisionRows;
import org.quartiersnetz.it.matrix.TaskRows;
import org.quartiersnetz.it.matrix.TrainingRows;
import org.quartiersnetz.it.matrix.VolunteerRows;
import org.quartiersnetz.it.matrix.Who;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Browser;
import org.quartiersnetz.it.support.Courses;
import org.quartiersnetz.it.support.Families;
import org.quartiersnetz.it.support.ImportFiles;
import org.quartiersnetz.it.support.Offers;
import org.quartiersnetz.it.support.Placements;
import org.quartiersnetz.it.support.Profiles;
import org.quartiersnetz.it.support.Tasks;

/**
 * Every protected endpoint × every role, against a volunteer who chose Caritas (and not the shared
 * pool): the expected status for each. A new endpoint or page gets a row in the rows file of its area
 * in {@code org.quartiersnetz.it.matrix} (pages in {@link PageRows}). 404 (not 403) where the
 * role may use the endpoint but the record is another carrier's, so existence is not leaked.
 */
class AuthorizationMatrixIT extends BlackBoxTest {

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRole() {
        String self = uniqueEmail();
        Map<String, Object> signUp = signUpBody(self);
        signUp.put("lastName", "Matrix" + unique());
        signUp.remove("phone");
        signUp(signUp).then().statusCode(201);
        confirmEmail(self);
        String other = signedUpVolunteer();

        // in this order, the order of the requests: some rows change what later ones get
        MatrixFixture f = fixture(self);
        List<Row> rows = Stream.of(
                        VolunteerRows.of(f),
                        AdminRows.of(f),
                        TaskRows.of(f),
                        TrainingRows.of(f),
                        BoardRows.of(f),
                        FamilyRows.of(f),
                        ClearanceRows.of(f),
                        OfferRows.of(f),
                        PlacementRows.of(f),
                        SupervisionRows.of(f),
                        DashboardRows.of(f),
                        CalendarRows.of(f),
                        ImportRows.of(f),
                        PlacementRows.step(f))
                .flatMap(List::stream)
                .toList();

        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows) {
            for (Who who : Who.values()) {
                int expected = row.expected().get(who);
                tests.add(DynamicTest.dynamicTest(row.name() + " as " + who + " → " + expected, () -> {
                    Response response = row.call().apply(as(who, self, other));
                    assertEquals(expected, response.statusCode(), response.asString());
                    if (expected >= 400) {
                        assertEquals(
                                "application/problem+json",
                                response.contentType().split(";")[0]);
                    }
                }));
            }
        }
        return tests.stream();
    }

    /** Self chooses Caritas; Caritas' records around them, and the requests the rows call again. */
    private MatrixFixture fixture(String self) {
        Map<String, Object> caritasProfile = Profiles.profile("Matrix", List.of("caritas"), false);
        caritasProfile.remove("phone");
        long volunteerId = ((Number) asVolunteer(self)
                        .contentType(ContentType.JSON)
                        .body(caritasProfile)
                        .put("/api/v1/volunteers/me")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id"))
                .longValue();
        String volunteer = "/api/v1/volunteers/" + volunteerId;
        Map<String, Object> colleague = Map.of(
                "email",
                uniqueEmail(),
                "firstName",
                "Kim",
                "lastName",
                "Kollegin",
                "role",
                "CARRIER_STAFF",
                "carrier",
                "caritas");
        int tokenId = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Matrix", "scopes", List.of("staff:read")))
                .post("/api/v1/account/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String family = "/api/v1/families/"
                + ((Number) as(CARITAS_STAFF)
                                .contentType(ContentType.JSON)
                                .body(Families.familyBody())
                                .post("/api/v1/families")
                                .then()
                                .statusCode(201)
                                .extract()
                                .path("id"))
                        .longValue();
        int colleagueId = as(ADMIN)
                .contentType(ContentType.JSON)
                .body(colleague)
                .post("/api/v1/staff")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Map<String, Object> taskBody = Tasks.cafe("Matrix " + unique());
        taskBody.remove("siteId");
        taskBody.put("atFamilyHome", true);
        long taskId = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(taskBody)
                .post("/api/v1/tasks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "OPEN"))
                .post("/api/v1/tasks/" + taskId + "/status-changes")
                .then()
                .statusCode(200);
        String task = "/api/v1/tasks/" + taskId;
        LocalDate monday = Tasks.next(DayOfWeek.MONDAY);
        Map<String, Object> slotBody = Tasks.slots(monday, 1, "07:00", "08:00", 50);
        long slotId = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(slotBody)
                .post(task + "/slots")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("[0].id");
        String slot = "/api/v1/slots/" + slotId;
        asVolunteer(self).post(slot + "/booking").then().statusCode(201);
        // a Caritas run of next Monday that self is enrolled in, and a second one to cancel
        Map<String, Object> runBody = Courses.run("child-protection", 50, Courses.on(monday, "18:00", "20:00"));
        io.restassured.path.json.JsonPath planned = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(runBody)
                .post("/api/v1/course-runs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String courseRun = "/api/v1/course-runs/" + planned.getLong("id");
        String attendance = courseRun + "/sessions/" + planned.getLong("sessions[0].id") + "/attendance";
        asVolunteer(self).post(courseRun + "/enrolment").then().statusCode(201);
        String cancelRun = "/api/v1/course-runs/"
                + as(CARITAS_STAFF)
                        .contentType(ContentType.JSON)
                        .body(runBody)
                        .post("/api/v1/course-runs")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        asVolunteer(self).post(cancelRun + "/enrolment").then().statusCode(201);
        String caritasCourse = "kurs-" + unique().toLowerCase(Locale.ROOT);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(TrainingRows.course(caritasCourse))
                .post("/api/v1/courses")
                .then()
                .statusCode(201);
        Map<String, Object> caritasOffer = Offers.offer(
                Offers.CARITAS_SITE, "Matrix " + unique(), List.of(Offers.time(DayOfWeek.MONDAY, "10:00", "11:00")));
        int offerId = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(caritasOffer)
                .post("/api/v1/offers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // each call deletes an offer of its own, so that one role's success does not change the next one's answer
        IntSupplier newOffer = () -> as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(caritasOffer)
                .post("/api/v1/offers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // matching and placements: an open and a draft accompaniment task of Caritas, self proposed for the open one
        activate(CARITAS_STAFF, new Volunteer(self, volunteerId));
        signDeclarations(self);
        Map<String, Object> accompaniment = Placements.accompaniment("Matrix Begleitung " + unique(), "tr", "TUESDAY");
        long openTask = publishedTask(accompaniment);
        long draftTask = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(accompaniment)
                .post("/api/v1/tasks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String placement = "/api/v1/placements/"
                + as(CARITAS_STAFF)
                        .contentType(ContentType.JSON)
                        .body(Map.of("taskId", openTask, "volunteerId", volunteerId))
                        .post("/api/v1/placements")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        long supervisorStaffId = as(ADMIN)
                .get("/api/v1/staff")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("find { it.email == '" + SUPERVISOR + "' }.id");
        String session = "/api/v1/supervision-sessions/"
                + as(CARITAS_STAFF)
                        .contentType(ContentType.JSON)
                        .body(Map.of(
                                "kind",
                                "GROUP",
                                "supervisorId",
                                supervisorStaffId,
                                "startsAt",
                                monday + "T10:00",
                                "place",
                                "Matrix-Treff"))
                        .post("/api/v1/supervision-sessions")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        byte[] importFile = ImportFiles.csv(List.of(
                ImportFiles.HEADER, List.of("Ida", "Matrix" + unique(), uniqueEmail(), "", "de", "", "", "", "")));
        String caritasImport = "/api/v1/volunteer-imports/"
                + as(CARITAS_STAFF)
                        .contentType("text/csv")
                        .body(importFile)
                        .post("/api/v1/volunteer-imports")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        return new MatrixFixture(
                volunteerId,
                volunteer,
                caritasProfile,
                colleague,
                colleagueId,
                tokenId,
                family,
                taskBody,
                taskId,
                task,
                monday,
                slotBody,
                slot,
                runBody,
                courseRun,
                attendance,
                cancelRun,
                caritasCourse,
                caritasOffer,
                offerId,
                newOffer,
                openTask,
                draftTask,
                placement,
                session,
                () -> feedPath(self),
                importFile,
                caritasImport);
    }

    @TestFactory
    Stream<DynamicTest> everyPageForEveryRole() throws IOException {
        String self = signedUpVolunteer();
        String other = signedUpVolunteer();
        List<PageRow> rows = PageRows.of(pageFixture(self));

        Map<Who, Browser> browsers = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            browsers.put(who, browser(who, self, other));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (PageRow row : rows) {
            for (Who who : Who.values()) {
                // a signed-in supervisor is never sent to the sign-in page, and pages answer 404, never 403
                int given = row.expected().get(who);
                int expected = who == Who.SUPERVISOR && (given == TO_LOGIN || given == 403) ? 404 : given;
                tests.add(DynamicTest.dynamicTest(row.path() + " as " + who + " → " + expected, () -> {
                    Browser browser = browsers.get(who);
                    browser.open(row.path());
                    boolean toLogin = browser.lastResponse().url().getPath().endsWith("/login.xhtml");
                    assertEquals(
                            expected,
                            toLogin ? TO_LOGIN : browser.lastResponse().statusCode(),
                            row.path());
                }));
            }
        }
        return tests.stream();
    }

    /** Caritas' records the pages open; self is proposed for the long-term task. */
    private PageFixture pageFixture(String self) {
        long family = ((Number) as(CARITAS_STAFF)
                        .contentType(ContentType.JSON)
                        .body(Families.familyBody())
                        .post("/api/v1/families")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        long draft = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Tasks.cafe("Seitenmatrix " + unique()))
                .post("/api/v1/tasks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long task = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Tasks.cafe("Seitenmatrix " + unique()))
                .post("/api/v1/tasks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "OPEN"))
                .post("/api/v1/tasks/" + task + "/status-changes")
                .then()
                .statusCode(200);
        String caritasVolunteer = signedUpVolunteer();
        long caritasVolunteerId = ((Number) asVolunteer(caritasVolunteer)
                        .contentType(ContentType.JSON)
                        .body(Profiles.profile("Seitenmatrix", List.of("caritas"), false))
                        .put("/api/v1/volunteers/me")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id"))
                .longValue();
        long courseRun = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Courses.run("child-protection", 5, Courses.on(Tasks.next(DayOfWeek.MONDAY), "18:00", "20:00")))
                .post("/api/v1/course-runs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        Volunteer placed = new Volunteer(
                self,
                ((Number) asVolunteer(self)
                                .contentType(ContentType.JSON)
                                .body(Profiles.profile("Seitenmatrix", List.of("caritas"), false))
                                .put("/api/v1/volunteers/me")
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("id"))
                        .longValue());
        activate(CARITAS_STAFF, placed);
        signDeclarations(self);
        long longTerm = publishedTask(Placements.accompaniment("Seitenmatrix Begleitung " + unique(), "tr", "TUESDAY"));
        long placement = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", longTerm, "volunteerId", placed.id()))
                .post("/api/v1/placements")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        return new PageFixture(family, task, draft, caritasVolunteerId, courseRun, longTerm, placement);
    }

    /** A new feed of the volunteer (the one before stops): its path on this server. */
    private String feedPath(String volunteer) {
        String url = asVolunteer(volunteer)
                .post("/api/v1/calendar-feeds/mine")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("url");
        return url.substring(url.indexOf("/api/v1/calendar/"));
    }

    private Browser browser(Who who, String self, String other) throws IOException {
        Browser browser = new Browser(url(""), null);
        String email = switch (who) {
            case ANONYMOUS -> null;
            case SELF -> self;
            case OTHER_VOLUNTEER -> other;
            case CARITAS_STAFF -> CARITAS_STAFF;
            case CARITAS_COORDINATOR -> CARITAS_COORDINATOR;
            case JUGENDWERKE_STAFF -> JUGENDWERKE_STAFF;
            case JUGENDWERKE_COORDINATOR -> JUGENDWERKE_COORDINATOR;
            case NETWORK_COORDINATOR -> NETWORK;
            case ADMINISTRATOR -> ADMIN;
            case SUPERVISOR -> SUPERVISOR;
        };
        if (email != null) {
            String password = who == Who.SELF || who == Who.OTHER_VOLUNTEER ? PASSWORD : DEMO_PASSWORD;
            browser.form(browser.open("/login.xhtml"), "login")
                    .set("email", email)
                    .set("password", password)
                    .submit("submit");
        }
        return browser;
    }

    private RequestSpecification as(Who who, String self, String other) {
        return switch (who) {
            case ANONYMOUS -> api();
            case SELF -> asVolunteer(self);
            case OTHER_VOLUNTEER -> asVolunteer(other);
            case CARITAS_STAFF -> as(CARITAS_STAFF);
            case CARITAS_COORDINATOR -> as(CARITAS_COORDINATOR);
            case JUGENDWERKE_STAFF -> as(JUGENDWERKE_STAFF);
            case JUGENDWERKE_COORDINATOR -> as(JUGENDWERKE_COORDINATOR);
            case NETWORK_COORDINATOR -> as(NETWORK);
            case ADMINISTRATOR -> as(ADMIN);
            case SUPERVISOR -> as(SUPERVISOR);
        };
    }
}
