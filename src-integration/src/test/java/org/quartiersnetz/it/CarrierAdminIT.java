package org.quartiersnetz.it;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;

/** Carriers and sites kept by administrators and coordinators; bad input and conflicts. */
class CarrierAdminIT extends BlackBoxTest {

    @Test
    void anAdministratorAddsAndRenamesACarrier() {
        String code = "neu-" + UUID.randomUUID().toString().substring(0, 6);
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Diakonie", "shortName", "Diakonie", "kind", "FREE_CARRIER"))
                .post("/api/v1/carriers")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/carriers/" + code))
                .body("code", equalTo(code));
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "code", code, "name", "Diakonie Leverkusen", "shortName", "Diakonie", "kind", "FREE_CARRIER"))
                .put("/api/v1/carriers/" + code)
                .then()
                .statusCode(200)
                .body("name", equalTo("Diakonie Leverkusen"));
        api().get("/api/v1/carriers").then().body("code", hasItem(code));

        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Doppelt", "shortName", "D", "kind", "FREE_CARRIER"))
                .post("/api/v1/carriers")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("code"));
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("code", "Mit Leerzeichen", "name", "", "shortName", "x", "kind", "FREE_CARRIER"))
                .post("/api/v1/carriers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("name"));
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("code", "x", "name", "x", "shortName", "x", "kind", "KIOSK"))
                .post("/api/v1/carriers")
                .then()
                .statusCode(400);
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("code", "x", "name", "x", "shortName", "x", "kind", "FREE_CARRIER"))
                .put("/api/v1/carriers/gibt-es-nicht")
                .then()
                .statusCode(404);
    }

    @Test
    void aCoordinatorKeepsTheSitesOfTheirOwnCarrierOnly() {
        String name = "Familienzentrum " + UUID.randomUUID().toString().substring(0, 6);
        int id = as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "MEETING_PLACE", "postcode", "51373", "city", "Leverkusen"))
                .post("/api/v1/carriers/caritas/sites")
                .then()
                .statusCode(201)
                .body("carrier", equalTo("caritas"))
                .extract()
                .path("id");
        api().get("/api/v1/carriers/caritas/sites").then().body("name", hasItem(name));

        as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "MEETING_PLACE"))
                .post("/api/v1/carriers/caritas/sites")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("name"));
        as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "MEETING_PLACE", "postcode", "123"))
                .put("/api/v1/sites/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("postcode"));
        as(JUGENDWERKE_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Übernommen", "kind", "OTHER"))
                .put("/api/v1/sites/" + id)
                .then()
                .statusCode(404);
        api().get("/api/v1/carriers/caritas/sites").then().body("name", hasItem(name));
    }
}
