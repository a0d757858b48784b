package org.quartiersnetz.it;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quartiersnetz.it.support.Families.familyBody;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;

/**
 * Pseudonymous families over the API: the owning carrier's staff keep them, everyone else finds
 * nothing, and each read of one family leaves exactly one row in its audit trail.
 */
class FamilyIT extends BlackBoxTest {

    private static final String FAMILIES = "/api/v1/families";

    /** A code in a year no generated code uses, so that tests never collide with generation. */
    static String explicitCode() {
        return "F-1999-" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
    }

    private long create(String staff, Map<String, Object> body) {
        return ((Number) as(staff)
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post(FAMILIES)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    private Response reads(long id) {
        return as(CARITAS_COORDINATOR).get(FAMILIES + "/" + id + "/reads");
    }

    private long totalOfCaritas() {
        return ((Number) as(CARITAS_STAFF)
                        .get(FAMILIES)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("total"))
                .longValue();
    }

    @Test
    void caritasStaffAddAFamilyWithAGeneratedCodeReadAndChangeIt() {
        int year = Year.now(ZoneId.of("Europe/Berlin")).getValue();
        Response created = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(familyBody())
                .post(FAMILIES);
        created.then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/families/[0-9]+"))
                .body("code", matchesPattern("F-" + year + "-[0-9]{3,5}"))
                .body("code", not(equalTo("F-2026-001")))
                .body("carrier", equalTo("caritas"))
                .body("languages", contains("ar", "tr"))
                .body("ageBands", contains("PREGNANCY", "UNDER_1"))
                .body("needs", equalTo("Begleitung zur Hebamme, Deutsch im Alltag"));
        String code = created.path("code");
        String location = created.header("Location");

        String next = as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(familyBody())
                .post(FAMILIES)
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        assertEquals(
                Integer.parseInt(code.substring(7)) + 1, Integer.parseInt(next.substring(7)), code + " then " + next);

        as(CARITAS_STAFF)
                .get(location)
                .then()
                .statusCode(200)
                .body("code", equalTo(code))
                .body("createdAt", not(nullValue()));
        Map<String, Object> changed = familyBody();
        changed.put("languages", List.of("de"));
        changed.put("ageBands", List.of("AGE_3_5"));
        changed.put("needs", "");
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(changed)
                .put(location)
                .then()
                .statusCode(200)
                .body("code", equalTo(code)) // left out, the code stays
                .body("languages", contains("de"))
                .body("ageBands", contains("AGE_3_5"))
                .body("needs", nullValue());

        String mine = explicitCode();
        changed.put("code", mine);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(changed)
                .put(location)
                .then()
                .statusCode(200)
                .body("code", equalTo(mine));
    }

    @Test
    void theOpenApiDocumentDescribesTheFamilyEndpoints() {
        api().accept("application/json")
                .get("/openapi")
                .then()
                .statusCode(200)
                .body("paths.keySet()", hasItems(FAMILIES, FAMILIES + "/{id}", FAMILIES + "/{id}/reads"));
    }

    @Test
    void theDemoFamilyOfCaritasExists() {
        boolean found = false;
        for (int page = 0; !found; page++) {
            Response list = as(CARITAS_STAFF)
                    .queryParam("page", page)
                    .queryParam("size", 100)
                    .get(FAMILIES);
            list.then().statusCode(200);
            List<String> codes = list.path("items.code");
            if (codes.isEmpty()) {
                break;
            }
            found = codes.contains("F-2026-001");
        }
        assertTrue(found, "F-2026-001 is among Caritas' families");
    }

    @Test
    void invalidInputAnswers400PerFieldAndSavesNothing() {
        long before = totalOfCaritas();
        Map<String, Object> bad = familyBody();
        bad.put("code", "F-26-1");
        bad.put("languages", List.of("de", "zz"));
        bad.put("ageBands", List.of("UNDER_1", "TEENAGER"));
        bad.put("needs", "x".repeat(2001));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(bad)
                .post(FAMILIES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("errors.field", containsInAnyOrder("code", "languages[1]", "ageBands[1]", "needs"));
        Map<String, Object> empty = new HashMap<>();
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(empty)
                .post(FAMILIES)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("languages", "ageBands"));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body("null")
                .post(FAMILIES)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("body"));
        assertEquals(before, totalOfCaritas(), "nothing saved");

        long id = create(CARITAS_STAFF, familyBody());
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(bad)
                .put(FAMILIES + "/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("code", "languages[1]", "ageBands[1]", "needs"));
        as(CARITAS_STAFF).get(FAMILIES + "/" + id).then().statusCode(200).body("languages", contains("ar", "tr"));
    }

    @Test
    void aTakenCodeAnswers409OnItsField() {
        String code = explicitCode();
        Map<String, Object> body = familyBody();
        body.put("code", code);
        create(CARITAS_STAFF, body);
        long before = totalOfCaritas();
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(body)
                .post(FAMILIES)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("code"));
        as(JUGENDWERKE_STAFF)
                .contentType(ContentType.JSON)
                .body(body)
                .post(FAMILIES)
                .then()
                .statusCode(409)
                .body("errors.field", contains("code"));
        assertEquals(before, totalOfCaritas());

        long other = create(CARITAS_STAFF, familyBody());
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(body)
                .put(FAMILIES + "/" + other)
                .then()
                .statusCode(409)
                .body("errors.field", contains("code"));
    }

    @Test
    void nobodyButTheOwningCarrierFindsAFamily() {
        long id = create(CARITAS_STAFF, familyBody());
        String family = FAMILIES + "/" + id;
        String volunteer = signedUpVolunteer();
        for (String outsider : List.of(JUGENDWERKE_STAFF, JUGENDWERKE_COORDINATOR)) {
            as(outsider).get(family).then().statusCode(404).contentType("application/problem+json");
            as(outsider)
                    .contentType(ContentType.JSON)
                    .body(familyBody())
                    .put(family)
                    .then()
                    .statusCode(404);
            as(outsider).get(family + "/reads").then().statusCode(404);
            as(outsider)
                    .queryParam("size", 100)
                    .get(FAMILIES)
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem((int) id)));
        }
        for (String stranger : List.of(NETWORK, ADMIN)) {
            as(stranger).get(family).then().statusCode(403);
            as(stranger).get(FAMILIES).then().statusCode(403);
        }
        asVolunteer(volunteer).get(family).then().statusCode(403);
        api().get(family).then().statusCode(401);
        as(CARITAS_STAFF).get(FAMILIES + "/999999999").then().statusCode(404);
        reads(id).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void everyReadLeavesExactlyOneAuditRowWhichOnlyCoordinatorsSee() {
        long id = create(CARITAS_STAFF, familyBody());
        String family = FAMILIES + "/" + id;
        reads(id).then().statusCode(200).body("total", equalTo(0));

        as(CARITAS_STAFF).get(family).then().statusCode(200);
        reads(id)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].account", equalTo(CARITAS_STAFF))
                .body("items[0].purpose", equalTo("VIEW"))
                .body("items[0].readAt", not(nullValue()));

        as(CARITAS_COORDINATOR).get(family).then().statusCode(200);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(familyBody())
                .put(family)
                .then()
                .statusCode(200);
        reads(id)
                .then()
                .body("total", equalTo(3))
                .body("items.purpose", contains("EDIT", "VIEW", "VIEW"))
                .body("items.account", contains(CARITAS_STAFF, CARITAS_COORDINATOR, CARITAS_STAFF));

        as(CARITAS_STAFF).get(FAMILIES).then().statusCode(200);
        as(JUGENDWERKE_STAFF).get(family).then().statusCode(404);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("languages", List.of("zz")))
                .put(family)
                .then()
                .statusCode(400);
        // lists, refusals and failed changes read nothing
        reads(id).then().body("total", equalTo(3));

        as(CARITAS_STAFF).get(family + "/reads").then().statusCode(403).contentType("application/problem+json");
        // the audit trail itself is not a read of the family
        reads(id).then().body("total", equalTo(3));
    }
}
