package org.quartiersnetz.it;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Browser;
import org.quartiersnetz.it.support.Profiles;
import org.quartiersnetz.it.support.Tasks;

/** Declarations: signing the version in force, a new version asking everybody again, and who sees what. */
class DeclarationIT extends BlackBoxTest {

    @Test
    void aVolunteerSignsTheVersionInForceAndANewVersionAsksAgain() throws IOException {
        String volunteer = signedUpVolunteer();
        long id = asVolunteer(volunteer)
                .contentType(ContentType.JSON)
                .body(Profiles.profile("Erklaerung", List.of("caritas"), false))
                .put("/api/v1/volunteers/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("id");
        api().get("/api/v1/declarations")
                .then()
                .statusCode(200)
                .body("kind", contains("CONFIDENTIALITY", "CODE_OF_CONDUCT"));
        int confidentiality = api().get("/api/v1/declarations")
                .then()
                .extract()
                .jsonPath()
                .getInt("find { it.kind == 'CONFIDENTIALITY' }.version");
        asVolunteer(volunteer)
                .get("/api/v1/declarations/mine")
                .then()
                .statusCode(200)
                .body("status", contains("MISSING", "MISSING"));

        sign(volunteer, "CONFIDENTIALITY", confidentiality).then().statusCode(201);
        sign(volunteer, "CONFIDENTIALITY", confidentiality).then().statusCode(200);
        sign(volunteer, "CONFIDENTIALITY", confidentiality - 1)
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("version"));
        sign(volunteer, "NONSENSE", 1).then().statusCode(400).body("errors[0].field", equalTo("kind"));
        as(CARITAS_STAFF)
                .get("/api/v1/declarations/volunteers/" + id)
                .then()
                .statusCode(200)
                .body("find { it.kind == 'CONFIDENTIALITY' }.status", equalTo("SIGNED"));
        as(JUGENDWERKE_STAFF)
                .get("/api/v1/declarations/volunteers/" + id)
                .then()
                .statusCode(404);

        // the code of conduct page is open when a new version is issued: what was shown is not signed
        Browser early = signedIn(volunteer, PASSWORD);
        Document shownBefore = early.open("/volunteer/declarations.xhtml");
        int conduct = api().get("/api/v1/declarations")
                .then()
                .extract()
                .jsonPath()
                .getInt("find { it.kind == 'CODE_OF_CONDUCT' }.version");
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "CODE_OF_CONDUCT",
                        "titleDe",
                        "Verhaltenskodex (neu)",
                        "bodyDe",
                        "Neue Fassung " + UUID.randomUUID(),
                        "titleEn",
                        "Code of conduct (new)",
                        "bodyEn",
                        "New"))
                .post("/api/v1/declarations")
                .then()
                .statusCode(201)
                .body("version", equalTo(conduct + 1));
        Document stale = early.form(shownBefore, "declarations").submit("kind:1:sign");
        assertTrue(
                stale.select("#messages").text().contains("Inzwischen gilt Fassung " + (conduct + 1)),
                stale.select("main").text());
        asVolunteer(volunteer)
                .get("/api/v1/declarations/mine")
                .then()
                .body("find { it.kind == 'CODE_OF_CONDUCT' }.status", equalTo("MISSING"));

        Map<String, Object> next = Map.of(
                "kind",
                "CONFIDENTIALITY",
                "titleDe",
                "Verschwiegenheit (neu)",
                "bodyDe",
                "Neue Fassung " + UUID.randomUUID(),
                "titleEn",
                "Confidentiality (new)",
                "bodyEn",
                "New version");
        as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(next)
                .post("/api/v1/declarations")
                .then()
                .statusCode(403);
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "CONFIDENTIALITY"))
                .post("/api/v1/declarations")
                .then()
                .statusCode(400);
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(next)
                .post("/api/v1/declarations")
                .then()
                .statusCode(201)
                .body("version", equalTo(confidentiality + 1));
        asVolunteer(volunteer)
                .get("/api/v1/declarations/mine")
                .then()
                .body("find { it.kind == 'CONFIDENTIALITY' }.status", equalTo("OUTDATED"))
                .body("find { it.kind == 'CONFIDENTIALITY' }.signedVersion", equalTo(confidentiality));

        Browser browser = signedIn(volunteer, PASSWORD);
        Document page = browser.open("/volunteer/declarations.xhtml");
        assertTrue(
                page.text().contains("Verschwiegenheit (neu)"),
                page.select("main").text());
        Document signed = browser.form(page, "declarations").submit("kind:0:sign");
        assertTrue(
                signed.select("#messages").text().contains("Unterschrieben"),
                signed.select("main").text());
        asVolunteer(volunteer)
                .get("/api/v1/declarations/mine")
                .then()
                .body("find { it.kind == 'CONFIDENTIALITY' }.status", equalTo("SIGNED"));
    }

    @Test
    void aSlotOfATypeThatRequiresTheDeclarationsNamesThemAsMissing() {
        Map<String, Object> childcare = Tasks.cafe("Kinderbetreuung " + UUID.randomUUID());
        childcare.put("type", "childcare");
        long task = publishedTask(childcare);
        long slot = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Tasks.slots(Tasks.next(DayOfWeek.FRIDAY), 1, "09:00", "11:00", 3))
                .post("/api/v1/tasks/" + task + "/slots")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("[0].id");
        String volunteer = signedUpVolunteer();
        asVolunteer(volunteer)
                .contentType(ContentType.JSON)
                .body(Profiles.profile("Kodex", List.of(), false))
                .put("/api/v1/volunteers/me")
                .then()
                .statusCode(200);
        asVolunteer(volunteer)
                .post("/api/v1/slots/" + slot + "/booking")
                .then()
                .statusCode(409)
                .body("detail", containsString("Erklärungen"));
    }

    private io.restassured.response.Response sign(String volunteer, String kind, int version) {
        return asVolunteer(volunteer)
                .contentType(ContentType.JSON)
                .body(Map.of("version", version))
                .post("/api/v1/declarations/mine/" + kind);
    }
}
