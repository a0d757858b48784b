package org.quartiersnetz.it;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.MailServer;
import org.quartiersnetz.it.support.Profiles;
import org.quartiersnetz.it.support.Tasks;

/** The public opportunity board: what shows, what never shows, filters, and "I'm interested". */
class BoardIT extends BlackBoxTest {

    static final String NOTE = "Vater psychisch belastet, bitte behutsam";

    @Test
    void theBoardShowsAnOpenGodparentTaskWithoutAnyFamilyDataOrStaffNote() {
        long family = familyF2026001();
        String title = "Patenschaft " + UUID.randomUUID();
        long id = publishedTask(Tasks.godparent(title, family, NOTE));

        String detail = api().get("/api/v1/board/" + id)
                .then()
                .statusCode(200)
                .body("task.title", equalTo(title))
                .body("task.atFamilyHome", equalTo(true))
                .body("task.type", equalTo("godparent"))
                .extract()
                .asString();
        String list = api().queryParam("type", "godparent")
                .queryParam("size", 100)
                .get("/api/v1/board")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id))
                .extract()
                .asString();
        for (String json : List.of(detail, list)) {
            assertFalse(json.contains("F-2026-001"), "no family code: " + json);
            assertFalse(json.contains("family\""), "no family field: " + json);
            assertFalse(json.contains(NOTE), "no staff note: " + json);
            assertFalse(json.contains("staffNote"), json);
        }
        // the staff of the carrier do see both
        as(CARITAS_STAFF)
                .get("/api/v1/tasks/" + id)
                .then()
                .statusCode(200)
                .body("familyCode", equalTo("F-2026-001"))
                .body("staffNote", equalTo(NOTE));
    }

    @Test
    void draftsAndClosedTasksAreNotOnTheBoard() {
        long draft = created(Tasks.cafe("Entwurf " + UUID.randomUUID()));
        api().get("/api/v1/board/" + draft).then().statusCode(404);
        long closed = publishedTask(Tasks.cafe("Geschlossen " + UUID.randomUUID()));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "CLOSED"))
                .post("/api/v1/tasks/" + closed + "/status-changes")
                .then()
                .statusCode(200);
        api().get("/api/v1/board/" + closed).then().statusCode(404);
        api().queryParam("size", 100)
                .queryParam("type", "parents-cafe")
                .get("/api/v1/board")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem((int) draft)))
                .body("items.id", not(hasItem((int) closed)));
    }

    @Test
    void neighboursFilterByTypeDayTimeLanguageAndPlace() {
        Map<String, Object> body = Tasks.cafe("Filter " + UUID.randomUUID());
        body.put("languages", List.of("ku", "de"));
        long id = publishedTask(body);

        assertTrue(found(id, Map.of("type", "parents-cafe", "language", "ku")));
        assertTrue(found(
                id,
                Map.of(
                        "language",
                        "ku",
                        "day",
                        "WEDNESDAY",
                        "band",
                        "MORNING",
                        "place",
                        String.valueOf(Tasks.CARITAS_SITE))));
        assertFalse(found(id, Map.of("language", "ku", "type", "godparent")));
        assertFalse(found(id, Map.of("language", "ku", "day", "WEDNESDAY", "band", "AFTERNOON")));
        assertFalse(found(id, Map.of("language", "ku", "day", "THURSDAY")));
        assertFalse(found(id, Map.of("language", "ar", "type", "parents-cafe")));
        assertFalse(found(id, Map.of("language", "ku", "place", "home")));
        api().queryParam("language", "ku")
                .queryParam("size", 100)
                .get("/api/v1/board")
                .then()
                .body("items.languages", everyItem(hasItem("ku")));
        api().header("Accept-Language", "en")
                .get("/api/v1/board/" + id)
                .then()
                .body("task.title", equalTo("Parents' café helper, Wednesdays 9–12"))
                .body("task.typeName", equalTo("Parents' café helper"));

        api().queryParam("page", 100_000)
                .get("/api/v1/board")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", greaterThan(0));

        api().queryParam("type", "kuchenbacken")
                .get("/api/v1/board")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"));
        api().queryParam("day", "Blursday")
                .get("/api/v1/board")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("day"));
        api().queryParam("language", "xx")
                .get("/api/v1/board")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("language"));
        api().queryParam("place", "Keller")
                .get("/api/v1/board")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("place"));
    }

    @Test
    void aSignedInNeighbourSaysImInterestedAndTheStaffMemberIsTold() {
        String title = "Interesse " + UUID.randomUUID();
        long id = publishedTask(Tasks.cafe(title));
        String email = signedUpVolunteer();
        String lastName = "Interessiert" + UUID.randomUUID().toString().substring(0, 8);
        asVolunteer(email)
                .contentType(ContentType.JSON)
                .body(Profiles.profile(lastName, List.of("jugendwerke"), false))
                .put("/api/v1/volunteers/me")
                .then()
                .statusCode(200);
        long volunteerId = asVolunteer(email)
                .get("/api/v1/volunteers/me")
                .then()
                .extract()
                .jsonPath()
                .getLong("id");
        int mailsBefore = MailServer.mailsTo(CARITAS_STAFF).size();

        api().post("/api/v1/board/" + id + "/interest").then().statusCode(401);
        asVolunteer(email).post("/api/v1/board/" + id + "/interest").then().statusCode(201);
        asVolunteer(email).post("/api/v1/board/" + id + "/interest").then().statusCode(200);

        List<MimeMessage> mails = MailServer.awaitMails(CARITAS_STAFF, mailsBefore + 1);
        MimeMessage mail = mails.get(mails.size() - 1);
        assertTrue(MailServer.subject(mail).contains(title), MailServer.subject(mail));
        assertTrue(MailServer.text(mail).contains("/staff/volunteer.xhtml?id=" + volunteerId), MailServer.text(mail));
        as(CARITAS_STAFF)
                .get("/api/v1/tasks/" + id + "/interests")
                .then()
                .statusCode(200)
                .body("volunteerId", hasItem((int) volunteerId));
        // saying so lets the carrier see the profile, which chose only the Jugendwerke before
        as(CARITAS_STAFF).get("/api/v1/volunteers/" + volunteerId).then().statusCode(200);
        as(JUGENDWERKE_STAFF).get("/api/v1/tasks/" + id + "/interests").then().statusCode(404);
    }

    private boolean found(long id, Map<String, String> filter) {
        List<Integer> ids = api().queryParams(filter)
                .queryParam("size", 100)
                .get("/api/v1/board")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Integer.class);
        return ids.contains((int) id);
    }

    private long created(Map<String, Object> body) {
        return as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/tasks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
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
