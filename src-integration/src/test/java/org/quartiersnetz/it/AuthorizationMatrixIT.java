package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Browser;
import org.quartiersnetz.it.support.Courses;
import org.quartiersnetz.it.support.Profiles;
import org.quartiersnetz.it.support.Tasks;

/**
 * Every protected endpoint × every role, against a volunteer who chose Caritas (and not the shared
 * pool): the expected status for each. A new endpoint or page gets a row here. 404 (not 403) where the
 * role may use the endpoint but the record is another carrier's, so existence is not leaked.
 */
class AuthorizationMatrixIT extends BlackBoxTest {

    enum Who {
        ANONYMOUS,
        SELF,
        OTHER_VOLUNTEER,
        CARITAS_STAFF,
        CARITAS_COORDINATOR,
        JUGENDWERKE_STAFF,
        JUGENDWERKE_COORDINATOR,
        NETWORK_COORDINATOR,
        ADMINISTRATOR,
        SUPERVISOR
    }

    /** The external supervisor of Caritas (demo account): their own supervision sessions, nothing else. */
    static final String SUPERVISOR_EMAIL = SupervisionIT.SUPERVISOR;

    /** One endpoint: how to call it for the subject volunteer, and the status each role gets. */
    record Row(String name, Function<RequestSpecification, Response> call, Map<Who, Integer> expected) {}

    private static Map<Who, Integer> statuses(
            int anonymous, int self, int otherVolunteer, int caritas, int jugendwerke, int network, int admin) {
        Map<Who, Integer> map = new EnumMap<>(Who.class);
        map.put(Who.ANONYMOUS, anonymous);
        map.put(Who.SELF, self);
        map.put(Who.OTHER_VOLUNTEER, otherVolunteer);
        map.put(Who.CARITAS_STAFF, caritas);
        map.put(Who.CARITAS_COORDINATOR, caritas);
        map.put(Who.JUGENDWERKE_STAFF, jugendwerke);
        map.put(Who.JUGENDWERKE_COORDINATOR, jugendwerke);
        map.put(Who.NETWORK_COORDINATOR, network);
        map.put(Who.ADMINISTRATOR, admin);
        map.put(Who.SUPERVISOR, apiDefault(anonymous));
        return map;
    }

    /** What the supervisor gets where a row does not say: what anybody gets from a public endpoint, else 403. */
    private static int apiDefault(int anonymous) {
        return anonymous < 400 ? anonymous : 403;
    }

    /** The same row with the supervisor's answer given. */
    private static Map<Who, Integer> andSupervisor(Map<Who, Integer> map, int supervisor) {
        Map<Who, Integer> copy = new EnumMap<>(map);
        copy.put(Who.SUPERVISOR, supervisor);
        return copy;
    }

    /** One status per role, in the order of {@link Who}; the supervisor as {@link #apiDefault} unless given. */
    private static Map<Who, Integer> each(int... statuses) {
        Map<Who, Integer> map = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            map.put(who, who.ordinal() < statuses.length ? statuses[who.ordinal()] : apiDefault(statuses[0]));
        }
        return map;
    }

    /** A course body; for the seeded first-aid course its seeded texts, so that the row changes nothing. */
    private static Map<String, Object> course(String code) {
        if (code.equals("first-aid-children")) {
            return Map.of(
                    "code",
                    code,
                    "titleDe",
                    "Erste Hilfe am Kind",
                    "titleEn",
                    "First aid for children",
                    "descriptionDe",
                    "Erste Hilfe bei Säuglingen und Kindern; wird meist bei Hilfsorganisationen "
                            + "besucht und hier als Nachweis eingetragen.",
                    "descriptionEn",
                    "First aid for babies and children; usually attended at an aid organisation "
                            + "and recorded here as evidence.",
                    "validityMonths",
                    24);
        }
        return Map.of("code", code, "titleDe", "Kurs " + code, "descriptionDe", "Ein Kurs", "validityMonths", 24);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRole() {
        String self = uniqueEmail();
        Map<String, Object> signUp = signUpBody(self);
        signUp.put("lastName", "Matrix" + unique());
        signUp.remove("phone");
        signUp(signUp).then().statusCode(201);
        confirmEmail(self);
        String other = signedUpVolunteer();
        Map<String, Object> caritasProfile = Profiles.profile("Matrix", List.of("caritas"), false);
        caritasProfile.remove("phone");
        long id = ((Number) asVolunteer(self)
                        .contentType(ContentType.JSON)
                        .body(caritasProfile)
                        .put("/api/v1/volunteers/me")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id"))
                .longValue();
        String v = "/api/v1/volunteers/" + id;
        Map<String, Object> leaveWithoutReason = Map.of("status", "LEFT");
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
                                .body(FamilyIT.familyBody())
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
        long task = as(CARITAS_STAFF)
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
                .post("/api/v1/tasks/" + task + "/status-changes")
                .then()
                .statusCode(200);
        String t = "/api/v1/tasks/" + task;
        LocalDate monday = Tasks.next(DayOfWeek.MONDAY);
        Map<String, Object> slotBody = Tasks.slots(monday, 1, "07:00", "08:00", 50);
        long slot = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(slotBody)
                .post(t + "/slots")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("[0].id");
        String s = "/api/v1/slots/" + slot;
        asVolunteer(self).post(s + "/booking").then().statusCode(201);
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
        String cr = "/api/v1/course-runs/" + planned.getLong("id");
        String attendance = cr + "/sessions/" + planned.getLong("sessions[0].id") + "/attendance";
        asVolunteer(self).post(cr + "/enrolment").then().statusCode(201);
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
                .body(course(caritasCourse))
                .post("/api/v1/courses")
                .then()
                .statusCode(201);
        Map<String, Object> presentNobody = Map.of("present", List.of(id), "absent", List.of());
        Map<String, Object> firstAid = Map.of(
                "volunteerId", id, "courseCode", "first-aid-children", "evidenceOn", "2025-06-01", "issuer", "DRK");
        Map<String, Object> eventHelp = new HashMap<>(Map.of(
                "code",
                "event-help",
                "nameDe",
                "Hilfe bei Festen und Ausflügen",
                "nameEn",
                "Help at festivals and outings",
                "scheduling",
                "SLOT_BASED",
                "minimumAge",
                14));
        Map<String, Object> caritasOffer = OfferIT.offer(
                OfferIT.CARITAS_SITE, "Matrix " + unique(), List.of(OfferIT.time(DayOfWeek.MONDAY, "10:00", "11:00")));
        int offerId = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(caritasOffer)
                .post("/api/v1/offers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // each call deletes an offer of its own, so that one role's success does not change the next one's answer
        Function<RequestSpecification, Response> deleteFreshOffer = r -> r.delete("/api/v1/offers/"
                + as(CARITAS_STAFF)
                        .contentType(ContentType.JSON)
                        .body(caritasOffer)
                        .post("/api/v1/offers")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));

        // matching and placements: an open and a draft accompaniment task of Caritas, self proposed for the open one
        activate(CARITAS_STAFF, new Volunteer(self, id));
        signDeclarations(self);
        Map<String, Object> accompaniment = PlacementIT.accompaniment("Matrix Begleitung " + unique(), "tr", "TUESDAY");
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
        String pl = "/api/v1/placements/"
                + as(CARITAS_STAFF)
                        .contentType(ContentType.JSON)
                        .body(Map.of("taskId", openTask, "volunteerId", id))
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
                .getLong("find { it.email == '" + SUPERVISOR_EMAIL + "' }.id");
        String sv = "/api/v1/supervision-sessions/"
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
        Map<String, Object> proposeForDraft = Map.of("taskId", draftTask, "volunteerId", id);
        Map<String, Object> notAStep = Map.of("to", "ENDED", "reason", "Matrix");

        List<Row> rows = List.of(
                new Row(
                        "GET /volunteers",
                        r -> r.get("/api/v1/volunteers"),
                        statuses(401, 403, 403, 200, 200, 200, 403)),
                new Row("GET /volunteers/{id}", r -> r.get(v), statuses(401, 403, 403, 200, 404, 200, 403)),
                new Row(
                        "PUT /volunteers/{id}",
                        r -> r.contentType(ContentType.JSON)
                                .body(caritasProfile)
                                .put(v),
                        statuses(401, 403, 403, 200, 404, 200, 403)),
                new Row(
                        "GET /volunteers/{id}/status-changes",
                        r -> r.get(v + "/status-changes"),
                        statuses(401, 403, 403, 200, 404, 200, 403)),
                new Row(
                        "POST /volunteers/{id}/status-changes (reason missing)",
                        r -> r.contentType(ContentType.JSON)
                                .body(leaveWithoutReason)
                                .post(v + "/status-changes"),
                        statuses(401, 403, 403, 400, 404, 400, 403)),
                new Row(
                        "POST /volunteers/{id}/duplicate-resolution (not flagged)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("resolution", "DISMISS"))
                                .post(v + "/duplicate-resolution"),
                        statuses(401, 403, 403, 409, 404, 409, 403)),
                new Row(
                        "GET /volunteers/{id}/notes",
                        r -> r.get(v + "/notes"),
                        statuses(401, 403, 403, 200, 404, 403, 403)),
                new Row(
                        "POST /volunteers/{id}/notes",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("text", "Gespräch geführt"))
                                .post(v + "/notes"),
                        statuses(401, 403, 403, 201, 404, 403, 403)),
                new Row(
                        "GET /volunteers/me",
                        r -> r.get("/api/v1/volunteers/me"),
                        statuses(401, 200, 200, 403, 403, 403, 403)),
                new Row(
                        "PUT /volunteers/me (empty profile)",
                        r -> r.contentType(ContentType.JSON).body(Map.of()).put("/api/v1/volunteers/me"),
                        statuses(401, 400, 400, 403, 403, 403, 403)),
                new Row(
                        "POST /volunteers/me/status-changes (reason missing)",
                        r -> r.contentType(ContentType.JSON)
                                .body(leaveWithoutReason)
                                .post("/api/v1/volunteers/me/status-changes"),
                        statuses(401, 400, 400, 403, 403, 403, 403)),
                new Row(
                        "GET /carriers (public)",
                        r -> r.get("/api/v1/carriers"),
                        statuses(200, 200, 200, 200, 200, 200, 200)),
                //                                       anon self  vol  c-st c-co j-st j-co net  admin
                new Row(
                        "POST /carriers",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "code",
                                        "t-" + unique(),
                                        "name",
                                        "Testträger",
                                        "shortName",
                                        "Test",
                                        "kind",
                                        "FREE_CARRIER"))
                                .post("/api/v1/carriers"),
                        each(401, 403, 403, 403, 403, 403, 403, 403, 201)),
                new Row(
                        "PUT /carriers/{code}",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "code",
                                        "caritas",
                                        "name",
                                        "Caritasverband",
                                        "shortName",
                                        "Caritas",
                                        "kind",
                                        "FREE_CARRIER"))
                                .put("/api/v1/carriers/caritas"),
                        each(401, 403, 403, 403, 403, 403, 403, 403, 200)),
                new Row(
                        "GET /account/tokens",
                        r -> r.get("/api/v1/account/tokens"),
                        each(401, 403, 403, 200, 200, 200, 200, 200, 200)),
                new Row(
                        "POST /account/tokens",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("name", "Matrix", "scopes", List.of("staff:read")))
                                .post("/api/v1/account/tokens"),
                        each(401, 403, 403, 201, 201, 201, 201, 201, 201)),
                new Row(
                        "DELETE /account/tokens/{id} (Caritas staff's)",
                        r -> r.delete("/api/v1/account/tokens/" + tokenId),
                        each(401, 403, 403, 204, 404, 404, 404, 404, 404)),
                new Row(
                        "POST /messages/preview",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("language", "zu", "subject", "Test", "body", "Test"))
                                .post("/api/v1/messages/preview"),
                        each(401, 403, 403, 200, 200, 200, 200, 200, 403)),
                new Row(
                        "POST /messages (to nobody)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("language", "zu", "subject", "Test", "body", "Test"))
                                .post("/api/v1/messages"),
                        each(401, 403, 403, 201, 201, 201, 201, 201, 403)),
                new Row("GET /staff", r -> r.get("/api/v1/staff"), each(401, 403, 403, 200, 200, 200, 200, 200, 200)),
                new Row(
                        "POST /staff",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "email",
                                        uniqueEmail(),
                                        "firstName",
                                        "Neu",
                                        "lastName",
                                        "Kraft",
                                        "role",
                                        "CARRIER_STAFF",
                                        "carrier",
                                        "caritas"))
                                .post("/api/v1/staff"),
                        each(401, 403, 403, 403, 403, 403, 403, 403, 201)),
                new Row(
                        "PUT /staff/{id}",
                        r -> r.contentType(ContentType.JSON).body(colleague).put("/api/v1/staff/" + colleagueId),
                        each(401, 403, 403, 403, 403, 403, 403, 403, 200)),
                new Row(
                        "GET /test-clock",
                        r -> r.get("/api/v1/test-clock"),
                        each(401, 403, 403, 403, 403, 403, 403, 403, 200)),
                new Row(
                        "PUT /test-clock (to today)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("today", Tasks.today().toString()))
                                .put("/api/v1/test-clock"),
                        each(401, 403, 403, 403, 403, 403, 403, 403, 200)),
                new Row(
                        "DELETE /test-clock",
                        r -> r.delete("/api/v1/test-clock"),
                        each(401, 403, 403, 403, 403, 403, 403, 403, 200)),
                new Row(
                        "GET /carriers/{code}/sites (public)",
                        r -> r.get("/api/v1/carriers/caritas/sites"),
                        each(200, 200, 200, 200, 200, 200, 200, 200, 200)),
                new Row(
                        "POST /carriers/{code}/sites",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("name", "Ort " + unique(), "kind", "OTHER"))
                                .post("/api/v1/carriers/caritas/sites"),
                        each(401, 403, 403, 403, 201, 403, 404, 403, 201)),
                new Row(
                        "PUT /sites/{id}",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "name",
                                        "Nachbarschaftstreff Derrsiedlung",
                                        "kind",
                                        "MEETING_PLACE",
                                        "postcode",
                                        "51373",
                                        "city",
                                        "Leverkusen"))
                                .put("/api/v1/sites/1"),
                        each(401, 403, 403, 403, 200, 403, 404, 403, 200)),
                new Row(
                        "GET /privacy-notice (public)",
                        r -> r.get("/api/v1/privacy-notice"),
                        statuses(200, 200, 200, 200, 200, 200, 200)),
                //                                       anon self  vol  c-st c-co j-st j-co net  admin
                new Row(
                        "GET /task-types (public)",
                        r -> r.get("/api/v1/task-types"),
                        each(200, 200, 200, 200, 200, 200, 200, 200, 200)),
                new Row(
                        "GET /task-types/{id} (public)",
                        r -> r.get("/api/v1/task-types/1"),
                        each(200, 200, 200, 200, 200, 200, 200, 200, 200)),
                new Row(
                        "POST /task-types",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "code",
                                        "t-" + unique(),
                                        "nameDe",
                                        "Test",
                                        "nameEn",
                                        "Test",
                                        "scheduling",
                                        "LONG_TERM"))
                                .post("/api/v1/task-types"),
                        each(401, 403, 403, 403, 403, 403, 403, 403, 201)),
                new Row(
                        "PUT /task-types/{id} (unchanged)",
                        r -> r.contentType(ContentType.JSON).body(eventHelp).put("/api/v1/task-types/8"),
                        each(401, 403, 403, 403, 403, 403, 403, 403, 200)),
                new Row("GET /tasks", r -> r.get("/api/v1/tasks"), each(401, 403, 403, 200, 200, 200, 200, 200, 403)),
                new Row(
                        "POST /tasks",
                        r -> r.contentType(ContentType.JSON).body(taskBody).post("/api/v1/tasks"),
                        each(401, 403, 403, 201, 201, 201, 201, 403, 403)),
                new Row("GET /tasks/{id}", r -> r.get(t), each(401, 403, 403, 200, 200, 404, 404, 200, 403)),
                new Row(
                        "PUT /tasks/{id}",
                        r -> r.contentType(ContentType.JSON).body(taskBody).put(t),
                        each(401, 403, 403, 200, 200, 404, 404, 403, 403)),
                new Row(
                        "POST /tasks/{id}/status-changes (open again)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("status", "OPEN"))
                                .post(t + "/status-changes"),
                        each(401, 403, 403, 409, 409, 404, 404, 403, 403)),
                new Row(
                        "GET /tasks/{id}/history",
                        r -> r.get(t + "/history"),
                        each(401, 403, 403, 200, 200, 404, 404, 200, 403)),
                new Row(
                        "GET /tasks/{id}/interests",
                        r -> r.get(t + "/interests"),
                        each(401, 403, 403, 200, 200, 404, 404, 200, 403)),
                new Row(
                        "GET /tasks/{id}/slots",
                        r -> r.get(t + "/slots"),
                        each(401, 403, 403, 200, 200, 404, 404, 200, 403)),
                new Row(
                        "POST /tasks/{id}/slots (all exist)",
                        r -> r.contentType(ContentType.JSON).body(slotBody).post(t + "/slots"),
                        each(401, 403, 403, 201, 201, 404, 404, 403, 403)),
                new Row(
                        "GET /slots (roster of a day)",
                        r -> r.queryParam("date", monday.toString()).get("/api/v1/slots"),
                        each(401, 403, 403, 200, 200, 200, 200, 200, 403)),
                new Row(
                        "DELETE /slots/{id} (booked)",
                        r -> r.delete(s),
                        each(401, 403, 403, 409, 409, 404, 404, 403, 403)),
                new Row(
                        "POST /slots/{id}/booking (self booked, other lacks a birth date)",
                        r -> r.post(s + "/booking"),
                        each(401, 409, 409, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "POST /slots/{id}/roster (already booked)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("volunteerId", id))
                                .post(s + "/roster"),
                        each(401, 403, 403, 409, 409, 404, 404, 403, 403)),
                new Row(
                        "DELETE /slots/{id}/roster/{volunteer} (not booked)",
                        r -> r.delete(s + "/roster/" + (id + 100_000)),
                        each(401, 403, 403, 404, 404, 404, 404, 403, 403)),
                new Row(
                        "GET /eligibility",
                        r -> r.queryParam("volunteer", id)
                                .queryParam("type", "godparent")
                                .queryParam("carrier", "caritas")
                                .get("/api/v1/eligibility"),
                        each(401, 403, 403, 200, 200, 404, 404, 200, 403)),
                new Row(
                        "GET /eligibility/mine",
                        r -> r.queryParam("type", "godparent")
                                .queryParam("carrier", "caritas")
                                .get("/api/v1/eligibility/mine"),
                        each(401, 200, 200, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "GET /declarations (public)",
                        r -> r.get("/api/v1/declarations"),
                        each(200, 200, 200, 200, 200, 200, 200, 200, 200)),
                new Row(
                        "POST /declarations (incomplete)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("kind", "CODE_OF_CONDUCT"))
                                .post("/api/v1/declarations"),
                        each(401, 403, 403, 403, 403, 403, 403, 403, 400)),
                new Row(
                        "GET /declarations/mine",
                        r -> r.get("/api/v1/declarations/mine"),
                        each(401, 200, 200, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "POST /declarations/mine/{kind} (an old version)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("version", 0))
                                .post("/api/v1/declarations/mine/CODE_OF_CONDUCT"),
                        each(401, 409, 409, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "GET /declarations/volunteers/{id}",
                        r -> r.get("/api/v1/declarations/volunteers/" + id),
                        each(401, 403, 403, 200, 200, 404, 404, 200, 403)),
                new Row(
                        "GET /bookings (own)",
                        r -> r.get("/api/v1/bookings"),
                        each(401, 200, 200, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "GET /courses (public)",
                        r -> r.get("/api/v1/courses"),
                        each(200, 200, 200, 200, 200, 200, 200, 200, 200)),
                new Row(
                        "GET /courses/{code} (public)",
                        r -> r.get("/api/v1/courses/child-protection"),
                        each(200, 200, 200, 200, 200, 200, 200, 200, 200)),
                new Row(
                        "POST /courses",
                        r -> r.contentType(ContentType.JSON)
                                .body(course("kurs-" + unique().toLowerCase(Locale.ROOT)))
                                .post("/api/v1/courses"),
                        each(401, 403, 403, 201, 201, 201, 201, 201, 403)),
                new Row(
                        "PUT /courses/{code} (Caritas course)",
                        r -> r.contentType(ContentType.JSON)
                                .body(course(caritasCourse))
                                .put("/api/v1/courses/" + caritasCourse),
                        each(401, 403, 403, 200, 200, 404, 404, 404, 403)),
                new Row(
                        "PUT /courses/{code} (network-wide)",
                        r -> r.contentType(ContentType.JSON)
                                .body(course("first-aid-children"))
                                .put("/api/v1/courses/first-aid-children"),
                        each(401, 403, 403, 403, 403, 403, 403, 200, 403)),
                new Row(
                        "GET /course-runs (public)",
                        r -> r.get("/api/v1/course-runs"),
                        each(200, 200, 200, 200, 200, 200, 200, 200, 200)),
                new Row(
                        "GET /course-runs/{id} (public)",
                        r -> r.get(cr),
                        each(200, 200, 200, 200, 200, 200, 200, 200, 200)),
                new Row(
                        "POST /course-runs (network-wide course)",
                        r -> r.contentType(ContentType.JSON).body(runBody).post("/api/v1/course-runs"),
                        each(401, 403, 403, 201, 201, 201, 201, 201, 403)),
                new Row(
                        "GET /course-runs/{id}/enrolments (Caritas')",
                        r -> r.get(cr + "/enrolments"),
                        each(401, 403, 403, 200, 200, 404, 404, 404, 403)),
                new Row(
                        "POST /course-runs/{id}/enrolment (self enrolled)",
                        r -> r.post(cr + "/enrolment"),
                        each(401, 409, 201, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "DELETE /course-runs/{id}/enrolment (self enrolled)",
                        r -> r.delete(cancelRun + "/enrolment"),
                        each(401, 200, 404, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "GET /course-runs/{id}/sessions/{id}/attendance (Caritas')",
                        r -> r.get(attendance),
                        each(401, 403, 403, 200, 200, 404, 404, 404, 403)),
                new Row(
                        "PUT /course-runs/{id}/sessions/{id}/attendance (date to come)",
                        r -> r.contentType(ContentType.JSON).body(presentNobody).put(attendance),
                        each(401, 403, 403, 409, 409, 404, 404, 404, 403)),
                new Row(
                        "GET /enrolments (own)",
                        r -> r.get("/api/v1/enrolments"),
                        each(401, 200, 200, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "GET /qualifications (own)",
                        r -> r.get("/api/v1/qualifications"),
                        each(401, 200, 200, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "POST /qualifications (external, for self)",
                        r -> r.contentType(ContentType.JSON).body(firstAid).post("/api/v1/qualifications"),
                        each(401, 403, 403, 201, 201, 404, 404, 201, 403)),
                new Row(
                        "GET /volunteers/{id}/qualifications",
                        r -> r.get(v + "/qualifications"),
                        each(401, 403, 403, 200, 200, 404, 404, 200, 403)),
                new Row(
                        "GET /volunteers/{id}/qualifications/status",
                        r -> r.queryParam("courses", "child-protection").get(v + "/qualifications/status"),
                        each(401, 403, 403, 200, 200, 404, 404, 200, 403)),
                new Row(
                        "GET /board (public)",
                        r -> r.get("/api/v1/board"),
                        each(200, 200, 200, 200, 200, 200, 200, 200, 200)),
                new Row(
                        "GET /board/{id} (public)",
                        r -> r.get("/api/v1/board/" + task),
                        each(200, 200, 200, 200, 200, 200, 200, 200, 200)),
                new Row(
                        "POST /board/{id}/interest",
                        r -> r.post("/api/v1/board/" + task + "/interest"),
                        each(401, 201, 201, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "DELETE /slots/{id}/booking",
                        r -> r.delete(s + "/booking"),
                        each(401, 200, 404, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "GET /families",
                        r -> r.get("/api/v1/families"),
                        each(401, 403, 403, 200, 200, 200, 200, 403, 403)),
                new Row(
                        "POST /families",
                        r -> r.contentType(ContentType.JSON)
                                .body(FamilyIT.familyBody())
                                .post("/api/v1/families"),
                        each(401, 403, 403, 201, 201, 201, 201, 403, 403)),
                new Row(
                        "GET /families/{id} (Caritas')",
                        r -> r.get(family),
                        each(401, 403, 403, 200, 200, 404, 404, 403, 403)),
                new Row(
                        "PUT /families/{id} (Caritas')",
                        r -> r.contentType(ContentType.JSON)
                                .body(FamilyIT.familyBody())
                                .put(family),
                        each(401, 403, 403, 200, 200, 404, 404, 403, 403)),
                new Row(
                        "GET /families/{id}/reads (Caritas')",
                        r -> r.get(family + "/reads"),
                        each(401, 403, 403, 403, 200, 404, 404, 403, 403)),
                new Row(
                        "GET /volunteers/{id}/clearance/checks",
                        r -> r.get(v + "/clearance/checks"),
                        each(401, 403, 403, 200, 200, 404, 404, 403, 403)),
                new Row(
                        "POST /volunteers/{id}/clearance/checks",
                        r -> r.contentType(ContentType.JSON)
                                .body(ClearanceIT.recentInspection())
                                .post(v + "/clearance/checks"),
                        each(401, 403, 403, 201, 201, 404, 404, 403, 403)),
                new Row(
                        "GET /volunteers/{id}/clearance/status",
                        r -> r.get(v + "/clearance/status"),
                        each(401, 403, 403, 200, 200, 404, 404, 403, 403)),
                new Row(
                        "POST /volunteers/{id}/clearance/activity",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("on", LocalDate.now().minusDays(1).toString()))
                                .post(v + "/clearance/activity"),
                        each(401, 403, 403, 200, 200, 404, 404, 403, 403)),
                new Row(
                        "GET /volunteers/{id}/clearance/letter",
                        r -> r.accept("application/pdf").get(v + "/clearance/letter"),
                        each(401, 403, 403, 200, 200, 404, 404, 403, 403)),
                //                                       anon self  vol  c-st c-co j-st j-co net  admin
                new Row(
                        "GET /volunteers/me/clearance",
                        r -> r.get("/api/v1/volunteers/me/clearance"),
                        each(401, 200, 200, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "PUT /volunteers/me/clearance/consent",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("shareConsent", false))
                                .put("/api/v1/volunteers/me/clearance/consent"),
                        each(401, 200, 200, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "GET /clearance-deletions (dry run)",
                        r -> r.get("/api/v1/clearance-deletions"),
                        each(401, 403, 403, 403, 200, 403, 200, 403, 200)),
                new Row(
                        "POST /clearance-deletions",
                        r -> r.post("/api/v1/clearance-deletions"),
                        each(401, 403, 403, 403, 200, 403, 200, 403, 200)),
                new Row(
                        "GET /offers (public)",
                        r -> r.get("/api/v1/offers"),
                        each(200, 200, 200, 200, 200, 200, 200, 200, 200)),
                new Row(
                        "GET /offers/week (public)",
                        r -> r.get("/api/v1/offers/week?date=2030-01-01"),
                        each(200, 200, 200, 200, 200, 200, 200, 200, 200)),
                //                                       anon self  vol  c-st c-co j-st j-co net  admin
                new Row(
                        "POST /offers (at a Caritas site)",
                        r -> r.contentType(ContentType.JSON).body(caritasOffer).post("/api/v1/offers"),
                        each(401, 403, 403, 201, 201, 400, 400, 403, 403)),
                new Row(
                        "PUT /offers/{id} (Caritas')",
                        r -> r.contentType(ContentType.JSON).body(caritasOffer).put("/api/v1/offers/" + offerId),
                        each(401, 403, 403, 200, 200, 404, 404, 403, 403)),
                new Row(
                        "DELETE /offers/{id} (Caritas')",
                        deleteFreshOffer,
                        each(401, 403, 403, 204, 204, 404, 404, 403, 403)),
                //                                       anon self  vol  c-st c-co j-st j-co net  admin
                new Row(
                        "GET /tasks/{id}/candidates (Caritas')",
                        r -> r.get("/api/v1/tasks/" + openTask + "/candidates"),
                        statuses(401, 403, 403, 200, 404, 200, 403)),
                new Row(
                        "GET /batch-proposal",
                        r -> r.get("/api/v1/batch-proposal"),
                        statuses(401, 403, 403, 200, 200, 200, 403)),
                new Row(
                        "GET /batch-proposal?carrier=caritas",
                        r -> r.get("/api/v1/batch-proposal?carrier=caritas"),
                        statuses(401, 403, 403, 200, 404, 200, 403)),
                new Row(
                        "GET /placements?task= (Caritas')",
                        r -> r.get("/api/v1/placements?task=" + openTask),
                        statuses(401, 403, 403, 200, 404, 200, 403)),
                new Row(
                        "POST /placements (for a draft)",
                        r -> r.contentType(ContentType.JSON)
                                .body(proposeForDraft)
                                .post("/api/v1/placements"),
                        statuses(401, 403, 403, 409, 404, 409, 403)),
                new Row(
                        "POST /placements/batch (empty)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("items", List.of()))
                                .post("/api/v1/placements/batch"),
                        statuses(401, 403, 403, 400, 400, 400, 403)),
                new Row(
                        "GET /placements/mine",
                        r -> r.get("/api/v1/placements/mine"),
                        statuses(401, 200, 200, 403, 403, 403, 403)),
                new Row("GET /placements/{id} (self's)", r -> r.get(pl), statuses(401, 200, 404, 200, 404, 200, 403)),
                new Row(
                        "GET /placements/{id}/steps (self's)",
                        r -> r.get(pl + "/steps"),
                        statuses(401, 200, 404, 200, 404, 200, 403)),
                new Row(
                        "GET /placements/{id}/family (only proposed)",
                        r -> r.get(pl + "/family"),
                        statuses(401, 404, 404, 403, 403, 403, 403)),
                //                                       anon self  vol  c-st c-co j-st j-co net  admin super
                new Row(
                        "GET /supervision-sessions",
                        r -> r.get("/api/v1/supervision-sessions"),
                        each(401, 403, 403, 200, 200, 200, 200, 200, 403, 200)),
                new Row(
                        "POST /supervision-sessions (no place)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("kind", "GROUP", "startsAt", monday + "T10:00"))
                                .post("/api/v1/supervision-sessions"),
                        each(401, 403, 403, 400, 400, 400, 400, 400, 403, 403)),
                new Row(
                        "GET /supervision-sessions/{id} (Caritas')",
                        r -> r.get(sv),
                        each(401, 403, 403, 200, 200, 404, 404, 200, 403, 200)),
                new Row(
                        "GET /supervision-sessions/{id}/attendance",
                        r -> r.get(sv + "/attendance"),
                        each(401, 403, 403, 200, 200, 404, 404, 404, 403, 200)),
                new Row(
                        "PUT /supervision-sessions/{id}/attendance (not begun)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("present", List.of(id)))
                                .put(sv + "/attendance"),
                        each(401, 403, 403, 409, 409, 404, 404, 404, 403, 409)),
                new Row(
                        "GET /supervision-sessions/{id}/notes",
                        r -> r.get(sv + "/notes"),
                        each(401, 403, 403, 404, 200, 404, 404, 404, 403, 200)),
                new Row(
                        "POST /supervision-sessions/{id}/notes",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("text", "Matrix"))
                                .post(sv + "/notes"),
                        each(401, 403, 403, 404, 201, 404, 404, 404, 403, 201)),
                new Row(
                        "GET /supervision-sessions/mine",
                        r -> r.get("/api/v1/supervision-sessions/mine"),
                        each(401, 200, 200, 403, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "POST /supervision-sessions/{id}/signup (not placed)",
                        r -> r.post(sv + "/signup"),
                        each(401, 404, 404, 403, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "DELETE /supervision-sessions/{id}/signup (not signed up)",
                        r -> r.delete(sv + "/signup"),
                        each(401, 404, 404, 403, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "GET /supervision-sessions/overdue",
                        r -> r.get("/api/v1/supervision-sessions/overdue"),
                        each(401, 403, 403, 200, 200, 200, 200, 200, 403, 403)),
                //                                       anon self  vol  c-st c-co j-st j-co net  admin super
                new Row(
                        "GET /dashboard",
                        r -> r.get("/api/v1/dashboard"),
                        each(401, 403, 403, 403, 200, 403, 200, 200, 403, 403)),
                new Row(
                        "GET /dashboard?carrier=jugendwerke",
                        r -> r.get("/api/v1/dashboard?carrier=jugendwerke"),
                        each(401, 403, 403, 403, 404, 403, 200, 200, 403, 403)),
                new Row(
                        "GET /dashboard/clearance (CSV)",
                        r -> r.accept("text/csv").get("/api/v1/dashboard/clearance"),
                        each(401, 403, 403, 403, 200, 403, 200, 200, 403, 403)),
                new Row(
                        "GET /volunteers/me/reminders",
                        r -> r.get("/api/v1/volunteers/me/reminders"),
                        each(401, 200, 200, 403, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "PUT /volunteers/me/reminders (all)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "wanted",
                                        List.of(
                                                "COURSE_TOMORROW",
                                                "SESSION_TOMORROW",
                                                "SLOT_TOMORROW",
                                                "SUPERVISION_OVERDUE",
                                                "QUALIFICATION_EXPIRING",
                                                "CLEARANCE_RENEWAL")))
                                .put("/api/v1/volunteers/me/reminders"),
                        each(401, 200, 200, 403, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "POST /reminders/run",
                        r -> r.post("/api/v1/reminders/run"),
                        each(401, 403, 403, 403, 403, 403, 403, 403, 200, 403)),
                new Row(
                        "GET /calendar-feeds/mine",
                        r -> r.get("/api/v1/calendar-feeds/mine"),
                        each(401, 200, 200, 403, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "DELETE /calendar-feeds/mine (none yet)",
                        r -> r.delete("/api/v1/calendar-feeds/mine"),
                        each(401, 404, 404, 403, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "POST /calendar-feeds/mine",
                        r -> r.post("/api/v1/calendar-feeds/mine"),
                        each(401, 201, 201, 403, 403, 403, 403, 403, 403, 403)),
                new Row(
                        "GET /calendar-feeds/carrier",
                        r -> r.get("/api/v1/calendar-feeds/carrier"),
                        each(401, 403, 403, 403, 200, 403, 200, 403, 403, 403)),
                new Row(
                        "POST /calendar-feeds/carrier",
                        r -> r.post("/api/v1/calendar-feeds/carrier"),
                        each(401, 403, 403, 403, 201, 403, 201, 403, 403, 403)),
                new Row(
                        "DELETE /calendar-feeds/carrier",
                        r -> r.delete("/api/v1/calendar-feeds/carrier"),
                        each(401, 403, 403, 403, 204, 403, 204, 403, 403, 403)),
                new Row(
                        "GET /calendar/{token}.ics (self's, just made)",
                        r -> r.get(feedPath(self)),
                        each(200, 200, 200, 200, 200, 200, 200, 200, 200, 200)),
                new Row(
                        "GET /calendar/{token}.ics (unknown)",
                        r -> r.get("/api/v1/calendar/" + "x".repeat(43) + ".ics"),
                        each(404, 404, 404, 404, 404, 404, 404, 404, 404, 404)),
                new Row(
                        "POST /placements/{id}/steps (not allowed now)",
                        r -> r.contentType(ContentType.JSON).body(notAStep).post(pl + "/steps"),
                        statuses(401, 409, 404, 409, 404, 403, 403)));

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

    /** A page: its path and the status each role gets; 302 stands for "sent to the login page". */
    record PageRow(String path, Map<Who, Integer> expected) {}

    private static final int TO_LOGIN = 302;

    @TestFactory
    Stream<DynamicTest> everyPageForEveryRole() throws IOException {
        String self = signedUpVolunteer();
        String other = signedUpVolunteer();
        long family = ((Number) as(CARITAS_STAFF)
                        .contentType(ContentType.JSON)
                        .body(FamilyIT.familyBody())
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
        long longTerm =
                publishedTask(PlacementIT.accompaniment("Seitenmatrix Begleitung " + unique(), "tr", "TUESDAY"));
        long placement = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", longTerm, "volunteerId", placed.id()))
                .post("/api/v1/placements")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        List<PageRow> rows = List.of(
                //                                                  anon self  vol  c-st c-co j-st j-co net  admin
                new PageRow("/staff/families.xhtml", each(TO_LOGIN, 404, 404, 200, 200, 200, 200, 404, 404)),
                new PageRow(
                        "/staff/families.xhtml?id=" + family, each(TO_LOGIN, 404, 404, 200, 200, 404, 404, 404, 404)),
                new PageRow("/offers.xhtml", each(200, 200, 200, 200, 200, 200, 200, 200, 200)),
                new PageRow("/staff/offers.xhtml", each(TO_LOGIN, 404, 404, 200, 200, 200, 200, 404, 404)),
                new PageRow("/staff/clearance.xhtml", each(TO_LOGIN, 404, 404, 404, 404, 404, 404, 404, 404)),
                new PageRow(
                        "/staff/clearance.xhtml?volunteer=" + caritasVolunteerId,
                        each(TO_LOGIN, 404, 404, 200, 200, 404, 404, 404, 404)),
                new PageRow("/volunteer/clearance.xhtml", each(TO_LOGIN, 200, 200, 404, 404, 404, 404, 404, 404)),
                new PageRow("/staff/courses.xhtml", each(TO_LOGIN, 404, 404, 200, 200, 200, 200, 200, 404)),
                new PageRow(
                        "/staff/courses.xhtml?run=" + courseRun,
                        each(TO_LOGIN, 404, 404, 200, 200, 404, 404, 404, 404)),
                new PageRow("/board.xhtml", each(200, 200, 200, 200, 200, 200, 200, 200, 200)),
                new PageRow("/board.xhtml?type=kuchenbacken", each(200, 200, 200, 200, 200, 200, 200, 200, 200)),
                new PageRow("/opportunity.xhtml?id=" + task, each(200, 200, 200, 200, 200, 200, 200, 200, 200)),
                new PageRow("/opportunity.xhtml?id=" + draft, each(404, 404, 404, 404, 404, 404, 404, 404, 404)),
                new PageRow("/volunteer/bookings.xhtml", each(TO_LOGIN, 200, 200, 404, 404, 404, 404, 404, 404)),
                new PageRow("/volunteer/courses.xhtml", each(TO_LOGIN, 200, 200, 404, 404, 404, 404, 404, 404)),
                new PageRow(
                        "/volunteer/bookings.xhtml?task=" + task,
                        each(TO_LOGIN, 200, 200, 404, 404, 404, 404, 404, 404)),
                new PageRow(
                        "/volunteer/interest.xhtml?task=" + draft,
                        each(TO_LOGIN, 404, 404, 404, 404, 404, 404, 404, 404)),
                new PageRow("/volunteer/declarations.xhtml", each(TO_LOGIN, 200, 200, 404, 404, 404, 404, 404, 404)),
                new PageRow("/staff/tasks.xhtml", each(TO_LOGIN, 404, 404, 200, 200, 200, 200, 200, 404)),
                new PageRow("/staff/task.xhtml", each(TO_LOGIN, 404, 404, 200, 200, 200, 200, 200, 404)),
                new PageRow("/staff/task.xhtml?id=" + task, each(TO_LOGIN, 404, 404, 200, 200, 404, 404, 200, 404)),
                new PageRow("/staff/roster.xhtml", each(TO_LOGIN, 404, 404, 200, 200, 200, 200, 200, 404)),
                new PageRow(
                        "/staff/roster.xhtml?date=2026-13-01", each(TO_LOGIN, 404, 404, 200, 200, 200, 200, 200, 404)),
                new PageRow("/opportunity.xhtml?id=abc", each(404, 404, 404, 404, 404, 404, 404, 404, 404)),
                new PageRow(
                        "/volunteer/bookings.xhtml?task=abc", each(TO_LOGIN, 404, 404, 404, 404, 404, 404, 404, 404)),
                new PageRow("/admin/task-types.xhtml?id=99999", each(TO_LOGIN, 404, 404, 404, 404, 404, 404, 404, 404)),
                new PageRow("/admin/task-types.xhtml", each(TO_LOGIN, 404, 404, 404, 404, 404, 404, 404, 200)),
                new PageRow(
                        "/staff/candidates.xhtml?task=" + longTerm,
                        each(TO_LOGIN, 404, 404, 200, 200, 404, 404, 200, 404)),
                new PageRow("/staff/candidates.xhtml", each(TO_LOGIN, 404, 404, 404, 404, 404, 404, 404, 404)),
                new PageRow("/staff/candidates.xhtml?task=abc", each(TO_LOGIN, 404, 404, 404, 404, 404, 404, 404, 404)),
                new PageRow(
                        "/staff/placement.xhtml?id=" + placement,
                        each(TO_LOGIN, 404, 404, 200, 200, 404, 404, 200, 404)),
                new PageRow("/staff/placement.xhtml?id=abc", each(TO_LOGIN, 404, 404, 404, 404, 404, 404, 404, 404)),
                new PageRow("/staff/batch.xhtml", each(TO_LOGIN, 404, 404, 200, 200, 200, 200, 200, 404)),
                new PageRow("/staff/supervision.xhtml", each(TO_LOGIN, 404, 404, 200, 200, 200, 200, 200, 404, 200)),
                new PageRow(
                        "/staff/supervision.xhtml?id=abc", each(TO_LOGIN, 404, 404, 404, 404, 404, 404, 404, 404, 404)),
                new PageRow("/staff/dashboard.xhtml", each(TO_LOGIN, 404, 404, 404, 200, 404, 200, 200, 404, 404)),
                new PageRow(
                        "/staff/dashboard.xhtml?days=abc", each(TO_LOGIN, 404, 404, 404, 200, 404, 200, 200, 404, 404)),
                new PageRow("/volunteer/reminders.xhtml", each(TO_LOGIN, 200, 200, 404, 404, 404, 404, 404, 404, 404)),
                new PageRow(
                        "/volunteer/supervision.xhtml", each(TO_LOGIN, 200, 200, 404, 404, 404, 404, 404, 404, 404)),
                new PageRow("/staff/calendar.xhtml", each(TO_LOGIN, 404, 404, 200, 200, 200, 200, 200, 404, 404)),
                new PageRow(
                        "/staff/calendar.xhtml?date=2026-13-01",
                        each(TO_LOGIN, 404, 404, 200, 200, 200, 200, 200, 404, 404)),
                new PageRow("/volunteer/calendar.xhtml", each(TO_LOGIN, 200, 200, 404, 404, 404, 404, 404, 404, 404)),
                new PageRow("/volunteer/placements.xhtml", each(TO_LOGIN, 200, 200, 404, 404, 404, 404, 404, 404)),
                new PageRow(
                        "/volunteer/placements.xhtml?id=" + placement,
                        each(TO_LOGIN, 200, 200, 404, 404, 404, 404, 404, 404)));

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
            case SUPERVISOR -> SUPERVISOR_EMAIL;
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
            case SUPERVISOR -> as(SUPERVISOR_EMAIL);
        };
    }
}
