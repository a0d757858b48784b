package org.quartiersnetz.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Browser;
import org.quartiersnetz.it.support.MailServer;
import org.quartiersnetz.it.support.TestDatabase;

/**
 * The lockout: five failed sign-ins for one address within 15 minutes lock it for 15 minutes,
 * on the page and the API; addresses without an account behave exactly alike.
 */
class LoginLockoutIT extends BlackBoxTest {

    private static final String WRONG = "falsches-Passwort-123";

    /** Shiro's default cost (64 MiB, one pass, four lanes), as production stores it. */
    private static final String PASSWORD_AT_DEFAULT_COST = "$shiro2$argon2id$v=19$t=1,m=65536,p=4$"
            + "74+MDVqjP+ITt0T3EWULrg$Lmol2j9HelJrTG8oRfOLn1mbZ6s3wf+29hZqJJ/BoP4";

    @Test
    void aPasswordStoredAtAnotherCostIsStoredAgainAtTheConfiguredOneWhenItsOwnerSignsIn() {
        assumeTrue(TestDatabase.isPostgresql(), "writes the hash into the database directly");
        String email = signedUpVolunteer();
        TestDatabase.storePasswordHash(email, PASSWORD_AT_DEFAULT_COST);
        me(email, WRONG).then().statusCode(401);
        assertEquals(PASSWORD_AT_DEFAULT_COST, TestDatabase.passwordHashOf(email), "a wrong password changes nothing");

        me(email, PASSWORD).then().statusCode(200);
        String rehashed = TestDatabase.passwordHashOf(email);
        assertTrue(rehashed.startsWith("$shiro2$argon2id$v=19$t=1,m=1024,p=1$"), rehashed);
        me(email, PASSWORD).then().statusCode(200);
        assertEquals(rehashed, TestDatabase.passwordHashOf(email), "stored once");
    }

    @Test
    void theFifthFailureLocksEvenTheRightPasswordOutAndAResetLiftsTheLock() {
        String email = signedUpVolunteer();
        for (int i = 1; i <= 4; i++) {
            me(email, WRONG).then().statusCode(401).body("type", endsWith("/unauthorized"));
        }
        me(email, WRONG)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", endsWith("/account-locked"))
                .body("detail", containsString("für 15 Minuten gesperrt"));
        me(email, PASSWORD)
                .then()
                .statusCode(401)
                .body("type", endsWith("/account-locked"))
                .body("detail", containsString("Minuten gesperrt"));
        api().header("Accept-Language", "en")
                .auth()
                .preemptive()
                .basic(email, PASSWORD)
                .get("/api/v1/volunteers/me")
                .then()
                .statusCode(401)
                .body("detail", containsString("locked for"));

        requestPasswordReset(email);
        resetPassword(MailServer.tokenOf(MailServer.awaitLink(email, 1, RESET_PAGE)), "ein-neues-Passwort-2027")
                .then()
                .statusCode(204);
        me(email, "ein-neues-Passwort-2027").then().statusCode(200);
    }

    @Test
    void aSuccessfulSignInStartsTheCountAnew() {
        String email = signedUpVolunteer();
        for (int i = 0; i < 4; i++) {
            me(email, WRONG).then().statusCode(401);
        }
        me(email, PASSWORD).then().statusCode(200);
        for (int i = 0; i < 4; i++) {
            me(email, WRONG).then().statusCode(401).body("type", endsWith("/unauthorized"));
        }
        me(email, PASSWORD).then().statusCode(200);
    }

    @Test
    void anAddressWithoutAccountIsLockedAlikeSoTheLockTellsNothing() {
        String unknown = uniqueEmail();
        for (int i = 1; i <= 4; i++) {
            me(unknown, WRONG).then().statusCode(401).body("type", endsWith("/unauthorized"));
        }
        me(unknown, WRONG)
                .then()
                .statusCode(401)
                .body("type", endsWith("/account-locked"))
                .body("detail", containsString("für 15 Minuten gesperrt"));
        me(unknown, PASSWORD).then().statusCode(401).body("type", endsWith("/account-locked"));
    }

    @Test
    void theSignInPageSaysSoClearlyAndPointsToTheReset() throws IOException {
        String email = signedUpVolunteer();
        Browser browser = new Browser(url(""), null);
        Document page = browser.open("/login.xhtml");
        for (int i = 1; i <= 4; i++) {
            page = browser.form(page, "login")
                    .set("email", email)
                    .set("password", WRONG)
                    .submit("submit");
            assertTrue(page.text().contains("E-Mail-Adresse oder Passwort stimmen nicht."), page.text());
        }
        page = browser.form(page, "login")
                .set("email", email)
                .set("password", WRONG)
                .submit("submit");
        String message = page.select("#messages").text();
        assertTrue(message.contains("Zu viele fehlgeschlagene Anmeldeversuche"), message);
        assertTrue(message.contains("für 15 Minuten gesperrt"), message);
        assertTrue(message.contains("Passwort vergessen?"), message);
        assertEquals("Passwort vergessen?", page.getElementById("forgot").text());

        page = browser.form(page, "login")
                .set("email", email)
                .set("password", PASSWORD)
                .submit("submit");
        assertTrue(browser.lastResponse().url().getPath().endsWith("/login.xhtml"), "not signed in while locked");
        assertTrue(page.select("#messages").text().contains("gesperrt"));
        assertFalse(page.text().contains(PASSWORD));
    }

    @Test
    void englishPagesSayItInEnglish() throws IOException {
        String unknown = uniqueEmail();
        Browser browser = new Browser(url(""), "en");
        Document page = browser.open("/login.xhtml");
        for (int i = 1; i <= 5; i++) {
            page = browser.form(page, "login")
                    .set("email", unknown)
                    .set("password", WRONG)
                    .submit("submit");
        }
        String message = page.select("#messages").text();
        assertTrue(message.contains("locked for 15 minutes"), message);
        assertTrue(message.contains("Forgot your password?"), message);
    }

    @Test
    void failuresArrivingInParallelAreAllCounted() throws Exception {
        String email = signedUpVolunteer();
        ExecutorService parallel = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(parallel.submit(() -> me(email, WRONG).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(401, answer.get(1, TimeUnit.MINUTES), "refused, never a 500");
            }
        } finally {
            parallel.shutdownNow();
        }
        // eight failures at once count eight times, so five of them locked the address
        me(email, PASSWORD).then().statusCode(401).body("type", endsWith("/account-locked"));
    }
}
