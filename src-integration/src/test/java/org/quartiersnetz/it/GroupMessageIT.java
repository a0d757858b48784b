package org.quartiersnetz.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.MailServer;
import org.quartiersnetz.it.support.Profiles;

/** Circular e-mails to a filtered group: preview and count, the preference to get none, visibility. */
class GroupMessageIT extends BlackBoxTest {

    @Test
    void caritasWritesToItsSomaliSpeakingVolunteersWhoWantCircularMails() throws Exception {
        String wants = somaliSpeaker(true, "caritas");
        String declines = somaliSpeaker(false, "caritas");
        String elsewhere = somaliSpeaker(true, "jugendwerke");
        Map<String, Object> message = Map.of(
                "language",
                "so",
                "carrier",
                "caritas",
                "subject",
                "Sommerfest am Samstag",
                "body",
                "Wer hilft beim Aufbau? Wir treffen uns um 10 Uhr.");

        as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(message)
                .post("/api/v1/messages/preview")
                .then()
                .statusCode(200)
                .body("recipients", equalTo(1))
                .body("subject", equalTo("Sommerfest am Samstag"))
                .body("body", containsString("Claudia Koch (Caritas)"));
        as(JUGENDWERKE_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("language", "so", "subject", "Test", "body", "Test"))
                .post("/api/v1/messages/preview")
                .then()
                .statusCode(200)
                .body("recipients", equalTo(1));

        as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(message)
                .post("/api/v1/messages")
                .then()
                .statusCode(201)
                .body("recipients", equalTo(1));
        MimeMessage mail = MailServer.awaitMail(wants, 2);
        assertTrue(mail.getSubject().equals("Sommerfest am Samstag"), mail.getSubject());
        assertTrue(MailServer.mailsTo(declines).stream().noneMatch(GroupMessageIT::isCircular));
        assertTrue(MailServer.mailsTo(elsewhere).stream().noneMatch(GroupMessageIT::isCircular));
    }

    @Test
    void aMessageNeedsASubjectAndAText() {
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("subject", " ", "language", "xx"))
                .post("/api/v1/messages")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("subject"))
                .body("errors.field", hasItem("body"))
                .body("errors.field", hasItem("language"));
    }

    private String somaliSpeaker(boolean groupMail, String carrier) {
        String email = signedUpVolunteer();
        Map<String, Object> profile = Profiles.profile("Rundmail", List.of(carrier), false);
        profile.put("languageLevels", Map.of("so", "NATIVE", "de", "GOOD"));
        profile.put("groupMail", groupMail);
        asVolunteer(email)
                .contentType(ContentType.JSON)
                .body(profile)
                .put("/api/v1/volunteers/me")
                .then()
                .statusCode(200);
        return email;
    }

    private static boolean isCircular(MimeMessage mail) {
        try {
            return mail.getSubject().contains("Sommerfest");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
