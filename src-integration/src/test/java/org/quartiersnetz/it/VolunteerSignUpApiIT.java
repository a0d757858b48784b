package org.quartiersnetz.it;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;

/**
 * Volunteer sign-up over the API: success (signing in after confirming the e-mail address with
 * the real mail), every kind of bad input, and that nothing half-saves.
 */
class VolunteerSignUpApiIT extends BlackBoxTest {

    @Test
    void signUpThenSignInAndReadOwnProfile() {
        String email = uniqueEmail();
        signUp(signUpBody(email))
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/volunteers/me"))
                .contentType(ContentType.JSON)
                .body("email", equalTo(email))
                .body("status", equalTo("APPLIED"))
                .body("password", nullValue())
                .body("passwordHash", nullValue());

        me(email, PASSWORD).then().statusCode(401).body("type", endsWith("/email-unconfirmed"));
        confirmEmail(email);
        me(email, PASSWORD)
                .then()
                .statusCode(200)
                .body("firstName", equalTo("Ayşe"))
                .body("lastName", equalTo("Yılmaz"))
                .body("email", equalTo(email))
                .body("phone", equalTo("+49 214 123456"))
                .body("languages", containsInAnyOrder("de", "tr"))
                .body("privacyNoticeVersion", equalTo(1))
                .body("createdAt", notNullValue());
    }

    @Test
    void emailIsMatchedWithoutRegardToCaseOrBlanks() {
        String email = uniqueEmail();
        Map<String, Object> body = signUpBody("  " + email.toUpperCase(Locale.ROOT) + " ");
        signUp(body).then().statusCode(201).body("email", equalTo(email));
        confirmEmail(email);
        api().auth()
                .preemptive()
                .basic(email.toUpperCase(Locale.ROOT), PASSWORD)
                .get("/api/v1/volunteers/me")
                .then()
                .statusCode(200);
    }

    @Test
    void ownProfileIsRefusedWithoutOrWithWrongCredentials() {
        String email = signedUpVolunteer();
        api().get("/api/v1/volunteers/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic realm="))
                .body("status", equalTo(401))
                .body("title", equalTo("Anmeldung erforderlich"));
        api().auth()
                .preemptive()
                .basic(email, "falsches-Passwort-123")
                .get("/api/v1/volunteers/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        api().auth()
                .preemptive()
                .basic(uniqueEmail(), PASSWORD)
                .get("/api/v1/volunteers/me")
                .then()
                .statusCode(401);
    }

    @Test
    void invalidInputAnswers400WithOneErrorPerFieldInGerman() {
        Map<String, Object> body = signUpBody("keine-adresse");
        body.put("firstName", "");
        body.remove("lastName");
        body.put("password", "kurz");
        body.put("phone", "ruf mich an");
        body.put("languages", List.of("tr", "xx"));
        signUp(body)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("title", equalTo("Ungültige Anfrage"))
                .body("status", equalTo(400))
                .body(
                        "errors.field",
                        containsInAnyOrder("firstName", "lastName", "email", "password", "phone", "languages[1]"))
                .body("errors.find { it.field == 'email' }.message", equalTo("ist keine gültige E-Mail-Adresse"))
                .body("errors.find { it.field == 'languages[1]' }.message", containsString("Sprachcode"))
                .body(not(containsString("Exception")))
                .body(not(containsString("at org.")))
                .body(not(containsString("kurz")));
    }

    @Test
    void invalidInputAnswersInEnglishWhenAskedFor() {
        Map<String, Object> body = signUpBody("no-address");
        body.put("languages", List.of());
        api().header("Accept-Language", "en-GB,en;q=0.8")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/volunteers")
                .then()
                .statusCode(400)
                .body("title", equalTo("Bad request"))
                .body("errors.find { it.field == 'email' }.message", equalTo("is not a valid e-mail address"))
                .body("errors.field", hasItem("languages"));
    }

    @Test
    void missingPrivacyConsentOrAnOutdatedNoticeIsRefused() {
        Map<String, Object> body = signUpBody(uniqueEmail());
        body.remove("privacyNoticeVersion");
        signUp(body).then().statusCode(400).body("errors.field", hasItem("privacyNoticeVersion"));

        body.put("privacyNoticeVersion", 0);
        signUp(body)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("privacyNoticeVersion"))
                .body("errors[0].message", containsString("Version 1"));
    }

    @Test
    void aDuplicateEmailAnswers409AndLeavesTheFirstAccountAlone() {
        String email = signedUpVolunteer();
        Map<String, Object> again = signUpBody(email.toUpperCase(Locale.ROOT));
        again.put("password", "ein-anderes-Passwort-9");
        signUp(again)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"))
                .body("detail", equalTo("Mit dieser E-Mail-Adresse ist bereits ein Konto angelegt."));

        api().auth()
                .preemptive()
                .basic(email, PASSWORD)
                .get("/api/v1/volunteers/me")
                .then()
                .statusCode(200);
        api().auth()
                .preemptive()
                .basic(email, "ein-anderes-Passwort-9")
                .get("/api/v1/volunteers/me")
                .then()
                .statusCode(401);
    }

    @Test
    void concurrentSignUpsWithOneEmailCreateExactlyOneAccount() throws Exception {
        String email = uniqueEmail();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                attempts.add(() -> signUp(signUpBody(email)).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(attempts, 60, TimeUnit.SECONDS)) {
                statuses.add(result.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses " + statuses);
            assertEquals(3, statuses.stream().filter(s -> s == 409).count(), "statuses " + statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedSignUpSavesNothing() {
        String email = uniqueEmail();
        Map<String, Object> body = signUpBody(email);
        body.put("languages", List.of("de", "zz"));
        signUp(body).then().statusCode(400);
        api().auth()
                .preemptive()
                .basic(email, PASSWORD)
                .get("/api/v1/volunteers/me")
                .then()
                .statusCode(401);

        signUp(signUpBody(email)).then().statusCode(201);
    }

    @Test
    void malformedOrMistypedBodiesAnswer400AndTheWrongMediaType415() {
        api().contentType(ContentType.JSON)
                .body("{\"firstName\": ")
                .post("/api/v1/volunteers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-request"));
        api().contentType(ContentType.JSON)
                .body("{\"languages\": \"de\", \"privacyNoticeVersion\": \"eins\"}")
                .post("/api/v1/volunteers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        api().contentType(ContentType.JSON)
                .body("null")
                .post("/api/v1/volunteers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("body"));
        api().contentType(ContentType.TEXT)
                .body("Ayşe")
                .post("/api/v1/volunteers")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }
}
