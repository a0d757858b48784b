package org.quartiersnetz.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Map;
import org.hamcrest.Matchers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Browser;
import org.quartiersnetz.it.support.MailServer;

/**
 * "Forgot password" end to end through the real mail: the neutral answer, the single-use link,
 * the new password working and the old one not, over the pages and the API.
 */
class PasswordResetIT extends BlackBoxTest {

    private static final String NEW_PASSWORD = "ein-neues-Passwort-2027";

    @Test
    void forgotPasswordOnThePagesThenSignInWithTheNewOne() throws IOException {
        String email = signedUpVolunteer();
        Browser browser = new Browser(url(""), null);
        Document login = browser.open("/login.xhtml");
        Element forgotLink = login.getElementById("forgot");
        assertNotNull(forgotLink, "the sign-in page links to the reset");
        assertEquals("Passwort vergessen?", forgotLink.text());

        Document forgot = browser.open(forgotLink.attr("href"));
        assertEquals("Passwort vergessen – Quartiersnetz", forgot.title());
        assertNotNull(forgot.selectFirst("label[for=forgot:email]"));
        Document answer =
                browser.form(forgot, "forgot").set("email", email.toUpperCase()).submit("submit");
        assertTrue(answer.text().contains("Falls zu dieser Adresse ein Konto gehört"), answer.text());

        MimeMessage mail = MailServer.awaitMail(email, 2);
        assertEquals("Neues Passwort für das Quartiersnetz", MailServer.subject(mail));
        assertTrue(MailServer.text(mail).contains("Der Link gilt 60 Minuten"), MailServer.text(mail));
        String link = MailServer.linkIn(mail, RESET_PAGE);
        assertTrue(link.startsWith(url(RESET_PAGE)), link);

        Document reset = browser.open(link.substring(url("").length()));
        assertEquals("Neues Passwort festlegen – Quartiersnetz", reset.title());
        assertEquals("new-password", reset.getElementById("reset:password").attr("autocomplete"));
        Document tooShort = browser.form(reset, "reset").set("password", "kurz").submit("submit");
        assertTrue(messageNextTo(tooShort, "reset:password").contains("10"), tooShort.text());

        Document signIn =
                browser.form(tooShort, "reset").set("password", NEW_PASSWORD).submit("submit");
        assertTrue(browser.lastResponse().url().getPath().endsWith("/login.xhtml"), "on to sign in");
        assertTrue(signIn.text().contains("Ihr neues Passwort ist gespeichert"), signIn.text());

        Document profile = browser.form(signIn, "login")
                .set("email", email)
                .set("password", NEW_PASSWORD)
                .submit("submit");
        assertTrue(browser.lastResponse().url().getPath().endsWith("/volunteer/profile.xhtml"), profile.text());
        me(email, PASSWORD).then().statusCode(401);

        Document again = new Browser(url(""), null).open(link.substring(url("").length()));
        assertNull(again.getElementById("reset"), "no form for a used link");
        assertTrue(again.text().contains("Dieser Link wurde bereits verwendet"), again.text());
        assertNotNull(again.getElementById("forgot"), "offers a new link");
    }

    @Test
    void resetOverTheApiTheTokenWorksOnce() {
        String email = signedUpVolunteer();
        requestPasswordReset(email);
        String token = MailServer.tokenOf(MailServer.awaitLink(email, 1, RESET_PAGE));

        resetPassword(token, NEW_PASSWORD).then().statusCode(204);
        me(email, NEW_PASSWORD).then().statusCode(200);
        me(email, PASSWORD).then().statusCode(401);

        resetPassword(token, "noch-ein-Passwort-2028")
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("type", endsWith("/gone"))
                .body("detail", containsString("bereits verwendet"));
        me(email, "noch-ein-Passwort-2028").then().statusCode(401);
        me(email, NEW_PASSWORD).then().statusCode(200);
    }

    @Test
    void aNewPasswordFollowsTheSignUpRuleAndABadOneUsesNothingUp() {
        String email = signedUpVolunteer();
        requestPasswordReset(email);
        String token = MailServer.tokenOf(MailServer.awaitLink(email, 1, RESET_PAGE));

        resetPassword(token, "kurz")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("password"))
                .body(Matchers.not(containsString("kurz")));
        api().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .put("/api/v1/account/password")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("password"));
        resetPassword(token, NEW_PASSWORD).then().statusCode(204);
    }

    @Test
    void onlyTheNewestLinkCountsOnceOneWasUsed() {
        String email = signedUpVolunteer();
        requestPasswordReset(email);
        requestPasswordReset(email);
        String first = MailServer.tokenOf(MailServer.awaitLink(email, 1, RESET_PAGE));
        String second = MailServer.tokenOf(MailServer.awaitLink(email, 2, RESET_PAGE));

        resetPassword(second, NEW_PASSWORD).then().statusCode(204);
        resetPassword(first, "noch-ein-Passwort-2028").then().statusCode(410);
        me(email, NEW_PASSWORD).then().statusCode(200);
    }

    @Test
    void unknownAddressesGetTheSameAnswerAndNoMail() throws IOException {
        String unknown = uniqueEmail();
        String known = signedUpVolunteer();

        api().contentType(ContentType.JSON)
                .body(Map.of("email", unknown))
                .post("/api/v1/account/password-resets")
                .then()
                .statusCode(202)
                .body(equalTo(""));
        String unknownAnswer = answerOfMailForm("/account/forgot-password.xhtml", "forgot", unknown);
        assertTrue(unknownAnswer.contains("Falls zu dieser Adresse ein Konto gehört"), unknownAnswer);
        assertEquals(unknownAnswer, answerOfMailForm("/account/forgot-password.xhtml", "forgot", known));

        MailServer.awaitMails(known, 2);
        assertEquals(0, MailServer.mailsTo(unknown).size(), "no mail to an address without an account");
    }

    @Test
    void somethingThatIsNoAddressIsRefused() throws IOException {
        api().contentType(ContentType.JSON)
                .body(Map.of("email", "keine-adresse"))
                .post("/api/v1/account/password-resets")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("email"));
        Browser browser = new Browser(url(""), null);
        Document page = browser.form(browser.open("/account/forgot-password.xhtml"), "forgot")
                .set("email", "keine-adresse")
                .submit("submit");
        assertEquals("ist keine gültige E-Mail-Adresse", messageNextTo(page, "forgot:email"));
    }

    @Test
    void unknownOrOtherPurposeTokensAreRefused() throws IOException {
        String email = uniqueEmail();
        signUp(signUpBody(email)).then().statusCode(201);
        String confirmationToken = MailServer.tokenOf(MailServer.awaitLink(email, 1, CONFIRM_PAGE));

        resetPassword(confirmationToken, NEW_PASSWORD).then().statusCode(400).body("errors[0].field", equalTo("token"));
        resetPassword("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", NEW_PASSWORD)
                .then()
                .statusCode(400);
        me(email, NEW_PASSWORD).then().statusCode(401);

        Browser browser = new Browser(url(""), null);
        Document page = browser.open(RESET_PAGE + confirmationToken);
        assertNull(page.getElementById("reset"), "no form");
        assertTrue(page.text().contains("Dieser Link ist ungültig"), page.text());
        assertNull(browser.open("/account/reset-password.xhtml").getElementById("reset"), "no form without token");
    }

    @Test
    void aResetAlsoConfirmsTheAddressItWasSentTo() {
        String email = uniqueEmail();
        signUp(signUpBody(email)).then().statusCode(201);
        requestPasswordReset(email);
        String token = MailServer.tokenOf(MailServer.awaitLink(email, 1, RESET_PAGE));

        resetPassword(token, NEW_PASSWORD).then().statusCode(204);
        me(email, NEW_PASSWORD).then().statusCode(200);
    }

    /** The text of the message in the same field block as the input. */
    static String messageNextTo(Document page, String inputId) {
        Element input = page.getElementById(inputId);
        assertNotNull(input, inputId);
        Element message = input.closest(".qn-field").selectFirst(".ui-message-error-detail");
        return message == null ? "" : message.text();
    }
}
