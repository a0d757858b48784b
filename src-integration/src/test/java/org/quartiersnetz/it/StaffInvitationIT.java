package org.quartiersnetz.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.MailServer;

/** An administrator invites staff by e-mail; they set their own password; roles change; access ends. */
class StaffInvitationIT extends BlackBoxTest {

    private static final String NEW_PASSWORD = "Fachkraft-Passwort-2026";

    @Test
    void anInvitedMemberOfStaffSetsTheirPasswordAndWorksForTheirCarrier() throws Exception {
        String email = uniqueEmail();
        int id = as(ADMIN)
                .contentType(ContentType.JSON)
                .body(invitation(email, "CARRIER_COORDINATOR", "jugendwerke"))
                .post("/api/v1/staff")
                .then()
                .statusCode(201)
                .body("invitationPending", equalTo(true))
                .body("carrier", equalTo("jugendwerke"))
                .extract()
                .path("id");

        MimeMessage mail = MailServer.awaitMail(email, 1);
        assertTrue(mail.getSubject().contains("Zugang"), mail.getSubject());
        String token = MailServer.tokenOf(MailServer.awaitLink(email, 1, RESET_PAGE));
        api().auth()
                .preemptive()
                .basic(email, NEW_PASSWORD)
                .get("/api/v1/staff")
                .then()
                .statusCode(401);
        resetPassword(token, NEW_PASSWORD).then().statusCode(204);

        api().auth()
                .preemptive()
                .basic(email, NEW_PASSWORD)
                .get("/api/v1/staff")
                .then()
                .statusCode(200)
                .body("carrier", everyItem(equalTo("jugendwerke")))
                .body("email", hasItem(email));
        as(ADMIN).get("/api/v1/staff").then().body("find { it.id == " + id + " }.invitationPending", equalTo(false));
        resetPassword(token, "noch-ein-Passwort-1").then().statusCode(410);

        Map<String, Object> change = invitation(email, "CARRIER_STAFF", "jugendwerke");
        change.put("disabled", true);
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(change)
                .put("/api/v1/staff/" + id)
                .then()
                .statusCode(200)
                .body("disabled", equalTo(true))
                .body("role", equalTo("CARRIER_STAFF"));
        api().auth()
                .preemptive()
                .basic(email, NEW_PASSWORD)
                .get("/api/v1/staff")
                .then()
                .statusCode(401);
    }

    @Test
    void badInvitationsAreRefusedAndSaveNothing() {
        String email = uniqueEmail();
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(invitation(email, "CARRIER_STAFF", null))
                .post("/api/v1/staff")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("carrier"));
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(invitation(email, "CARRIER_STAFF", "nirgendwo"))
                .post("/api/v1/staff")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("carrier"));
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(invitation(email, "VOLUNTEER", null))
                .post("/api/v1/staff")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("role"));
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(invitation("keine-adresse", "ADMINISTRATOR", null))
                .post("/api/v1/staff")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("email"));
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(invitation(CARITAS_STAFF, "CARRIER_STAFF", "caritas"))
                .post("/api/v1/staff")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("email"));
        as(ADMIN).get("/api/v1/staff").then().body("email", not(hasItem(email)));
        assertTrue(MailServer.mailsTo(email).isEmpty(), "no mail for a refused invitation");
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        int self = as(ADMIN).get("/api/v1/staff").then().extract().path("find { it.email == '" + ADMIN + "' }.id");
        Map<String, Object> change = invitation(ADMIN, "ADMINISTRATOR", null);
        change.put("disabled", true);
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(change)
                .put("/api/v1/staff/" + self)
                .then()
                .statusCode(409)
                .body("detail", containsString("eigene"));
        as(ADMIN).get("/api/v1/staff").then().statusCode(200);
    }

    @Test
    void noFirstAdministratorIsInvitedWhereOneExists() {
        // the suite sets QN_ADMIN_EMAIL=first-admin@example.org, and demo mode has an administrator
        as(ADMIN).get("/api/v1/staff").then().statusCode(200).body("email", not(hasItem("first-admin@example.org")));
        assertTrue(MailServer.mailsTo("first-admin@example.org").isEmpty());
    }

    private static Map<String, Object> invitation(String email, String role, String carrier) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("firstName", "Kim");
        body.put("lastName", "Neumann");
        body.put("role", role);
        if (carrier != null) {
            body.put("carrier", carrier);
        }
        return body;
    }
}
