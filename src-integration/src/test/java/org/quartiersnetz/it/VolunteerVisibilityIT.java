package org.quartiersnetz.it;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Profiles;

/** Who sees which volunteer: chosen carriers, the shared pool, notes kept per carrier; the paged list. */
class VolunteerVisibilityIT extends BlackBoxTest {

    @Test
    void anotherCarrierSeesAVolunteerOnlyOnceTheyJoinThePool() {
        String email = signedUpVolunteer();
        String name = "Pool" + UUID.randomUUID().toString().substring(0, 8);
        long id = profile(email, name, false);

        as(CARITAS_COORDINATOR)
                .queryParam("name", name)
                .get("/api/v1/volunteers")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) id));
        as(JUGENDWERKE_STAFF)
                .queryParam("name", name)
                .get("/api/v1/volunteers")
                .then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("items", empty());
        as(JUGENDWERKE_STAFF).get("/api/v1/volunteers/" + id).then().statusCode(404);

        profile(email, name, true);
        as(JUGENDWERKE_STAFF)
                .queryParam("name", name)
                .get("/api/v1/volunteers")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].sharedPool", equalTo(true));
        as(JUGENDWERKE_STAFF).get("/api/v1/volunteers/" + id).then().statusCode(200);

        profile(email, name, false);
        as(JUGENDWERKE_STAFF).get("/api/v1/volunteers/" + id).then().statusCode(404);
    }

    @Test
    void staffOnBehalfChangeOnlyTheirOwnCarriersChoiceAndNotThePoolConsent() {
        String email = signedUpVolunteer();
        Map<String, Object> own =
                Profiles.profile("Behalf" + UUID.randomUUID().toString().substring(0, 6), List.of("jugendwerke"), true);
        long id = ((Number) asVolunteer(email)
                        .contentType(ContentType.JSON)
                        .body(own)
                        .put("/api/v1/volunteers/me")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id"))
                .longValue();
        Map<String, Object> byCaritas = Profiles.profile("Behalf", List.of("caritas"), false);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(byCaritas)
                .put("/api/v1/volunteers/" + id)
                .then()
                .statusCode(200)
                .body("carriers", equalTo(List.of("caritas", "jugendwerke")))
                .body("sharedPool", equalTo(true));
        as(JUGENDWERKE_STAFF).get("/api/v1/volunteers/" + id).then().statusCode(200);
    }

    @Test
    void interviewNotesStayWithTheCarrierThatWroteThem() {
        String email = signedUpVolunteer();
        long id = profile(email, "Notiz" + UUID.randomUUID().toString().substring(0, 8), true);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Offen, spricht Türkisch, mag Kinder."))
                .post("/api/v1/volunteers/" + id + "/notes")
                .then()
                .statusCode(201)
                .body("author", equalTo(CARITAS_STAFF));
        as(CARITAS_COORDINATOR)
                .get("/api/v1/volunteers/" + id + "/notes")
                .then()
                .statusCode(200)
                .body("text", equalTo(List.of("Offen, spricht Türkisch, mag Kinder.")));
        as(JUGENDWERKE_STAFF).get("/api/v1/volunteers/" + id).then().statusCode(200);
        as(JUGENDWERKE_STAFF)
                .get("/api/v1/volunteers/" + id + "/notes")
                .then()
                .statusCode(200)
                .body("$", empty());
        as(NETWORK).get("/api/v1/volunteers/" + id + "/notes").then().statusCode(403);

        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("text", " "))
                .post("/api/v1/volunteers/" + id + "/notes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theListIsPagedFilteredAndSorted() {
        String tag = "Liste" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            String email = signedUpVolunteer();
            Map<String, Object> body = Profiles.profile(tag + (char) ('C' - i), List.of("caritas"), false);
            if (i == 1) {
                body.put("languageLevels", Map.of("ar", "NATIVE"));
                body.put("availability", List.of(Map.of("day", "MONDAY", "band", "MORNING")));
                body.put("skills", List.of("COOKING"));
            }
            asVolunteer(email)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .put("/api/v1/volunteers/me")
                    .then()
                    .statusCode(200);
        }
        as(CARITAS_STAFF)
                .queryParam("name", tag)
                .queryParam("size", "2")
                .get("/api/v1/volunteers")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("size", equalTo(2))
                .body("items", hasSize(2))
                .body("items.lastName", equalTo(List.of(tag + "A", tag + "B")));
        as(CARITAS_STAFF)
                .queryParam("name", tag)
                .queryParam("size", "2")
                .queryParam("page", "1")
                .get("/api/v1/volunteers")
                .then()
                .body("items.lastName", equalTo(List.of(tag + "C")));
        as(CARITAS_STAFF)
                .queryParam("name", tag)
                .queryParam("descending", "true")
                .get("/api/v1/volunteers")
                .then()
                .body("items.lastName", equalTo(List.of(tag + "C", tag + "B", tag + "A")));
        as(CARITAS_STAFF)
                .queryParam("name", tag)
                .queryParam("language", "ar")
                .get("/api/v1/volunteers")
                .then()
                .body("items.lastName", equalTo(List.of(tag + "B")));
        as(CARITAS_STAFF)
                .queryParam("name", tag)
                .queryParam("day", "tuesday")
                .queryParam("band", "afternoon")
                .get("/api/v1/volunteers")
                .then()
                .body("items.lastName", equalTo(List.of(tag + "A", tag + "C")));
        as(CARITAS_STAFF)
                .queryParam("name", tag)
                .queryParam("skill", "COOKING")
                .queryParam("carrier", "caritas")
                .queryParam("status", "APPLIED")
                .get("/api/v1/volunteers")
                .then()
                .body("items.lastName", equalTo(List.of(tag + "B")));
        as(CARITAS_STAFF)
                .queryParam("name", tag)
                .queryParam("carrier", "jugendwerke")
                .get("/api/v1/volunteers")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void wrongFilterValuesAnswer400NamingTheParameter() {
        as(CARITAS_STAFF)
                .queryParam("status", "HAPPY")
                .get("/api/v1/volunteers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        as(CARITAS_STAFF)
                .queryParam("size", "1000")
                .get("/api/v1/volunteers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("size"));
        as(CARITAS_STAFF)
                .queryParam("page", "eins")
                .get("/api/v1/volunteers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("page"));
        as(CARITAS_STAFF)
                .queryParam("language", "xx")
                .get("/api/v1/volunteers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("language"));
    }

    @Test
    void theNetworkCoordinatorSeesAcrossCarriersIncludingTheDemoNeighbours() {
        as(NETWORK)
                .queryParam("size", "100")
                .get("/api/v1/volunteers")
                .then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(200))
                .body("items", hasSize(100));
        as(CARITAS_STAFF)
                .queryParam("size", "100")
                .get("/api/v1/volunteers")
                .then()
                .statusCode(200)
                .body("items.carriers.flatten()", not(empty()))
                .body("size", lessThanOrEqualTo(100));
    }

    private long profile(String email, String name, boolean pool) {
        return ((Number) asVolunteer(email)
                        .contentType(ContentType.JSON)
                        .body(Profiles.profile(name, List.of("caritas"), pool))
                        .put("/api/v1/volunteers/me")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id"))
                .longValue();
    }
}
