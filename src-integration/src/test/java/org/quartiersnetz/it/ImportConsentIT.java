package org.quartiersnetz.it;

import static org.hamcrest.Matchers.endsWith;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.ImportFiles;
import org.quartiersnetz.it.support.MailServer;

/**
 * A volunteer imported from a carrier's list accepts the privacy notice before anything else: not
 * by setting a password through "forgot password", and not by staff moving them on.
 */
class ImportConsentIT extends BlackBoxTest {

    @Test
    void aPasswordResetDoesNotLetAnImportedVolunteerInBeforeTheyAcceptTheNotice() {
        String email = "einladung-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long id = imported(email);

        requestPasswordReset(email);
        String token = MailServer.tokenOf(MailServer.awaitLink(email, 1, RESET_PAGE));
        resetPassword(token, PASSWORD).then().statusCode(204);

        api().auth()
                .preemptive()
                .basic(email, PASSWORD)
                .get("/api/v1/volunteers/me")
                .then()
                .statusCode(401)
                .body("type", endsWith("email-unconfirmed"));
        as(NETWORK).get("/api/v1/volunteers/" + id).then().statusCode(404);
    }

    @Test
    void staffCannotMoveAnImportedVolunteerOnBeforeTheyAcceptTheNotice() {
        long id = imported("vor-zustimmung-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");

        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "INTERVIEWED"))
                .post("/api/v1/volunteers/" + id + "/status-changes")
                .then()
                .statusCode(409);
        as(JUGENDWERKE_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "INTERVIEWED"))
                .post("/api/v1/volunteers/" + id + "/status-changes")
                .then()
                .statusCode(404);
    }

    private long imported(String email) {
        List<String> row = new ArrayList<>(
                List.of("Imke", "Importiert", email.toLowerCase(Locale.ROOT), "", "de", "", "", "", ""));
        return as(CARITAS_STAFF)
                .contentType("application/octet-stream")
                .body(ImportFiles.csv(List.of(ImportFiles.HEADER, row)))
                .post("/api/v1/volunteer-imports")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("outcomes[0].volunteerId");
    }
}
