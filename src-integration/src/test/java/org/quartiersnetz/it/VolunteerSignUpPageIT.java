package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Browser;
import org.quartiersnetz.it.support.MailServer;

/**
 * The public sign-up page, the sign-in page and "my profile", through their real forms, with the
 * e-mail address confirmed by the link in the real confirmation mail.
 */
class VolunteerSignUpPageIT extends BlackBoxTest {

    private static final List<String> FIELDS = List.of("firstName", "lastName", "email", "password", "phone");

    @Test
    void signUpPageRendersInGermanWithLabelsAndItsResources() throws IOException {
        Browser browser = new Browser(url(""), null);
        Document page = browser.open("/volunteer/signup.xhtml");

        assertEquals(200, browser.lastResponse().statusCode());
        assertEquals("de", page.selectFirst("html").attr("lang"));
        assertEquals("Als Ehrenamtliche/r mitmachen – Quartiersnetz", page.title());
        assertEquals(1, page.select("h1").size());
        assertNotNull(page.selectFirst("main#main"));
        assertNotNull(page.selectFirst("meta[name=viewport]"));
        for (String field : FIELDS) {
            Element input = page.getElementById("signup:" + field);
            assertNotNull(input, field);
            assertNotNull(page.selectFirst("label[for=signup:" + field + "]"), "label of " + field);
        }
        assertNotNull(page.selectFirst("label[for=signup:languages_focus]"), "label of languages");
        assertNotNull(page.selectFirst("label[for=signup:consent_input]"), "label of consent");
        assertEquals("email", page.getElementById("signup:email").attr("autocomplete"));
        assertEquals("new-password", page.getElementById("signup:password").attr("autocomplete"));
        assertTrue(page.text().contains("Datenschutzhinweis für Ehrenamtliche"), "privacy notice shown");
        assertTrue(page.select("input[name=signup:languages]").stream()
                .anyMatch(i -> i.val().equals("tr")));

        List<String> stylesheets = page.select("link[rel=stylesheet]").eachAttr("href");
        assertTrue(
                stylesheets.get(stylesheets.size() - 1).contains("quartiersnetz.css"),
                "own stylesheet loads last: " + stylesheets);
        for (String resource : concat(stylesheets, page.select("script[src]").eachAttr("src"))) {
            Connection.Response response = browser.fetch(resource);
            assertEquals(200, response.statusCode(), resource);
            assertTrue(response.bodyAsBytes().length > 100, resource + " has content");
        }
    }

    @Test
    void signUpPageSpeaksEnglishWhenTheBrowserAsks() throws IOException {
        Document page = new Browser(url(""), "en-US,en;q=0.9").open("/volunteer/signup.xhtml");
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("Become a volunteer – Quartiersnetz", page.title());
        assertTrue(page.selectFirst("label[for=signup:firstName]").text().startsWith("First name"));
        assertTrue(page.text().contains("Privacy notice for volunteers"));
    }

    @Test
    void anEmptyFormShowsAMessageNextToEachRequiredFieldAndSavesNothing() throws IOException {
        Browser browser = new Browser(url(""), null);
        Browser.Form form = browser.form(browser.open("/volunteer/signup.xhtml"), "signup");
        Document page =
                form.set("email", "keine-adresse").set("password", "kurz").submit("submit");

        assertEquals(200, browser.lastResponse().statusCode());
        assertEquals("darf nicht leer sein", messageNextTo(page, "firstName"));
        assertEquals("darf nicht leer sein", messageNextTo(page, "lastName"));
        assertEquals("ist keine gültige E-Mail-Adresse", messageNextTo(page, "email"));
        assertTrue(messageNextTo(page, "password").contains("10"), messageNextTo(page, "password"));
        assertEquals("Bitte mindestens eine Angabe wählen", messageNextTo(page, "languages"));
        assertEquals("Bitte willigen Sie in den Datenschutzhinweis ein.", messageNextTo(page, "consent"));
        assertEquals("", messageNextTo(page, "phone"));
        assertEquals("true", page.getElementById("signup:email").attr("aria-invalid"));
        assertEquals("keine-adresse", page.getElementById("signup:email").val(), "input is kept");
        assertEquals("", page.getElementById("signup:password").val(), "a password is never sent back");
    }

    @Test
    void messagesAreEnglishForAnEnglishBrowser() throws IOException {
        Browser browser = new Browser(url(""), "en");
        Document page =
                browser.form(browser.open("/volunteer/signup.xhtml"), "signup").submit("submit");
        assertEquals("must not be empty", messageNextTo(page, "firstName"));
        assertEquals("Please agree to the privacy notice.", messageNextTo(page, "consent"));
    }

    @Test
    void signUpSignInAndSeeTheProfile() throws IOException {
        String email = uniqueEmail();
        Browser browser = new Browser(url(""), null);
        Document login = fillSignUp(browser, email).submit("submit");

        assertTrue(browser.lastResponse().url().getPath().endsWith("/login.xhtml"), "redirected to sign-in");
        assertTrue(login.text().contains("Willkommen, Ayşe!"), login.text());
        assertTrue(login.text().contains("Bitte bestätigen Sie Ihre E-Mail-Adresse"), login.text());

        Document refused = browser.form(login, "login")
                .set("email", email)
                .set("password", PASSWORD)
                .submit("submit");
        assertTrue(refused.text().contains("Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse"), refused.text());
        assertNotNull(refused.getElementById("resend"), "a way to have the mail sent again");

        String link = MailServer.awaitLink(email, 1, CONFIRM_PAGE);
        Document confirmed = browser.open(link.substring(url("").length()));
        assertTrue(confirmed.text().contains("Ihre E-Mail-Adresse ist bestätigt"), confirmed.text());

        Document profile = browser.form(browser.open("/login.xhtml"), "login")
                .set("email", email)
                .set("password", PASSWORD)
                .submit("submit");
        assertTrue(browser.lastResponse().url().getPath().endsWith("/volunteer/profile.xhtml"));
        assertEquals("Ayşe Yılmaz", profile.getElementById("name").text());
        assertEquals(email, profile.getElementById("email").text());
        assertEquals("beworben", profile.getElementById("status").text());
        assertTrue(
                profile.getElementById("languages").text().contains("Türkisch (Türkçe)"),
                profile.getElementById("languages").text());

        api().auth()
                .preemptive()
                .basic(email, PASSWORD)
                .get("/api/v1/volunteers/me")
                .then()
                .statusCode(200);
    }

    @Test
    void aTakenEmailIsShownNextToTheEmailField() throws IOException {
        String email = signedUpVolunteer();
        Browser browser = new Browser(url(""), null);
        Document page = fillSignUp(browser, email).submit("submit");
        assertEquals("Mit dieser E-Mail-Adresse ist bereits ein Konto angelegt.", messageNextTo(page, "email"));
    }

    @Test
    void theProfileAsksForSignInAndAWrongPasswordIsRefusedClearly() throws IOException {
        String email = signedUpVolunteer();
        Browser browser = new Browser(url(""), null);
        Document login = browser.open("/volunteer/profile.xhtml");
        assertTrue(browser.lastResponse().url().getPath().endsWith("/login.xhtml"));

        Document again = browser.form(login, "login")
                .set("email", email)
                .set("password", "falsch-falsch-falsch")
                .submit("submit");
        assertTrue(again.text().contains("E-Mail-Adresse oder Passwort stimmen nicht."), again.text());
        assertFalse(again.text().contains(email + " "), "no account details on a failed sign-in");

        Document profile = browser.form(again, "login")
                .set("email", email)
                .set("password", PASSWORD)
                .submit("submit");
        assertTrue(
                browser.lastResponse().url().getPath().endsWith("/volunteer/profile.xhtml"),
                "back to the page first asked for");
        assertEquals(email, profile.getElementById("email").text());
    }

    private Browser.Form fillSignUp(Browser browser, String email) throws IOException {
        return browser.form(browser.open("/volunteer/signup.xhtml"), "signup")
                .set("firstName", "Ayşe")
                .set("lastName", "Yılmaz")
                .set("email", email)
                .set("password", PASSWORD)
                .set("phone", "0214 123456")
                .check("languages", "tr")
                .check("languages", "de")
                .check("consent_input", "on");
    }

    /** The text of the message shown in the same field block as the input. */
    private static String messageNextTo(Document page, String field) {
        Element input = page.getElementById("signup:" + field);
        if (input == null) {
            input = page.getElementById("signup:" + field + "_input");
        }
        assertNotNull(input, "input " + field);
        Element block = input.closest(".qn-field");
        assertNotNull(block, "field block of " + field);
        Element message = block.selectFirst(".ui-message-error-detail");
        return message == null ? "" : message.text();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
