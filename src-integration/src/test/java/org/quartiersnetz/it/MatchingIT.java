package org.quartiersnetz.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.MailServer;
import org.quartiersnetz.it.support.Tasks;

/**
 * Issue 6's scenario over HTTP: for a godparent task of family F-2026-001 (Turkish, Tuesday
 * afternoons) the candidate view lists eligible Caritas and pool volunteers with their reasons and
 * says why the next best are missing; a proposal is accepted, the intro meeting and the tandem steps
 * are recorded, the placement becomes active and the task filled; with the mails of each step.
 */
class MatchingIT extends BlackBoxTest {

    @Test
    void candidatesWithReasonsThenTheWholeTandemLifecycle() {
        long task = publishedTask(Tasks.godparent(
                "Patenschaft Matching " + System.nanoTime(), familyF2026001(), "Erstkontakt über die Hebamme"));
        Volunteer caritas = eligible(List.of("caritas"), false, CARITAS_STAFF);
        // the pool volunteer chose Jugendwerke; their inspection there counts for Caritas with consent
        Volunteer pool = eligible(List.of("jugendwerke"), true, JUGENDWERKE_STAFF);
        asVolunteer(pool.email())
                .contentType(ContentType.JSON)
                .body(Map.of("shareConsent", true))
                .put("/api/v1/volunteers/me/clearance/consent")
                .then()
                .statusCode(200);
        Volunteer notInspected = volunteer(List.of("caritas"), false, Map.of());
        activate(CARITAS_STAFF, notInspected);
        qualify(CARITAS_STAFF, notInspected, "basic-godparent");
        signDeclarations(notInspected.email());
        Volunteer jugendwerkeOnly = volunteer(List.of("jugendwerke"), false, Map.of());
        activate(JUGENDWERKE_STAFF, jugendwerkeOnly);
        Volunteer arabic = volunteer(List.of("caritas"), false, Map.of("languageLevels", Map.of("ar", "NATIVE")));
        activate(CARITAS_STAFF, arabic);

        JsonPath view;
        try (MovedClock nineWeeksOn = clockAt(Tasks.today().plusWeeks(9))) {
            view = as(CARITAS_STAFF)
                    .queryParam("limit", 200)
                    .queryParam("nearMisses", 200)
                    .get("/api/v1/tasks/" + task + "/candidates")
                    .then()
                    .statusCode(200)
                    .header("Server-Timing", containsString("app;dur="))
                    .extract()
                    .jsonPath();
        }
        Map<String, Object> first = candidate(view, "suggestions", caritas.id());
        assertNotNull(first, "the eligible Caritas volunteer is suggested");
        assertEquals("ELIGIBLE", first.get("verdict"));
        List<String> reasons = texts(first, "reasons");
        assertTrue(reasons.contains("spricht Türkisch wie die Familie"), reasons.toString());
        assertTrue(reasons.contains("frei Di 14–18 Uhr"), reasons.toString());
        assertTrue(reasons.contains("wartet seit 9 Wochen auf einen ersten Einsatz"), reasons.toString());
        assertTrue(reasons.contains("hat sich Ihren Träger ausgesucht"), reasons.toString());
        Map<String, Object> fromPool = candidate(view, "suggestions", pool.id());
        assertNotNull(fromPool, "the eligible pool volunteer is suggested");
        assertFalse(texts(fromPool, "reasons").contains("hat sich Ihren Träger ausgesucht"));
        assertTrue(rank(view, caritas.id()) < rank(view, pool.id()), "having chosen Caritas counts");

        Map<String, Object> missing = candidate(view, "nearMisses", notInspected.id());
        assertNotNull(missing, "the volunteer without clearance is among the next best");
        assertEquals(List.of("Führungszeugnis nicht eingesehen"), texts(missing, "exclusions"));
        assertNull(candidate(view, "suggestions", jugendwerkeOnly.id()), "Caritas does not see them");
        assertNull(candidate(view, "nearMisses", jugendwerkeOnly.id()));
        assertNull(candidate(view, "nearMisses", arabic.id()), "no common language: not considered");

        // in English, and never for another carrier
        as(CARITAS_STAFF)
                .header("Accept-Language", "en")
                .queryParam("limit", 200)
                .get("/api/v1/tasks/" + task + "/candidates")
                .then()
                .statusCode(200)
                .body(
                        "suggestions.find { it.volunteerId == " + caritas.id() + " }.reasons.text",
                        hasItem("speaks Turkish like the family"));
        as(JUGENDWERKE_STAFF)
                .get("/api/v1/tasks/" + task + "/candidates")
                .then()
                .statusCode(404);
        asVolunteer(caritas.email())
                .get("/api/v1/tasks/" + task + "/candidates")
                .then()
                .statusCode(403);
        // the round table reads candidates, without learning the family's languages
        String network = as(NETWORK)
                .queryParam("limit", 200)
                .get("/api/v1/tasks/" + task + "/candidates")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertFalse(network.contains("wie die Familie"), "no family data for the network");

        // the proposal, accepted by the volunteer, the intro meeting, the tandem steps
        long placement = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task, "volunteerId", caritas.id()))
                .post("/api/v1/placements")
                .then()
                .statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .extract()
                .jsonPath()
                .getLong("id");
        String link = MailServer.awaitLink(caritas.email(), 1, "/volunteer/placements.xhtml?id=" + placement);
        assertTrue(link.startsWith("http://127.0.0.1:"), link);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task, "volunteerId", notInspected.id()))
                .post("/api/v1/placements")
                .then()
                .statusCode(409)
                .body("detail", containsString("Führungszeugnis nicht eingesehen"));
        asVolunteer(notInspected.email())
                .get("/api/v1/placements/" + placement)
                .then()
                .statusCode(404);
        as(JUGENDWERKE_STAFF).get("/api/v1/placements/" + placement).then().statusCode(404);

        // the proposed volunteer and the round table read the reasons without the family's languages
        asVolunteer(caritas.email())
                .get("/api/v1/placements/" + placement)
                .then()
                .statusCode(200)
                .body("reasons.text", hasItem("spricht Türkisch"))
                .body("reasons.text", Matchers.not(hasItem("spricht Türkisch wie die Familie")));
        as(NETWORK)
                .get("/api/v1/placements/" + placement)
                .then()
                .statusCode(200)
                .body("reasons.text", Matchers.not(hasItem("spricht Türkisch wie die Familie")));
        as(CARITAS_STAFF)
                .get("/api/v1/placements/" + placement)
                .then()
                .statusCode(200)
                .body("reasons.text", hasItem("spricht Türkisch wie die Familie"));
        step(caritas.email(), PASSWORD, placement, Map.of("to", "ACCEPTED"))
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        MailServer.awaitLink(CARITAS_STAFF, 1, "/staff/placement.xhtml?id=" + placement);
        staffStep(placement, Map.of("to", "ACTIVE"))
                .then()
                .statusCode(409)
                .body("allowedNext", equalTo(List.of("CANCELLED", "INTRO_MEETING")));
        staffStep(placement, Map.of("to", "INTRO_MEETING"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("meetingAt"));
        String meeting = Tasks.today().plusDays(3) + "T15:30";
        staffStep(placement, Map.of("to", "INTRO_MEETING", "meetingAt", meeting))
                .then()
                .statusCode(200)
                .body("introStaff", equalTo(staffName()));
        String introMail = MailServer.text(MailServer.awaitSubject(caritas.email(), "Kennenlerngespräch"));
        assertTrue(introMail.contains("15:30"), introMail);
        staffStep(placement, Map.of("to", "GETTING_TO_KNOW")).then().statusCode(200);
        staffStep(
                        placement,
                        Map.of(
                                "to",
                                "TRIAL_PERIOD",
                                "trialUntil",
                                Tasks.today().plusWeeks(6).toString()))
                .then()
                .statusCode(200)
                .body("trialUntil", equalTo(Tasks.today().plusWeeks(6).toString()));
        staffStep(placement, Map.of("to", "ACTIVE"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("familyConsent"));
        staffStep(placement, Map.of("to", "ACTIVE", "familyConsent", true))
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("familyConsentOn", equalTo(Tasks.today().toString()))
                .body("allowedNext", equalTo(List.of("ENDED")));
        as(CARITAS_STAFF).get("/api/v1/tasks/" + task).then().statusCode(200).body("status", equalTo("FILLED"));
        api().get("/api/v1/board/" + task).then().statusCode(404);

        // the placed volunteer may read the family's data (audited); nobody else through the placement
        long family = familyF2026001();
        asVolunteer(caritas.email())
                .get("/api/v1/placements/" + placement + "/family")
                .then()
                .statusCode(200)
                .body("code", equalTo("F-2026-001"))
                .body("languages", hasItem("tr"));
        as(CARITAS_COORDINATOR)
                .queryParam("size", 100)
                .get("/api/v1/families/" + family + "/reads")
                .then()
                .statusCode(200)
                .body("items.account", hasItem(caritas.email()));
        asVolunteer(pool.email())
                .get("/api/v1/placements/" + placement + "/family")
                .then()
                .statusCode(404);
        as(CARITAS_STAFF)
                .get("/api/v1/placements/" + placement + "/family")
                .then()
                .statusCode(403);

        // only along the lifecycle, and only by whom it belongs to
        staffStep(placement, Map.of("to", "INTRO_MEETING", "meetingAt", meeting))
                .then()
                .statusCode(409)
                .body("allowedNext", equalTo(List.of("ENDED")));
        step(caritas.email(), PASSWORD, placement, Map.of("to", "DECLINED"))
                .then()
                .statusCode(409)
                .body("allowedNext", equalTo(List.of()));
        as(NETWORK)
                .contentType(ContentType.JSON)
                .body(Map.of("to", "ENDED", "reason", "x"))
                .post("/api/v1/placements/" + placement + "/steps")
                .then()
                .statusCode(403);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task, "volunteerId", pool.id()))
                .post("/api/v1/placements")
                .then()
                .statusCode(409)
                .body("detail", containsString("vergeben"));
        asVolunteer(caritas.email())
                .get("/api/v1/placements/mine")
                .then()
                .statusCode(200)
                .body("find { it.id == " + placement + " }.status", equalTo("ACTIVE"))
                .body("find { it.id == " + placement + " }.reasons.text", hasItem("spricht Türkisch wie die Familie"));
        as(CARITAS_STAFF)
                .get("/api/v1/placements/" + placement + "/steps")
                .then()
                .statusCode(200)
                .body(
                        "to",
                        equalTo(List.of(
                                "PROPOSED", "ACCEPTED", "INTRO_MEETING", "GETTING_TO_KNOW", "TRIAL_PERIOD", "ACTIVE")));

        // ending frees the place again
        staffStep(placement, Map.of("to", "ENDED")).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        staffStep(placement, Map.of("to", "ENDED", "reason", "Familie zieht um"))
                .then()
                .statusCode(200)
                .body("endReason", equalTo("Familie zieht um"));
        as(CARITAS_STAFF).get("/api/v1/tasks/" + task).then().statusCode(200).body("status", equalTo("OPEN"));
    }

    private Volunteer eligible(List<String> carriers, boolean pool, String inspectingStaff) {
        Volunteer volunteer = volunteer(carriers, pool, Map.of());
        activate(inspectingStaff, volunteer);
        qualify(inspectingStaff, volunteer, "basic-godparent");
        inspect(inspectingStaff, volunteer);
        signDeclarations(volunteer.email());
        return volunteer;
    }

    private io.restassured.response.Response staffStep(long placement, Map<String, Object> body) {
        return as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/placements/" + placement + "/steps");
    }

    private io.restassured.response.Response step(
            String email, String password, long placement, Map<String, Object> body) {
        return api().auth()
                .preemptive()
                .basic(email, password)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/placements/" + placement + "/steps");
    }

    private String staffName() {
        return as(CARITAS_STAFF)
                        .get("/api/v1/staff")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("find { it.email == '" + CARITAS_STAFF + "' }.firstName")
                + " "
                + as(CARITAS_STAFF)
                        .get("/api/v1/staff")
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("find { it.email == '" + CARITAS_STAFF + "' }.lastName");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> candidate(JsonPath view, String list, long volunteerId) {
        return view.getList(list, Map.class).stream()
                .filter(c -> ((Number) c.get("volunteerId")).longValue() == volunteerId)
                .findFirst()
                .orElse(null);
    }

    private static int rank(JsonPath view, long volunteerId) {
        List<Number> ids = view.getList("suggestions.volunteerId", Number.class);
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i).longValue() == volunteerId) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(Map<String, Object> candidate, String list) {
        return ((List<Map<String, Object>>) candidate.get(list))
                .stream().map(r -> (String) r.get("text")).toList();
    }

    /** The demo family of the Caritas, found by its code. */
    private long familyF2026001() {
        return as(CARITAS_STAFF)
                .queryParam("size", 100)
                .get("/api/v1/families")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items.find { it.code == 'F-2026-001' }.id");
    }
}
