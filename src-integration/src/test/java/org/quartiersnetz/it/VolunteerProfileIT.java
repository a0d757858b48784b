package org.quartiersnetz.it;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Profiles;

/** The volunteer's profile and lifecycle over the API: completing it, bad input, each step. */
class VolunteerProfileIT extends BlackBoxTest {

    private static String uniqueName() {
        return "Profil" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aVolunteerCompletesTheirProfile() {
        String email = signedUpVolunteer();
        String name = uniqueName();
        asVolunteer(email)
                .contentType(ContentType.JSON)
                .body(Profiles.profile(name, List.of("caritas"), false))
                .put("/api/v1/volunteers/me")
                .then()
                .statusCode(200)
                .body("lastName", equalTo(name))
                .body("languageLevels.tr", equalTo("NATIVE"))
                .body("languages", containsInAnyOrder("de", "tr"))
                .body("skills", containsInAnyOrder("CHILDCARE", "READING_ALOUD"))
                .body("tags", containsInAnyOrder("Nähen"))
                .body("availability", hasSize(2))
                .body("availability[0].day", equalTo("TUESDAY"))
                .body("interests", containsInAnyOrder("godparent", "reading-mentor"))
                .body("carriers", containsInAnyOrder("caritas"))
                .body("postcode", equalTo("51373"))
                .body("maxHoursPerWeek", equalTo(4))
                .body("availableUntil", equalTo("2027-12-31"))
                .body("sharedPool", equalTo(false))
                .body("possibleDuplicateOf", nullValue());

        asVolunteer(email)
                .get("/api/v1/volunteers/me")
                .then()
                .statusCode(200)
                .body("area", equalTo("Derrsiedlung"))
                .body("birthDate", equalTo("1985-04-12"));
    }

    @Test
    void badProfileInputIsRefusedFieldByFieldAndNothingChanges() {
        String email = signedUpVolunteer();
        Map<String, Object> body = Profiles.profile(uniqueName(), List.of("caritas"), false);
        body.put("postcode", "5137");
        body.put("maxHoursPerWeek", 0);
        body.put("phone", "ruf an");
        body.put("languageLevels", Map.of("xx", "GOOD"));
        body.put("birthDate", "2999-01-01");
        asVolunteer(email)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/volunteers/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("postcode"))
                .body("errors.field", hasItem("maxHoursPerWeek"))
                .body("errors.field", hasItem("phone"))
                .body("errors.field", hasItem("birthDate"))
                .body(not(containsString("Exception")));

        Map<String, Object> reversed = Profiles.profile(uniqueName(), List.of("caritas"), false);
        reversed.put("availableFrom", "2027-01-01");
        reversed.put("availableUntil", "2026-01-01");
        asVolunteer(email)
                .contentType(ContentType.JSON)
                .body(reversed)
                .put("/api/v1/volunteers/me")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("availableUntil"));

        Map<String, Object> unknown =
                Profiles.profile(uniqueName(), List.of("caritas", "jugendamt", "nirgendwo"), false);
        asVolunteer(email)
                .contentType(ContentType.JSON)
                .body(unknown)
                .put("/api/v1/volunteers/me")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("carriers"))
                .body("errors[0].message", containsString("jugendamt, nirgendwo"));

        Map<String, Object> badType = Profiles.profile(uniqueName(), List.of(), false);
        badType.put("interests", List.of("godparent", "astronaut"));
        asVolunteer(email)
                .contentType(ContentType.JSON)
                .body(badType)
                .put("/api/v1/volunteers/me")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("interests"));

        Map<String, Object> badEnum = Profiles.profile(uniqueName(), List.of(), false);
        badEnum.put("availability", List.of(Map.of("day", "FUNDAY", "band", "AFTERNOON")));
        asVolunteer(email)
                .contentType(ContentType.JSON)
                .body(badEnum)
                .put("/api/v1/volunteers/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");

        asVolunteer(email)
                .get("/api/v1/volunteers/me")
                .then()
                .body("lastName", equalTo("Yılmaz"))
                .body("carriers", hasSize(0))
                .body("postcode", nullValue());
    }

    @Test
    void eachLifecycleStepIsRecordedWithWhoAndWhy() {
        String email = signedUpVolunteer();
        long id = chooseCaritas(email);

        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "INTERVIEWED"))
                .post("/api/v1/volunteers/" + id + "/status-changes")
                .then()
                .statusCode(200)
                .body("status", equalTo("INTERVIEWED"));
        as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "ACTIVE"))
                .post("/api/v1/volunteers/" + id + "/status-changes")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        asVolunteer(email)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "PAUSED"))
                .post("/api/v1/volunteers/me/status-changes")
                .then()
                .statusCode(200)
                .body("status", equalTo("PAUSED"));
        asVolunteer(email)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "ACTIVE"))
                .post("/api/v1/volunteers/me/status-changes")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        asVolunteer(email)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "LEFT"))
                .post("/api/v1/volunteers/me/status-changes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        asVolunteer(email)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "LEFT", "reason", "Umzug nach Köln"))
                .post("/api/v1/volunteers/me/status-changes")
                .then()
                .statusCode(200)
                .body("status", equalTo("LEFT"));

        as(CARITAS_STAFF)
                .get("/api/v1/volunteers/" + id + "/status-changes")
                .then()
                .statusCode(200)
                .body("to", equalTo(List.of("INTERVIEWED", "ACTIVE", "PAUSED", "ACTIVE", "LEFT")))
                .body("[0].changedBy", equalTo(CARITAS_STAFF))
                .body("[0].carrier", equalTo("caritas"))
                .body("[1].changedBy", equalTo(CARITAS_COORDINATOR))
                .body("[2].changedBy", equalTo(email))
                .body("[2].carrier", nullValue())
                .body("[4].reason", equalTo("Umzug nach Köln"))
                .body("[4].changedAt", notNullValue());
    }

    @Test
    void stepsOutsideTheLifecycleAnswer409WithTheAllowedOnes() {
        String email = signedUpVolunteer();
        long id = chooseCaritas(email);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "ACTIVE"))
                .post("/api/v1/volunteers/" + id + "/status-changes")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("allowedNext", equalTo(List.of("INTERVIEWED", "LEFT")))
                .body("detail", containsString("beworben"));
        asVolunteer(email)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "ACTIVE"))
                .header("Accept-Language", "en")
                .post("/api/v1/volunteers/me/status-changes")
                .then()
                .statusCode(409)
                .body("allowedNext", equalTo(List.of("LEFT")))
                .body("detail", containsString("applied"));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "HAPPY"))
                .post("/api/v1/volunteers/" + id + "/status-changes")
                .then()
                .statusCode(400);
        asVolunteer(email).get("/api/v1/volunteers/me").then().body("status", equalTo("APPLIED"));
    }

    @Test
    void aSimilarNameAndPhoneIsFlaggedForStaff() {
        String name = uniqueName();
        Map<String, Object> first = signUpBody(uniqueEmail());
        first.put("lastName", name);
        first.put("phone", "0214 / 98 76 54");
        long firstId = ((Number) signUp(first).then().statusCode(201).extract().path("id")).longValue();
        confirmEmail((String) first.get("email"));

        Map<String, Object> again = signUpBody(uniqueEmail());
        again.put("lastName", " " + name.toUpperCase(Locale.ROOT));
        again.put("phone", "0214987654");
        again.put("languages", List.of("ar"));
        long secondId = ((Number) signUp(again)
                        .then()
                        .statusCode(201)
                        .body("possibleDuplicateOf", nullValue())
                        .extract()
                        .path("id"))
                .longValue();
        confirmEmail((String) again.get("email"));

        Map<String, Object> unrelated = signUpBody(uniqueEmail());
        unrelated.put("lastName", name);
        unrelated.put("phone", "0214 111111");
        long unrelatedId =
                ((Number) signUp(unrelated).then().statusCode(201).extract().path("id")).longValue();
        confirmEmail((String) unrelated.get("email"));
        Map<String, Object> unconfirmed = signUpBody(uniqueEmail());
        unconfirmed.put("lastName", name);
        long unconfirmedId =
                ((Number) signUp(unconfirmed).then().statusCode(201).extract().path("id")).longValue();
        as(NETWORK).get("/api/v1/volunteers/" + unconfirmedId).then().statusCode(404);

        as(NETWORK)
                .get("/api/v1/volunteers/" + secondId)
                .then()
                .statusCode(200)
                .body("possibleDuplicateOf", equalTo((int) firstId));
        as(NETWORK)
                .get("/api/v1/volunteers/" + unrelatedId)
                .then()
                .statusCode(200)
                .body("possibleDuplicateOf", nullValue());
        as(NETWORK)
                .queryParam("possibleDuplicate", "true")
                .queryParam("name", name)
                .get("/api/v1/volunteers")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) secondId)));

        as(NETWORK)
                .contentType(ContentType.JSON)
                .body(Map.of("resolution", "DISMISS"))
                .post("/api/v1/volunteers/" + unrelatedId + "/duplicate-resolution")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        as(NETWORK)
                .contentType(ContentType.JSON)
                .body(Map.of("resolution", "MERGE"))
                .post("/api/v1/volunteers/" + secondId + "/duplicate-resolution")
                .then()
                .statusCode(200)
                .body("id", equalTo((int) firstId))
                .body("languages", containsInAnyOrder("ar", "de", "tr"));
        as(NETWORK)
                .get("/api/v1/volunteers/" + secondId)
                .then()
                .body("status", equalTo("LEFT"))
                .body("possibleDuplicateOf", nullValue());
        as(NETWORK)
                .get("/api/v1/volunteers/" + secondId + "/status-changes")
                .then()
                .body("[-1].reason", equalTo("Duplikat von #" + firstId));
        asVolunteer((String) again.get("email"))
                .get("/api/v1/volunteers/me")
                .then()
                .statusCode(401);
        asVolunteer((String) first.get("email"))
                .get("/api/v1/volunteers/me")
                .then()
                .statusCode(200);
    }

    private long chooseCaritas(String email) {
        return ((Number) asVolunteer(email)
                        .contentType(ContentType.JSON)
                        .body(Profiles.profile(uniqueName(), List.of("caritas"), false))
                        .put("/api/v1/volunteers/me")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id"))
                .longValue();
    }
}
