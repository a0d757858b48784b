package org.quartiersnetz.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Browser;
import org.quartiersnetz.it.support.MailServer;
import org.quartiersnetz.it.support.TestDatabase;

/**
 * Double opt-in: the confirmation mail as the real SMTP server receives it, confirming through
 * the page and the API, refused sign-ins before that, and every kind of link that must not work.
 */
class EmailConfirmationIT extends BlackBoxTest {

    @Test
    void signUpMailConfirmOnThePageThenSignIn() throws IOException {
        String email = uniqueEmail();
        signUp(signUpBody(email)).then().statusCode(201).body("status", equalTo("APPLIED"));

        MimeMessage mail = MailServer.awaitMail(email, 1);
        assertEquals("Bitte bestätigen Sie Ihre E-Mail-Adresse", MailServer.subject(mail));
        assertEquals("noreply@quartiersnetz.example", MailServer.sender(mail));
        String link = MailServer.linkIn(mail, CONFIRM_PAGE);
        assertTrue(link.startsWith(url(CONFIRM_PAGE)), "links point at QN_PUBLIC_URL: " + link);
        assertTrue(MailServer.text(mail).contains("Der Link gilt 48 Stunden."), MailServer.text(mail));
        assertTrue(MailServer.tokenOf(link).matches("[A-Za-z0-9_-]{43}"), "256 random bits, URL-safe");

        me(email, PASSWORD).then().statusCode(401);

        Browser browser = new Browser(url(""), null);
        Document page = browser.open(link.substring(url("").length()));
        assertEquals(200, browser.lastResponse().statusCode());
        assertEquals("E-Mail-Adresse bestätigen – Quartiersnetz", page.title());
        assertTrue(page.text().contains("Vielen Dank! Ihre E-Mail-Adresse ist bestätigt."), page.text());
        assertNull(page.getElementById("resend"), "no offer of a new mail once confirmed");

        me(email, PASSWORD).then().statusCode(200).body("status", equalTo("APPLIED"));
        assertEquals(1, MailServer.mailsTo(email).size(), "one mail, sent once");
    }

    @Test
    void theMailSpeaksTheLanguageOfTheSignUp() {
        String email = uniqueEmail();
        api().header("Accept-Language", "en-GB,en;q=0.9")
                .contentType(ContentType.JSON)
                .body(signUpBody(email))
                .post("/api/v1/volunteers")
                .then()
                .statusCode(201);
        MimeMessage mail = MailServer.awaitMail(email, 1);
        assertEquals("Please confirm your e-mail address", MailServer.subject(mail));
        assertTrue(MailServer.text(mail).contains("The link is valid for 48 hours."), MailServer.text(mail));

        requestPasswordReset(email);
        assertEquals(
                "New password for the Quartiersnetz",
                MailServer.subject(MailServer.awaitMail(email, 2)),
                "later mails too: the language is stored with the account");
    }

    @Test
    void anUnconfirmedAccountCannotSignInAndOnlyTheRightPasswordLearnsWhy() throws IOException {
        String email = uniqueEmail();
        signUp(signUpBody(email)).then().statusCode(201);

        me(email, PASSWORD)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", endsWith("/email-unconfirmed"))
                .body("detail", containsString("noch nicht bestätigt"));
        me(email, "falsches-Passwort-123")
                .then()
                .statusCode(401)
                .body("type", endsWith("/unauthorized"))
                .body("detail", not(containsString("bestätigt")));

        Browser browser = new Browser(url(""), null);
        Document refused = browser.form(browser.open("/login.xhtml"), "login")
                .set("email", email)
                .set("password", PASSWORD)
                .submit("submit");
        assertTrue(browser.lastResponse().url().getPath().endsWith("/login.xhtml"), "not signed in");
        assertTrue(refused.text().contains("Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse"), refused.text());
        assertNotNull(refused.getElementById("resend"), "a way to have the mail sent again");
        browser.open("/volunteer/profile.xhtml");
        assertTrue(browser.lastResponse().url().getPath().endsWith("/login.xhtml"), "still not signed in");
    }

    @Test
    void theMailCanBeSentAgainAndEitherLinkConfirms() throws IOException {
        String email = uniqueEmail();
        signUp(signUpBody(email)).then().statusCode(201);
        String first = MailServer.awaitLink(email, 1, CONFIRM_PAGE);

        Browser browser = new Browser(url(""), null);
        Document page = browser.form(browser.open("/account/resend-confirmation.xhtml"), "resend")
                .set("email", email)
                .submit("submit");
        assertTrue(
                page.text().contains("Falls zu dieser Adresse ein noch nicht bestätigtes Konto gehört"), page.text());
        String second = MailServer.awaitLink(email, 2, CONFIRM_PAGE);
        assertFalse(first.equals(second), "a new token");

        confirm(MailServer.tokenOf(second)).then().statusCode(204);
        confirm(MailServer.tokenOf(first)).then().statusCode(410);
        me(email, PASSWORD).then().statusCode(200);
    }

    @Test
    void aResendForAnUnknownOrConfirmedAddressLooksTheSameAndSendsNothing() throws IOException {
        String unknown = uniqueEmail();
        String confirmed = signedUpVolunteer();
        String unconfirmed = uniqueEmail();
        signUp(signUpBody(unconfirmed)).then().statusCode(201);
        MailServer.awaitMail(unconfirmed, 1);

        for (String email : new String[] {unknown, confirmed, unconfirmed}) {
            api().contentType(ContentType.JSON)
                    .body(Map.of("email", email))
                    .post("/api/v1/account/confirmation-mails")
                    .then()
                    .statusCode(202);
        }
        assertEquals(
                answerOfMailForm("/account/resend-confirmation.xhtml", "resend", unknown),
                answerOfMailForm("/account/resend-confirmation.xhtml", "resend", confirmed));

        MailServer.awaitMails(unconfirmed, 2);
        assertEquals(0, MailServer.mailsTo(unknown).size());
        assertEquals(1, MailServer.mailsTo(confirmed).size(), "only the first confirmation mail");

        api().contentType(ContentType.JSON)
                .body(Map.of("email", "keine-adresse"))
                .post("/api/v1/account/confirmation-mails")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void aUsedLinkAnswers410AndThePageSaysTheAddressIsConfirmed() throws IOException {
        String email = uniqueEmail();
        signUp(signUpBody(email)).then().statusCode(201);
        String link = MailServer.awaitLink(email, 1, CONFIRM_PAGE);
        confirm(MailServer.tokenOf(link)).then().statusCode(204);

        confirm(MailServer.tokenOf(link))
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("type", endsWith("/gone"))
                .body("detail", containsString("bereits bestätigt"));
        Document page = new Browser(url(""), null).open(link.substring(url("").length()));
        assertTrue(page.text().contains("Ihre E-Mail-Adresse ist bereits bestätigt"), page.text());
        assertNull(page.getElementById("resend"), "no offer of a new mail for a confirmed address");
    }

    @Test
    void unknownMalformedOrMissingTokensAnswer400() throws IOException {
        confirm("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("token"))
                .body("detail", containsString("ungültig"));
        confirm("kurz").then().statusCode(400).body("errors[0].field", equalTo("token"));
        confirm("").then().statusCode(400).body("errors[0].field", equalTo("token"));
        api().contentType(ContentType.JSON)
                .body("null")
                .post("/api/v1/account/confirmations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("body"));

        Browser browser = new Browser(url(""), null);
        Document noToken = browser.open("/account/confirm.xhtml");
        assertEquals(200, browser.lastResponse().statusCode());
        assertTrue(noToken.text().contains("Dieser Link ist ungültig"), noToken.text());
        assertNotNull(noToken.getElementById("resend"), "offers a new mail");
        Document badToken = browser.open("/account/confirm.xhtml?token=%27%20OR%201%3D1");
        assertTrue(badToken.text().contains("Dieser Link ist ungültig"), badToken.text());
    }

    @Test
    void aPasswordResetTokenDoesNotConfirm() {
        String email = uniqueEmail();
        signUp(signUpBody(email)).then().statusCode(201);
        requestPasswordReset(email);
        String resetToken = MailServer.tokenOf(MailServer.awaitLink(email, 1, RESET_PAGE));

        confirm(resetToken).then().statusCode(400).body("errors[0].field", equalTo("token"));
        me(email, PASSWORD).then().statusCode(401);
    }

    /** PostgreSQL pass only: the H2 file is held by Payara, so the test cannot age the token there. */
    @Test
    void anExpiredLinkAnswers410AndThePageOffersANewMail() throws IOException {
        assumeTrue(TestDatabase.isPostgresql(), "ages the token in the database directly");
        String email = uniqueEmail();
        signUp(signUpBody(email)).then().statusCode(201);
        String link = MailServer.awaitLink(email, 1, CONFIRM_PAGE);
        TestDatabase.expireTokensOf(email);

        confirm(MailServer.tokenOf(link)).then().statusCode(410).body("detail", containsString("abgelaufen"));
        Document page = new Browser(url(""), null).open(link.substring(url("").length()));
        assertTrue(page.text().contains("Dieser Bestätigungslink ist abgelaufen"), page.text());
        assertNotNull(page.getElementById("resend"), "offers a new mail");
        me(email, PASSWORD).then().statusCode(401);
    }
}
