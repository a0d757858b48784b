package org.quartiersnetz.it;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Courses;
import org.quartiersnetz.it.support.Profiles;
import org.quartiersnetz.it.support.Tasks;

/**
 * The eligibility service for a godparent task: eligible with the basic course, an inspected
 * certificate and both declarations; on condition when only enrolled in a coming run; and what
 * is missing for the others, named.
 */
class EligibilityIT extends BlackBoxTest {

    @Test
    void forAGodparentTaskTheServiceSaysEligibleOnConditionOrNamesWhatIsMissing() {
        Volunteer ready = volunteer();
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "volunteerId",
                        ready.id(),
                        "courseCode",
                        "basic-godparent",
                        "evidenceOn",
                        Tasks.today().minusDays(20).toString(),
                        "issuer",
                        "Caritas"))
                .post("/api/v1/qualifications")
                .then()
                .statusCode(201);
        inspected(ready);
        signDeclarations(ready.email());
        judge(ready).then().statusCode(200).body("verdict", equalTo("ELIGIBLE")).body("missing", empty());

        Volunteer enrolled = volunteer();
        long run = as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(withPlace(Courses.run(
                        "basic-godparent", 10, Courses.on(Tasks.today().plusDays(10), "18:00", "21:00"))))
                .post("/api/v1/course-runs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        asVolunteer(enrolled.email())
                .post("/api/v1/course-runs/" + run + "/enrolment")
                .then()
                .statusCode(201);
        inspected(enrolled);
        signDeclarations(enrolled.email());
        judge(enrolled)
                .then()
                .statusCode(200)
                .body("verdict", equalTo("ON_CONDITION"))
                .body("conditions.requirement", hasItem("COURSE"))
                .body("conditions.detail", hasItem("basic-godparent"));

        Volunteer nothing = volunteer();
        judge(nothing)
                .then()
                .statusCode(200)
                .body("verdict", equalTo("NOT_ELIGIBLE"))
                .body("missing.requirement", hasItems("CLEARANCE", "COURSE", "DECLARATION"))
                .body("missing.detail", hasItems("basic-godparent", "CONFIDENTIALITY", "CODE_OF_CONDUCT"))
                .body("missing.text", hasItem(Matchers.containsString("Führungszeugnis")));
        asVolunteer(nothing.email())
                .queryParam("type", "godparent")
                .queryParam("carrier", "caritas")
                .get("/api/v1/eligibility/mine")
                .then()
                .statusCode(200)
                .body("verdict", equalTo("NOT_ELIGIBLE"));

        as(JUGENDWERKE_STAFF)
                .queryParam("volunteer", ready.id())
                .queryParam("type", "godparent")
                .get("/api/v1/eligibility")
                .then()
                .statusCode(404);
        as(CARITAS_STAFF)
                .queryParam("volunteer", ready.id())
                .queryParam("type", "kuchenbacken")
                .get("/api/v1/eligibility")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"));
        as(NETWORK)
                .queryParam("volunteer", ready.id())
                .queryParam("type", "godparent")
                .get("/api/v1/eligibility")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("carrier"));
        as(NETWORK)
                .queryParam("volunteer", ready.id())
                .queryParam("type", "godparent")
                .queryParam("carrier", "caritas")
                .get("/api/v1/eligibility")
                .then()
                .statusCode(200)
                .body("verdict", equalTo("ELIGIBLE"));
    }

    record Volunteer(String email, long id) {}

    private Volunteer volunteer() {
        String email = signedUpVolunteer();
        long id = asVolunteer(email)
                .contentType(ContentType.JSON)
                .body(Profiles.profile(
                        "Pate" + UUID.randomUUID().toString().substring(0, 6), List.of("caritas"), false))
                .put("/api/v1/volunteers/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("id");
        return new Volunteer(email, id);
    }

    private void inspected(Volunteer volunteer) {
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "inspectedOn",
                        Tasks.today().minusDays(2).toString(),
                        "certificateIssuedOn",
                        Tasks.today().minusDays(30).toString(),
                        "relevantConviction",
                        false))
                .post("/api/v1/volunteers/" + volunteer.id() + "/clearance/checks")
                .then()
                .statusCode(201);
    }

    private io.restassured.response.Response judge(Volunteer volunteer) {
        return as(CARITAS_STAFF)
                .queryParam("volunteer", volunteer.id())
                .queryParam("type", "godparent")
                .get("/api/v1/eligibility");
    }

    private static Map<String, Object> withPlace(Map<String, Object> run) {
        run.put("place", "Gemeindesaal " + UUID.randomUUID().toString().substring(0, 6));
        return run;
    }
}
