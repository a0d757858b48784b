package org.quartiersnetz.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Tasks;

/**
 * Supervision over HTTP: a godparent placement without supervision for longer than its interval is
 * overdue for Caritas and the network (not for Jugendwerke); its volunteer signs up for the next
 * group session, the supervisor records them present once it has begun, and they drop off the list.
 * Attendance of a session to come is refused; confidential notes reach the supervisor and the
 * coordinators only; a volunteer never sees anybody else's attendance; the last place goes once.
 */
class SupervisionIT extends BlackBoxTest {

    @Test
    void anOverduePlacementDropsOffTheListOnceItsVolunteerAttendedAGroupSession() {
        Volunteer placed = activeGodparent();
        LocalDate today = Tasks.today();
        long supervisor = staffId(SUPERVISOR);
        // the group session seven weeks on, in the Caritas meeting place
        LocalDate sessionDay = today.plusWeeks(7);
        long session = as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "GROUP",
                        "supervisorId",
                        supervisor,
                        "startsAt",
                        sessionDay + "T18:00",
                        "durationMinutes",
                        90,
                        "place",
                        "Nachbarschaftstreff",
                        "topics",
                        "Nähe und Distanz",
                        "capacity",
                        8))
                .post("/api/v1/supervision-sessions")
                .then()
                .statusCode(201)
                .body("supervisor", equalTo("Renate Berger"))
                .extract()
                .jsonPath()
                .getLong("id");

        try (MovedClock sixWeeksAndTwoDays = clockAt(today.plusWeeks(6).plusDays(2))) {
            assertTrue(overdue(CARITAS_STAFF).contains(placed.id()), "overdue for Caritas");
            assertTrue(overdue(NETWORK).contains(placed.id()), "overdue for the network");
            assertFalse(overdue(JUGENDWERKE_STAFF).contains(placed.id()), "not Jugendwerke's");
            asVolunteer(placed.email())
                    .get("/api/v1/supervision-sessions/overdue")
                    .then()
                    .statusCode(403);

            asVolunteer(placed.email())
                    .get("/api/v1/supervision-sessions/mine")
                    .then()
                    .statusCode(200)
                    .body("offered.id", hasItem((int) session));
            asVolunteer(placed.email())
                    .post("/api/v1/supervision-sessions/" + session + "/signup")
                    .then()
                    .statusCode(201)
                    .body("sessions.find { it.session.id == " + session + " }.status", equalTo("SIGNED_UP"));
            // before the session: no attendance yet
            as(SUPERVISOR)
                    .contentType(ContentType.JSON)
                    .body(Map.of("present", List.of(placed.id())))
                    .put("/api/v1/supervision-sessions/" + session + "/attendance")
                    .then()
                    .statusCode(409);
        }
        try (MovedClock duringTheSession = clockAt(sessionDay.plusDays(1))) {
            as(SUPERVISOR)
                    .contentType(ContentType.JSON)
                    .body(Map.of("present", List.of(placed.id())))
                    .put("/api/v1/supervision-sessions/" + session + "/attendance")
                    .then()
                    .statusCode(200)
                    .body("find { it.volunteerId == " + placed.id() + " }.status", equalTo("PRESENT"));
            assertFalse(overdue(CARITAS_STAFF).contains(placed.id()), "attended: off the list");
            assertFalse(overdue(NETWORK).contains(placed.id()));
        }
    }

    @Test
    void notesStayWithTheSupervisorAndTheCoordinatorsAndAttendanceWithWhoKeepsTheSession() {
        long session = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "GROUP",
                        "supervisorId",
                        staffId(SUPERVISOR),
                        "startsAt",
                        Tasks.today().plusDays(3) + "T10:00",
                        "place",
                        "Nachbarschaftstreff",
                        "capacity",
                        1))
                .post("/api/v1/supervision-sessions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String s = "/api/v1/supervision-sessions/" + session;
        as(SUPERVISOR)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Gruppe arbeitet gut zusammen"))
                .post(s + "/notes")
                .then()
                .statusCode(201);
        as(CARITAS_COORDINATOR)
                .get(s + "/notes")
                .then()
                .statusCode(200)
                .body("text", hasItem("Gruppe arbeitet gut zusammen"));
        as(CARITAS_STAFF).get(s + "/notes").then().statusCode(404);
        as(NETWORK).get(s + "/notes").then().statusCode(404);
        as(JUGENDWERKE_COORDINATOR).get(s + "/notes").then().statusCode(404);
        // the session itself never carries its notes or its attendance
        String shown = as(NETWORK).get(s).then().statusCode(200).extract().asString();
        assertFalse(shown.contains("zusammen"), shown);

        // one place: the first volunteer gets it, the second is told it is full
        Volunteer first = activeGodparent();
        Volunteer second = activeGodparent();
        asVolunteer(first.email()).post(s + "/signup").then().statusCode(201);
        asVolunteer(second.email())
                .post(s + "/signup")
                .then()
                .statusCode(409)
                .body("detail", containsString("Alle Plätze"));
        // a volunteer sees their own status only, never who else comes
        String own = asVolunteer(second.email())
                .get("/api/v1/supervision-sessions/mine")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertFalse(own.contains("volunteerId") || own.contains("name"), own);
        asVolunteer(second.email()).get(s + "/attendance").then().statusCode(403);
        as(JUGENDWERKE_STAFF).get(s + "/attendance").then().statusCode(404);
        as(CARITAS_STAFF).get(s + "/attendance").then().statusCode(200).body("volunteerId", equalTo(List.of((int)
                first.id())));
        // giving the place up frees it
        asVolunteer(first.email()).delete(s + "/signup").then().statusCode(200);
        asVolunteer(second.email()).post(s + "/signup").then().statusCode(201);

        // bad input: a supervisor of no carrier's staff, a session without place
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "GROUP",
                        "supervisorId",
                        staffId(JUGENDWERKE_STAFF),
                        "startsAt",
                        Tasks.today().plusDays(3) + "T10:00",
                        "place",
                        "Treff"))
                .post("/api/v1/supervision-sessions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("supervisorId"));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "GROUP", "startsAt", Tasks.today().plusDays(3) + "T10:00"))
                .post("/api/v1/supervision-sessions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("place"));
        for (String notADay :
                List.of("+300000-01-01T10:00", "-0001-01-01T10:00", "morgen um zehn", "2027-02-30T10:00")) {
            as(CARITAS_STAFF)
                    .contentType(ContentType.JSON)
                    .body(Map.of("kind", "GROUP", "startsAt", notADay, "place", "Treff"))
                    .post("/api/v1/supervision-sessions")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/malformed-request"));
        }
        Map<String, Object> noDay = new HashMap<>(Map.of("kind", "GROUP", "place", "Treff"));
        noDay.put("startsAt", null);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(noDay)
                .post("/api/v1/supervision-sessions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("startsAt"));
        as(CARITAS_STAFF)
                .queryParam("from", "+300000-01-01")
                .get("/api/v1/supervision-sessions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as(SUPERVISOR)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "GROUP", "startsAt", Tasks.today().plusDays(3) + "T10:00", "place", "Treff"))
                .post("/api/v1/supervision-sessions")
                .then()
                .statusCode(403);
        as(SUPERVISOR)
                .get("/api/v1/supervision-sessions")
                .then()
                .statusCode(200)
                .body("id", hasItem((int) session))
                .body("carrier", not(hasItem("jugendwerke")));
    }

    private List<Long> overdue(String staff) {
        return as(staff)
                .get("/api/v1/supervision-sessions/overdue")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("volunteerId", Number.class)
                .stream()
                .map(Number::longValue)
                .toList();
    }
}
