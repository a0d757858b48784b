package org.quartiersnetz.it;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Tasks;

/** Carrier staff create, change, publish and close tasks over the API; each step is in the history. */
class TaskApiIT extends BlackBoxTest {

    @Test
    void staffCreateChangePublishAndCloseATaskAndTheHistoryRecordsEachStep() {
        String title = "Elterncafé " + UUID.randomUUID();
        Response created = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Tasks.cafe(title))
                .post("/api/v1/tasks");
        created.then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("carrier", equalTo("caritas"))
                .body("schedule[0].day", equalTo("WEDNESDAY"))
                .body("schedule[0].start", equalTo("09:00:00"));
        String location = created.header("Location");
        long id = created.jsonPath().getLong("id");

        Map<String, Object> changed = Tasks.cafe(title + " (neu)");
        changed.put("hoursPerWeek", 2.5);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(changed)
                .put(location)
                .then()
                .statusCode(200)
                .body("titleDe", equalTo(title + " (neu)"))
                .body("hoursPerWeek", equalTo(2.5f));
        // the same body again changes nothing and adds no history entry
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(changed)
                .put(location)
                .then()
                .statusCode(200);
        // a longer morning: only the end of a time changes, and that is a change too
        changed.put("schedule", List.of(Tasks.weekly("WEDNESDAY", "09:00", "12:30")));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(changed)
                .put(location)
                .then()
                .statusCode(200)
                .body("schedule[0].end", equalTo("12:30:00"));

        status(id, "OPEN").then().statusCode(200).body("status", equalTo("OPEN"));
        status(id, "DRAFT")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("allowedNext", contains("CLOSED"));
        status(id, "CLOSED").then().statusCode(200).body("status", equalTo("CLOSED"));
        status(id, "OPEN").then().statusCode(200).body("status", equalTo("OPEN"));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/tasks/" + id + "/status-changes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));

        as(CARITAS_COORDINATOR)
                .get("/api/v1/tasks/" + id + "/history")
                .then()
                .statusCode(200)
                .body("kind", contains("CREATED", "EDITED", "EDITED", "STATUS", "STATUS", "STATUS"))
                .body("[1].fields", equalTo("titleDe,hoursPerWeek"))
                .body("[2].fields", equalTo("schedule"))
                .body("[3].fields", equalTo("DRAFT>OPEN"))
                .body("[4].fields", equalTo("OPEN>CLOSED"));
        as(CARITAS_STAFF)
                .queryParam("status", "OPEN")
                .queryParam("size", 100)
                .get("/api/v1/tasks")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id));
    }

    @Test
    void aTranslationIsAddedChangedAndRemovedWithoutTouchingTheGermanText() {
        String title = "Elterncafé " + UUID.randomUUID();
        Map<String, Object> body = Tasks.cafe(title);
        Response created =
                as(CARITAS_STAFF).contentType(ContentType.JSON).body(body).post("/api/v1/tasks");
        created.then().statusCode(201).body("titleEn", equalTo("Parents' café helper, Wednesdays 9–12"));
        String location = created.header("Location");

        body.put("titleEn", "Café helper");
        body.put("descriptionEn", "Serve tea and talk.");
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(body)
                .put(location)
                .then()
                .statusCode(200)
                .body("titleDe", equalTo(title))
                .body("titleEn", equalTo("Café helper"))
                .body("descriptionEn", equalTo("Serve tea and talk."));
        body.put("titleEn", " ");
        body.remove("descriptionEn");
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(body)
                .put(location)
                .then()
                .statusCode(200)
                .body("titleEn", nullValue())
                .body("descriptionEn", nullValue());
        as(CARITAS_STAFF)
                .get(location)
                .then()
                .statusCode(200)
                .body("titleDe", equalTo(title))
                .body("titleEn", nullValue());
        as(CARITAS_COORDINATOR)
                .get(location + "/history")
                .then()
                .statusCode(200)
                .body("kind", contains("CREATED", "EDITED", "EDITED"))
                .body("[1].fields", equalTo("titleEn,descriptionEn"))
                .body("[2].fields", equalTo("titleEn,descriptionEn"));
    }

    @Test
    void impossibleInputGetsFieldErrorsAndNothingIsSaved() {
        long before = caritasTasks();
        String title = "Fehler " + UUID.randomUUID();

        Map<String, Object> reversed = Tasks.cafe(title);
        reversed.put("schedule", List.of(Tasks.weekly("WEDNESDAY", "12:00", "09:00")));
        refused(reversed, "schedule[0].end");

        Map<String, Object> overlapping = Tasks.cafe(title);
        overlapping.put(
                "schedule",
                List.of(Tasks.weekly("WEDNESDAY", "09:00", "12:00"), Tasks.weekly("WEDNESDAY", "11:00", "13:00")));
        refused(overlapping, "schedule[1]");

        Map<String, Object> negative = Tasks.cafe(title);
        negative.put("hoursPerWeek", -2);
        refused(negative, "hoursPerWeek");

        Map<String, Object> unknownType = Tasks.cafe(title);
        unknownType.put("type", "kuchenbacken");
        refused(unknownType, "type");

        Map<String, Object> othersSite = Tasks.cafe(title);
        othersSite.put("siteId", Tasks.JUGENDWERKE_SITE);
        refused(othersSite, "siteId");

        Map<String, Object> nowhere = Tasks.cafe(title);
        nowhere.remove("siteId");
        refused(nowhere, "siteId");

        Map<String, Object> badLanguage = Tasks.cafe(title);
        badLanguage.put("languages", List.of("xx"));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(badLanguage)
                .post("/api/v1/tasks")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(Matchers.startsWith("languages")));

        Map<String, Object> noPlaces = Tasks.cafe(title);
        noPlaces.put("volunteersNeeded", 0);
        refused(noPlaces, "volunteersNeeded");

        assertEquals(before, caritasTasks(), "no task was saved");
    }

    @Test
    void anotherCarrierDoesNotSeeTheTaskAndTheNetworkSeesItWithoutInternals() {
        Map<String, Object> body = Tasks.cafe("Intern " + UUID.randomUUID());
        body.put("staffNote", "Frau K. bringt donnerstags den Schlüssel");
        long id = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/tasks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        as(JUGENDWERKE_STAFF).get("/api/v1/tasks/" + id).then().statusCode(404);
        as(JUGENDWERKE_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/tasks/" + id)
                .then()
                .statusCode(404);
        as(JUGENDWERKE_STAFF).get("/api/v1/tasks/" + id + "/history").then().statusCode(404);
        as(JUGENDWERKE_STAFF)
                .queryParam("size", 100)
                .get("/api/v1/tasks")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem((int) id)));

        as(NETWORK)
                .get("/api/v1/tasks/" + id)
                .then()
                .statusCode(200)
                .body("staffNote", nullValue())
                .body("familyId", nullValue());
        as(NETWORK)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/tasks/" + id)
                .then()
                .statusCode(403);
        as(CARITAS_COORDINATOR)
                .get("/api/v1/tasks/" + id)
                .then()
                .statusCode(200)
                .body("staffNote", equalTo("Frau K. bringt donnerstags den Schlüssel"));
    }

    private Response status(long id, String status) {
        return as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("status", status))
                .post("/api/v1/tasks/" + id + "/status-changes");
    }

    private void refused(Map<String, Object> body, String field) {
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/tasks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private long caritasTasks() {
        return as(CARITAS_STAFF)
                .get("/api/v1/tasks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }
}
