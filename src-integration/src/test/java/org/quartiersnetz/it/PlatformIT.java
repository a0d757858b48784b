package org.quartiersnetz.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.TestDatabase;

/** What operators and integrators rely on: readiness, the API document, reference data, errors. */
class PlatformIT extends BlackBoxTest {

    @Test
    void readinessIncludesTheMigratedDatabase() {
        api().get("/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.data.migrated", equalTo("true"))
                .body(
                        "checks.find { it.name == 'database' }.data.product",
                        equalTo(TestDatabase.isPostgresql() ? "PostgreSQL" : "H2"));
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        api().accept("application/json")
                .get("/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("Quartiersnetz API"))
                .body(
                        "paths.keySet()",
                        hasItems(
                                "/api/v1/volunteers",
                                "/api/v1/volunteers/me",
                                "/api/v1/privacy-notice",
                                "/api/v1/carriers",
                                "/api/v1/account/confirmations",
                                "/api/v1/account/confirmation-mails",
                                "/api/v1/account/password-resets",
                                "/api/v1/account/password",
                                "/api/v1/volunteers/{id}",
                                "/api/v1/volunteers/{id}/notes",
                                "/api/v1/volunteers/{id}/status-changes",
                                "/api/v1/carriers/{code}/sites",
                                "/api/v1/sites/{id}"));
    }

    @Test
    void theNetworkIsSeeded() {
        api().get("/api/v1/carriers")
                .then()
                .statusCode(200)
                .body("code", hasItems("beratungsstelle", "caritas", "jugendwerke", "jugendamt"))
                .body("find { it.code == 'jugendamt' }.kind", equalTo("PUBLIC_YOUTH_WELFARE"))
                .body("find { it.code == 'caritas' }.name", equalTo("Caritasverband"));
    }

    @Test
    void privacyNoticeIsGermanByDefaultAndEnglishOnRequest() {
        api().get("/api/v1/privacy-notice")
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("language", equalTo("de"))
                .body("title", equalTo("Datenschutzhinweis für Ehrenamtliche"));
        api().header("Accept-Language", "en")
                .get("/api/v1/privacy-notice")
                .then()
                .statusCode(200)
                .body("language", equalTo("en"))
                .body("text", containsString("GDPR"));
        api().header("Accept-Language", "tr")
                .get("/api/v1/privacy-notice")
                .then()
                .statusCode(200)
                .body("language", equalTo("tr"));
        api().header("Accept-Language", "fr")
                .get("/api/v1/privacy-notice")
                .then()
                .statusCode(200)
                .body("language", equalTo("de"));
    }

    @Test
    void unknownPathsAndMethodsAnswerProblemDetails() {
        api().get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", endsWith("/http-404"));
        api().contentType(ContentType.JSON)
                .delete("/api/v1/carriers")
                .then()
                .statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void pagesAnswer404ForUnknownViewsWithoutDetail() {
        api().accept("text/html")
                .get("/no-such-page.xhtml")
                .then()
                .statusCode(404)
                .body(containsString("Seite nicht gefunden"))
                .body(not(containsString("at org.")))
                .body(not(containsString("Caused by")));
    }

    @Test
    void templatesAreNotServed() {
        api().accept("text/html").get("/WEB-INF/templates/layout.xhtml").then().statusCode(404);
    }
}
