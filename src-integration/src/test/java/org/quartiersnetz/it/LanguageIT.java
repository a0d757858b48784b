package org.quartiersnetz.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Browser;
import org.quartiersnetz.it.support.MailServer;
import org.quartiersnetz.it.support.Tasks;

/**
 * The platform's languages from outside: Arabic pages right to left, a language chosen with the
 * switch kept in every link (also without a session), remembered for a volunteer so that their
 * pages and mails follow it, staff pages only in German or English, API problems in the caller's
 * language, and texts staff write in every language with German where none is given.
 */
class LanguageIT extends BlackBoxTest {

    @Test
    void arabicPagesAreWrittenFromRightToLeft() throws IOException {
        Document signUp = new Browser(url(""), "ar").open("/volunteer/signup.xhtml");
        Element html = signUp.selectFirst("html");
        assertEquals("ar", html.attr("lang"));
        assertEquals("rtl", html.attr("dir"));
        assertTrue(
                isArabic(signUp.selectFirst("h1").text()),
                signUp.selectFirst("h1").text());
        assertTrue(isArabic(signUp.selectFirst("#notice-title").text()), "the privacy notice in Arabic");
        Document german = new Browser(url(""), "de").open("/volunteer/signup.xhtml");
        assertEquals("ltr", german.selectFirst("html").attr("dir"));
        assertEquals("de", german.selectFirst("html").attr("lang"));
    }

    @Test
    void everyPageNamesEachLanguageInItselfAndMarksTheCurrentOne() throws IOException {
        Document board = new Browser(url(""), "ru").open("/board.xhtml");
        List<String> names = board.select("nav.qn-languages a").eachText();
        assertEquals(List.of("Deutsch", "English", "Türkçe", "العربية", "Русский"), names);
        Element current = board.selectFirst("nav.qn-languages a[aria-current=true]");
        assertEquals("ru", current.attr("lang"));
        assertTrue(board.selectFirst("nav.qn-languages a[lang=ar]").attr("href").contains("lang=ar"));
    }

    @Test
    void aLanguageChosenOnThePublicPagesStaysInTheirLinksWithoutASession() throws IOException {
        long task = publishedTask(Tasks.cafe("Sprachtest " + UUID.randomUUID()));
        Browser browser = new Browser(url(""), null);
        Document board = browser.open("/board.xhtml?lang=tr");
        assertEquals("tr", board.selectFirst("html").attr("lang"));
        assertEquals("tr", board.selectFirst("#filter input[name=lang]").val(), "the filter keeps the language");
        List<String> links = board.select("a[href*=opportunity.xhtml?id=]").eachAttr("href");
        assertFalse(links.isEmpty());
        assertTrue(links.stream().allMatch(href -> href.endsWith("&lang=tr")), links.toString());
        assertTrue(board.select("header .qn-nav a[href*=offers]").attr("href").contains("lang=tr"));

        // a shared link, opened by someone else: no session, only the address
        Document opportunity = new Browser(url(""), "de").open("/opportunity.xhtml?id=" + task + "&lang=tr");
        assertEquals("tr", opportunity.selectFirst("html").attr("lang"));
        assertTrue(opportunity.selectFirst("#interest, #book").attr("href").contains("lang=tr"));
        Document offers = browser.open(
                opportunity.select("header .qn-nav a[href*=offers]").attr("href"));
        assertEquals("tr", offers.selectFirst("html").attr("lang"));
    }

    @Test
    void staffPagesSpeakOnlyGermanOrEnglish() throws IOException {
        Browser arabic = signedIn(CARITAS_STAFF);
        Document tasks = arabic.open("/staff/tasks.xhtml?lang=ar");
        assertEquals("de", tasks.selectFirst("html").attr("lang"));
        assertEquals("ltr", tasks.selectFirst("html").attr("dir"));
        assertEquals(
                List.of("Deutsch", "English"),
                tasks.select("nav.qn-languages a").eachText());
        assertEquals(
                "en",
                arabic.open("/staff/tasks.xhtml?lang=en").selectFirst("html").attr("lang"));
        assertEquals("en", arabic.open("/staff/tasks.xhtml").selectFirst("html").attr("lang"), "the choice stays");
    }

    @Test
    void aVolunteersChoiceIsRememberedAndTheirMailsFollowIt() throws IOException {
        String email = signedUpVolunteer();
        Browser first = signedIn(email, PASSWORD);
        assertEquals(
                "de", first.open("/volunteer/profile.xhtml").selectFirst("html").attr("lang"));
        Document russian = first.open("/volunteer/profile.xhtml?lang=ru");
        assertEquals("ru", russian.selectFirst("html").attr("lang"));
        assertEquals(
                "ru", first.open("/volunteer/courses.xhtml").selectFirst("html").attr("lang"));

        Browser later = new Browser(url(""), "de");
        later.form(later.open("/login.xhtml"), "login")
                .set("email", email)
                .set("password", PASSWORD)
                .submit("submit");
        assertEquals(
                "ru",
                later.open("/volunteer/profile.xhtml").selectFirst("html").attr("lang"),
                "another session, a German browser: the account's language");

        requestPasswordReset(email);
        String link = MailServer.awaitLink(email, 1, RESET_PAGE);
        assertTrue(link.endsWith("&lang=ru"), "the link opens in Russian: " + link);
        MimeMessage mail = MailServer.mailsTo(email).stream()
                .filter(m -> MailServer.text(m).contains(RESET_PAGE))
                .findFirst()
                .orElseThrow();
        assertTrue(isCyrillic(MailServer.text(mail)), MailServer.text(mail));
        Document reset = new Browser(url(""), "de").open(link.substring(link.indexOf("/account/")));
        assertEquals("ru", reset.selectFirst("html").attr("lang"));
    }

    @Test
    void aSignUpInArabicGetsItsConfirmationMailInArabic() {
        String email = uniqueEmail();
        api().header("Accept-Language", "ar")
                .contentType(ContentType.JSON)
                .body(signUpBody(email))
                .post("/api/v1/volunteers")
                .then()
                .statusCode(201);
        String link = MailServer.awaitLink(email, 1, CONFIRM_PAGE);
        assertTrue(link.endsWith("&lang=ar"), link);
        String text = MailServer.text(MailServer.mailsTo(email).get(0));
        assertTrue(isArabic(text), text);
    }

    @Test
    void apiProblemsSpeakTheCallersLanguage() {
        Map<String, Object> body = signUpBody("keine-adresse");
        String detail = api().header("Accept-Language", "ar")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/volunteers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .extract()
                .asString();
        assertTrue(isArabic(detail), detail);
        String turkish = api().header("Accept-Language", "tr")
                .get("/api/v1/board/999999999")
                .then()
                .statusCode(404)
                .extract()
                .path("title");
        String german = api().header("Accept-Language", "de")
                .get("/api/v1/board/999999999")
                .then()
                .statusCode(404)
                .extract()
                .path("title");
        assertFalse(turkish.isBlank());
        assertFalse(turkish.equals(german), "Turkish: " + turkish + ", German: " + german);
    }

    @Test
    void staffWriteTheTextsOfATaskInEveryLanguageAndReadersGetGermanWhereNoneIsGiven() throws IOException {
        Map<String, Object> body = Tasks.cafe("Elterncafé Sprachen " + UUID.randomUUID());
        body.put(
                "translations",
                Map.of(
                        "tr", Map.of("title", "Ebeveyn kafesinde yardım", "description", "Çay demleyin."),
                        "ar", Map.of("title", "المساعدة في مقهى الآباء", "description", "حضّروا الشاي.")));
        long task = publishedTask(body);
        as(CARITAS_STAFF)
                .get("/api/v1/tasks/" + task)
                .then()
                .body("translations.tr.title", equalTo("Ebeveyn kafesinde yardım"))
                .body("translations", org.hamcrest.Matchers.not(hasKey("ru")));

        assertEquals("Ebeveyn kafesinde yardım", titleOf(task, "tr"));
        assertEquals("المساعدة في مقهى الآباء", titleOf(task, "ar"));
        assertEquals(body.get("titleDe"), titleOf(task, "ru"), "no Russian text: German");

        body.put("translations", Map.of("fr", Map.of("title", "Café des parents")));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/tasks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theKindsOfTaskAreNamedInEveryLanguage() throws IOException {
        Document board = new Browser(url(""), "ar").open("/board.xhtml");
        assertTrue(
                board.select("#type option").eachText().contains("مرافقة أسرة"),
                board.select("#type").text());
        Document russian = new Browser(url(""), "ru").open("/board.xhtml");
        assertTrue(russian.select("#type option").eachText().contains("Наставничество для семьи"));
    }

    private String titleOf(long task, String language) throws IOException {
        return new Browser(url(""), language)
                .open("/opportunity.xhtml?id=" + task)
                .selectFirst("h1")
                .text();
    }

    private static boolean isArabic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    private static boolean isCyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }
}
