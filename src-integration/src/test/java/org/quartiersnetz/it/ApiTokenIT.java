package org.quartiersnetz.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Profiles;

/** Personal API tokens: shown once, scoped, carrier-bound like their owner, revocable. */
class ApiTokenIT extends BlackBoxTest {

    @Test
    void aScopedTokenReadsWhatItsOwnerMayReadAndNothingElse() {
        String email = signedUpVolunteer();
        long id = ((Number) asVolunteer(email)
                        .contentType(ContentType.JSON)
                        .body(Profiles.profile("Tokenfall", List.of("caritas"), false))
                        .put("/api/v1/volunteers/me")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id"))
                .longValue();

        Map<String, Object> request =
                Map.of("name", "Auswertung", "scopes", List.of("volunteer:read"), "validDays", 30);
        var created = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(request)
                .post("/api/v1/account/tokens")
                .then()
                .statusCode(201)
                .body("token", startsWith("qn_"))
                .body("scopes", equalTo(List.of("volunteer:read")))
                .extract();
        String secret = created.path("token");
        int tokenId = created.path("id");

        as(CARITAS_STAFF)
                .get("/api/v1/account/tokens")
                .then()
                .statusCode(200)
                .body("find { it.id == " + tokenId + " }.name", equalTo("Auswertung"))
                .body("find { it.id == " + tokenId + " }.token", nullValue());

        bearer(secret).get("/api/v1/volunteers/" + id).then().statusCode(200).body("lastName", equalTo("Tokenfall"));
        bearer(secret)
                .contentType(ContentType.JSON)
                .body(Profiles.profile("Geändert", List.of("caritas"), false))
                .put("/api/v1/volunteers/" + id)
                .then()
                .statusCode(403);
        bearer(secret)
                .contentType(ContentType.JSON)
                .body(request)
                .post("/api/v1/account/tokens")
                .then()
                .statusCode(403);

        as(CARITAS_STAFF).delete("/api/v1/account/tokens/" + tokenId).then().statusCode(204);
        bearer(secret).get("/api/v1/volunteers/" + id).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenKeepsItsOwnersCarrierBoundary() {
        String email = signedUpVolunteer();
        long id = ((Number) asVolunteer(email)
                        .contentType(ContentType.JSON)
                        .body(Profiles.profile("Caritasfall", List.of("caritas"), false))
                        .put("/api/v1/volunteers/me")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id"))
                .longValue();
        String secret = as(JUGENDWERKE_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Export", "scopes", List.of("volunteer:read")))
                .post("/api/v1/account/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        bearer(secret).get("/api/v1/volunteers/" + id).then().statusCode(404);
    }

    @Test
    void badRequestsAndBadTokensAreRefused() {
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Zu viel", "scopes", List.of("carrier:manage", "volunteer:read")))
                .post("/api/v1/account/tokens")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("scopes"));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "", "scopes", List.of(), "validDays", 0))
                .post("/api/v1/account/tokens")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("validDays"))
                .body("errors.field", hasItem("scopes"));
        as(CARITAS_STAFF).get("/api/v1/account/tokens").then().body("name", not(hasItem("Zu viel")));

        bearer("qn_" + "A".repeat(43)).get("/api/v1/volunteers").then().statusCode(401);
        bearer("kein-token").get("/api/v1/volunteers").then().statusCode(401);
        as(CARITAS_COORDINATOR).delete("/api/v1/account/tokens/999999").then().statusCode(404);
    }

    private RequestSpecification bearer(String secret) {
        return api().header("Authorization", "Bearer " + secret);
    }
}
