package org.quartiersnetz.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Tasks;

/**
 * The coordinators' dashboard over HTTP: a godparent placement past its supervision interval is on
 * the Caritas and the network dashboard, not on the Jugendwerke one, and in the CSV export; the
 * other lists (expiring qualifications, placements waiting for their intro meeting, sessions with
 * free places, coverage per month) with their filters; bad filters answer 400, another carrier 404.
 */
class DashboardIT extends BlackBoxTest {

    @Test
    void anOverdueGodparentIsOnTheCaritasAndTheNetworkDashboardButNotOnTheJugendwerkeOne() {
        Volunteer placed = activeGodparent();
        try (MovedClock pastTheInterval = clockAt(Tasks.today().plusWeeks(6).plusDays(2))) {
            assertTrue(overdue(CARITAS_COORDINATOR, "").contains(placed.id()), "Caritas");
            assertTrue(overdue(NETWORK, "").contains(placed.id()), "network, all carriers");
            assertTrue(overdue(NETWORK, "?carrier=caritas&type=godparent").contains(placed.id()), "network, Caritas");
            assertFalse(overdue(NETWORK, "?carrier=jugendwerke").contains(placed.id()), "network, Jugendwerke");
            assertFalse(overdue(JUGENDWERKE_COORDINATOR, "").contains(placed.id()), "Jugendwerke");
            assertFalse(
                    overdue(CARITAS_COORDINATOR, "?type=homework-help").contains(placed.id()), "another kind of task");

            String csv = as(CARITAS_COORDINATOR)
                    .accept("text/csv")
                    .get("/api/v1/dashboard/overdue-supervision")
                    .then()
                    .statusCode(200)
                    .contentType(startsWith("text/csv"))
                    .header("Content-Disposition", containsString("overdue-supervision-"))
                    .extract()
                    .asString();
            assertTrue(csv.startsWith("Ehrenamtliche:r,Einsatz,Träger,Einsatzart"), csv);
            String name = as(CARITAS_STAFF)
                    .get("/api/v1/volunteers/" + placed.id())
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getString("firstName");
            assertTrue(csv.contains(name), csv);
            String english = as(NETWORK)
                    .header("Accept-Language", "en")
                    .accept("text/csv")
                    .get("/api/v1/dashboard/overdue-supervision?carrier=jugendwerke")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertTrue(english.startsWith("Volunteer,Task,Organisation"), english);
            assertFalse(english.contains(name), english);
        }
        LocalDate renewal = LocalDate.parse(as(CARITAS_STAFF)
                .get("/api/v1/volunteers/" + placed.id() + "/clearance/checks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("[0].renewalDueOn"));
        try (MovedClock hundredDaysBefore = clockAt(renewal.minusDays(100))) {
            assertTrue(
                    dashboard(CARITAS_COORDINATOR, "?days=365").getList("clearance.volunteerId", Number.class).stream()
                            .anyMatch(id -> id.longValue() == placed.id()),
                    "due within a year, for Caritas");
            // the network sees no renewal dates, so the days ahead must not reveal them either
            assertEquals(
                    dashboard(NETWORK, "?days=1").getList("clearance"),
                    dashboard(NETWORK, "?days=365").getList("clearance"));
            assertFalse(
                    dashboard(NETWORK, "?days=365").getList("clearance.volunteerId", Number.class).stream()
                            .anyMatch(id -> id.longValue() == placed.id()),
                    "not due within the network's fixed 60 days");
        }
    }

    @Test
    void theOtherListsShowWhatIsDueForTheCaller() {
        // a placement waiting for its intro meeting, its volunteer with a qualification valid for two years
        Placed placed = acceptedGodparent();
        Volunteer volunteer = placed.volunteer();
        long placement = placed.placementId();
        LocalDate validUntil = LocalDate.parse(as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "volunteerId",
                        volunteer.id(),
                        "courseCode",
                        "child-protection",
                        "evidenceOn",
                        Tasks.today().minusDays(20).toString(),
                        "issuer",
                        "Caritas"))
                .post("/api/v1/qualifications")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("validUntil"));
        long session = as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "GROUP",
                        "supervisorId",
                        staffId(SUPERVISOR),
                        "startsAt",
                        Tasks.today().plusDays(10) + "T18:00",
                        "place",
                        "Nachbarschaftstreff",
                        "capacity",
                        6))
                .post("/api/v1/supervision-sessions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        JsonPath caritas = dashboard(CARITAS_COORDINATOR, "");
        assertTrue(
                caritas.getList("waitingForIntro.placementId", Number.class).stream()
                        .anyMatch(id -> id.longValue() == placement),
                "waiting for the intro meeting");
        assertTrue(caritas.getList("freePlaces.id", Number.class).stream().anyMatch(id -> id.longValue() == session));
        assertTrue(
                caritas.getInt("freePlaces.find { it.kind == 'SUPERVISION' && it.id == " + session + " }.free") == 6);
        assertFalse(
                caritas.getList("expiringQualifications.volunteerId", Number.class).stream()
                        .anyMatch(id -> id.longValue() == volunteer.id()),
                "two years ahead is not due yet");
        assertTrue(caritas.getList("coverage").size() == 12, "twelve months of coverage");
        assertFalse(dashboard(JUGENDWERKE_COORDINATOR, "").getList("waitingForIntro.placementId", Number.class).stream()
                .anyMatch(id -> id.longValue() == placement));

        try (MovedClock tenDaysBefore = clockAt(validUntil.minusDays(10))) {
            as(CARITAS_COORDINATOR)
                    .get("/api/v1/dashboard?days=30")
                    .then()
                    .statusCode(200)
                    .body(
                            "expiringQualifications.find { it.volunteerId == " + volunteer.id() + " }.expired",
                            equalTo(false))
                    .body(
                            "expiringQualifications.find { it.volunteerId == " + volunteer.id() + " }.validUntil",
                            equalTo(validUntil.toString()));
            as(CARITAS_COORDINATOR)
                    .get("/api/v1/dashboard?days=5")
                    .then()
                    .statusCode(200)
                    .body("expiringQualifications.volunteerId", not(hasItem((int) volunteer.id())));
        }
        try (MovedClock aWeekAfter = clockAt(validUntil.plusDays(7))) {
            as(CARITAS_COORDINATOR)
                    .get("/api/v1/dashboard")
                    .then()
                    .statusCode(200)
                    .body(
                            "expiringQualifications.find { it.volunteerId == " + volunteer.id() + " }.expired",
                            equalTo(true));
        }
    }

    @Test
    void badFiltersAreRefusedClearly() {
        as(NETWORK)
                .get("/api/v1/dashboard?carrier=nirgendwo")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("carrier"));
        as(NETWORK)
                .get("/api/v1/dashboard?type=nichts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"));
        as(NETWORK).get("/api/v1/dashboard?days=0").then().statusCode(400).body("errors[0].field", equalTo("days"));
        as(NETWORK).get("/api/v1/dashboard?days=366").then().statusCode(400).body("errors[0].field", equalTo("days"));
        as(NETWORK).get("/api/v1/dashboard?days=viele").then().statusCode(400).body("errors[0].field", equalTo("days"));
        as(CARITAS_COORDINATOR)
                .get("/api/v1/dashboard?carrier=jugendwerke")
                .then()
                .statusCode(404);
        as(CARITAS_COORDINATOR).get("/api/v1/dashboard?carrier=caritas").then().statusCode(200);
        as(CARITAS_COORDINATOR)
                .accept("text/csv")
                .get("/api/v1/dashboard/alles")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
        as(CARITAS_COORDINATOR)
                .accept("text/csv")
                .get("/api/v1/dashboard/coverage?days=0")
                .then()
                .statusCode(400);
        as(CARITAS_COORDINATOR)
                .accept("text/csv")
                .get("/api/v1/dashboard/coverage")
                .then()
                .statusCode(200)
                .body(containsString("Monat,Gezählt am"));
        as(CARITAS_STAFF).get("/api/v1/dashboard").then().statusCode(403);
        as(SUPERVISOR).get("/api/v1/dashboard").then().statusCode(403);
        as(ADMIN).get("/api/v1/dashboard").then().statusCode(403);
        as(NETWORK).get("/api/v1/dashboard").then().statusCode(200).body("coverage", hasSize(12));
    }

    private JsonPath dashboard(String coordinator, String query) {
        return as(coordinator)
                .get("/api/v1/dashboard" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private List<Long> overdue(String coordinator, String query) {
        return dashboard(coordinator, query).getList("overdueSupervision.volunteerId", Number.class).stream()
                .map(Number::longValue)
                .toList();
    }
}
