package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Browser;
import org.quartiersnetz.it.support.Chromium;
import org.quartiersnetz.it.support.Offers;

/** The public week of offers (plain GET, two languages, a phone) and the staff page that keeps them. */
class OfferPagesIT extends BlackBoxTest {

    @Test
    void anyoneSeesTheWeekGroupedByDayInTheirLanguage() throws IOException {
        LocalDate monday = Offers.mondayIn(4);
        String title = Offers.unique("Elterncafé");
        Map<String, Object> body =
                Offers.offer(Offers.CAFE_SITE, title, List.of(Offers.time(DayOfWeek.WEDNESDAY, "09:00", "12:00")));
        body.put("languages", List.of("ar", "de", "tr"));
        body.put("validFrom", monday.toString());
        body.put("validUntil", monday.plusDays(6).toString());
        as(BERATUNGSSTELLE_STAFF)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/offers")
                .then()
                .statusCode(201);

        Browser anonymous = new Browser(url(""), "de");
        Document week = anonymous.open("/offers.xhtml?date=" + monday.plusDays(4));
        assertEquals(200, anonymous.lastResponse().statusCode());
        assertTrue(week.title().startsWith("Diese Woche im Quartier"), week.title());
        assertFalse(week.select("meta[name=description]").attr("content").isBlank(), "a meta description");
        assertEquals(1, week.select("h1").size());
        String wednesday = "day-" + monday.plusDays(2);
        assertNotNull(week.getElementById(wednesday), "days are headed by their date");
        String day = week.getElementById(wednesday).closest("section").text();
        assertTrue(
                day.contains(title)
                        && day.contains("09:00–12:00")
                        && day.contains("Beratungsstelle")
                        && day.contains("Elterncafé")
                        && day.contains("Türkisch")
                        && day.contains("Arabisch"),
                day);
        assertTrue(
                week.getElementById("next").attr("href").endsWith("?date=" + monday.plusDays(7)),
                week.getElementById("next").attr("href"));
        assertTrue(week.getElementById("previous").attr("href").endsWith("?date=" + monday.minusDays(7)));
        Document next = anonymous.open("/offers.xhtml?date=" + monday.plusDays(7));
        assertFalse(next.text().contains(title), "only valid in its week");

        Browser english = new Browser(url(""), "en");
        Document inEnglish = english.open("/offers.xhtml?date=" + monday);
        assertTrue(inEnglish.title().startsWith("This week in the neighbourhood"), inEnglish.title());
        assertTrue(
                inEnglish.text().contains(title) && inEnglish.text().contains("Turkish"),
                "German title as fallback, language names in English");

        anonymous.open("/offers.xhtml?date=kaputt");
        assertEquals(200, anonymous.lastResponse().statusCode(), "a wrong date shows this week");
        assertTrue(
                anonymous.open("/index.xhtml").select("a[href*=offers.xhtml]").size() >= 1, "linked from home");
    }

    @Test
    void staffAddAnOfferOnTheirPageAndOthersCannotOpenIt() throws IOException {
        Browser staff = signedIn(CARITAS_STAFF, DEMO_PASSWORD);
        Document page = staff.open("/staff/offers.xhtml");
        assertEquals(200, staff.lastResponse().statusCode());
        assertEquals("200", page.select("#offer\\:titleDe").attr("maxlength"));
        String title = Offers.unique("Nähcafé");
        Document wrong = staff.form(page, "offer")
                .set("site_input", "1")
                .set("titleDe", title)
                .set("descriptionDe", "Gemeinsam nähen.")
                .set("times:0:day_input", "THURSDAY")
                .set("times:0:start", "14:00")
                .set("times:0:end", "13:00")
                .submit("submit");
        assertTrue(
                wrong.getElementById("offer:times:0:end")
                        .closest(".qn-field")
                        .text()
                        .contains("nach dem Beginn"),
                wrong.select("main").text());
        Document added = staff.form(wrong, "offer").set("times:0:end", "16:00").submit("submit");
        assertTrue(
                added.text().contains("Das Angebot „" + title + "“ ist angelegt."),
                added.select("main").text());
        assertTrue(added.select("#list\\:table").text().contains(title));
        api().get("/api/v1/offers").then().body("titleDe", Matchers.hasItem(title));

        Browser volunteer = signedIn(signedUpVolunteer(), PASSWORD);
        volunteer.open("/staff/offers.xhtml");
        assertEquals(404, volunteer.lastResponse().statusCode());
        Browser anonymous = new Browser(url(""), null);
        anonymous.open("/staff/offers.xhtml");
        assertTrue(anonymous.lastResponse().url().getPath().endsWith("/login.xhtml"));
    }

    @Test
    void theWeekIsAccessibleOnAPhone() {
        try (Chromium phone = Chromium.phone()) {
            phone.driver().get(url("/offers.xhtml"));
            assertEquals("", phone.seriousViolations(), "axe on the week of offers");
            assertTrue(
                    phone.contentWidth() <= Chromium.PHONE_WIDTH,
                    "the week scrolls sideways on a phone: " + phone.contentWidth() + " px");
        }
    }
}
