package org.quartiersnetz.it;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quartiersnetz.it.support.Offers.CAFE_SITE;
import static org.quartiersnetz.it.support.Offers.CARITAS_SITE;
import static org.quartiersnetz.it.support.Offers.JUGENDWERKE_SITE;
import static org.quartiersnetz.it.support.Offers.mondayIn;
import static org.quartiersnetz.it.support.Offers.offer;
import static org.quartiersnetz.it.support.Offers.time;
import static org.quartiersnetz.it.support.Offers.unique;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;

/** The carriers' offers: kept by their own staff, refused per field when wrong, shown week by week to all. */
class OfferIT extends BlackBoxTest {

    @Test
    void staffKeepTheirOwnCarriersOffersOnly() {
        String title = unique("Spieletreff");
        Map<String, Object> body = offer(CARITAS_SITE, title, List.of(time(DayOfWeek.FRIDAY, "10:00", "12:00")));
        io.restassured.response.Response created =
                as(CARITAS_STAFF).contentType(ContentType.JSON).body(body).post("/api/v1/offers");
        created.then()
                .statusCode(201)
                .body("carrier", equalTo("caritas"))
                .body("siteName", equalTo("Nachbarschaftstreff Derrsiedlung"))
                .body("times[0].day", equalTo("FRIDAY"))
                .body("times[0].start", equalTo("10:00:00"));
        int id = created.path("id");
        created.then().header("Location", endsWith("/api/v1/offers/" + id));
        api().get("/api/v1/offers").then().statusCode(200).body("titleDe", hasItem(title));

        body.put("titleDe", title + " neu");
        as(JUGENDWERKE_STAFF)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/offers/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(JUGENDWERKE_COORDINATOR).delete("/api/v1/offers/" + id).then().statusCode(404);
        as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/offers/" + id)
                .then()
                .statusCode(200)
                .body("titleDe", equalTo(title + " neu"));
        as(CARITAS_STAFF).delete("/api/v1/offers/" + id).then().statusCode(204);
        as(CARITAS_STAFF).delete("/api/v1/offers/" + id).then().statusCode(404);
        api().get("/api/v1/offers").then().body("titleDe", not(hasItem(title + " neu")));
    }

    @Test
    void wrongInputIsRefusedPerFieldAndNothingIsSaved() {
        String title = unique("Fehlerhaft");
        Map<String, Object> body = offer(
                CARITAS_SITE,
                title,
                List.of(time(DayOfWeek.MONDAY, "10:00", "12:00"), time(DayOfWeek.TUESDAY, "14:00", "13:00")));
        body.put("languages", List.of("de", "xx"));
        body.put("validFrom", "2030-05-01");
        body.put("validUntil", "2030-04-30");
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/offers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("languages[1]", "times[1].end", "validUntil"));

        Map<String, Object> blank = offer(CARITAS_SITE, " ", List.of());
        blank.remove("descriptionDe");
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(blank)
                .post("/api/v1/offers")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("descriptionDe", "times", "titleDe"));

        Map<String, Object> otherCarriersSite =
                offer(JUGENDWERKE_SITE, title, List.of(time(DayOfWeek.MONDAY, "10:00", "12:00")));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(otherCarriersSite)
                .post("/api/v1/offers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("site"));
        otherCarriersSite.put("site", 999_999);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(otherCarriersSite)
                .post("/api/v1/offers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("site"));

        api().get("/api/v1/offers").then().body("titleDe", not(hasItem(title)));
        as(CARITAS_STAFF)
                .get("/api/v1/offers/week?date=2030-05-01")
                .then()
                .body("occurrences.title", not(hasItem(title)));
    }

    @Test
    void theWeekShowsEveryCarriersOffersInOrderWithinTheirValidityAndSaysWhenOneIsCancelled() {
        LocalDate monday = mondayIn(3);
        String treff = unique("Treff");
        String jugend = unique("Jugendtreff");
        String cafe = unique("Elterncafé");
        String later = unique("Ab Donnerstag");
        String over = unique("Vorbei");
        Map<String, Object> treffBody = offer(
                CARITAS_SITE,
                treff,
                List.of(time(DayOfWeek.THURSDAY, "10:00", "13:00"), time(DayOfWeek.TUESDAY, "10:00", "13:00")));
        treffBody.put("validFrom", monday.toString());
        treffBody.put("validUntil", monday.plusDays(13).toString());
        treffBody.put("cancellations", List.of(monday.plusDays(1).toString()));
        create(CARITAS_STAFF, treffBody);
        Map<String, Object> jugendBody = offer(
                JUGENDWERKE_SITE,
                jugend,
                List.of(time(DayOfWeek.MONDAY, "15:00", "19:00"), time(DayOfWeek.TUESDAY, "09:00", "10:00")));
        jugendBody.put("validFrom", monday.minusDays(30).toString());
        jugendBody.put("validUntil", monday.plusDays(6).toString());
        create(JUGENDWERKE_STAFF, jugendBody);
        Map<String, Object> cafeBody = offer(CAFE_SITE, cafe, List.of(time(DayOfWeek.WEDNESDAY, "09:00", "12:00")));
        cafeBody.put("titleEn", "Parents' café " + cafe);
        cafeBody.put("validFrom", monday.minusDays(3).toString());
        cafeBody.put("validUntil", monday.plusDays(20).toString());
        create(BERATUNGSSTELLE_STAFF, cafeBody);
        Map<String, Object> laterBody = offer(
                CARITAS_SITE,
                later,
                List.of(time(DayOfWeek.MONDAY, "08:00", "09:00"), time(DayOfWeek.THURSDAY, "08:00", "09:00")));
        laterBody.put("validFrom", monday.plusDays(3).toString());
        create(CARITAS_STAFF, laterBody);
        Map<String, Object> overBody = offer(CARITAS_SITE, over, List.of(time(DayOfWeek.MONDAY, "08:00", "09:00")));
        overBody.put("validUntil", monday.minusDays(1).toString());
        create(CARITAS_STAFF, overBody);

        JsonPath week = api().get("/api/v1/offers/week?date=" + monday.plusDays(2))
                .then()
                .statusCode(200)
                .body("monday", equalTo(monday.toString()))
                .body("sunday", equalTo(monday.plusDays(6).toString()))
                .extract()
                .jsonPath();
        List<String> mine = List.of(treff, jugend, cafe, later, over);
        List<Map<String, Object>> shown = week.<Map<String, Object>>getList("occurrences").stream()
                .filter(o -> mine.contains(o.get("title")))
                .toList();
        assertEquals(
                List.of(
                        monday + " 15:00:00 " + jugend + " false",
                        monday.plusDays(1) + " 09:00:00 " + jugend + " false",
                        monday.plusDays(1) + " 10:00:00 " + treff + " true",
                        monday.plusDays(2) + " 09:00:00 " + cafe + " false",
                        monday.plusDays(3) + " 08:00:00 " + later + " false",
                        monday.plusDays(3) + " 10:00:00 " + treff + " false"),
                shown.stream()
                        .map(o ->
                                o.get("date") + " " + o.get("start") + " " + o.get("title") + " " + o.get("cancelled"))
                        .toList());
        List<String> carriers = shown.stream()
                .map(o -> (String) o.get("carrier"))
                .distinct()
                .sorted()
                .toList();
        assertEquals(List.of("beratungsstelle", "caritas", "jugendwerke"), carriers);

        api().header("Accept-Language", "en")
                .get("/api/v1/offers/week?date=" + monday)
                .then()
                .body("occurrences.title", hasItem("Parents' café " + cafe))
                .body("occurrences.title", hasItem(treff));
        api().get("/api/v1/offers/week?date=" + monday.plusDays(7))
                .then()
                .body("occurrences.findAll { it.title == '" + treff + "' }.cancelled", contains(false, false))
                .body("occurrences.title", not(hasItem(jugend)));
    }

    @Test
    void anyoneReadsTheOffersAndABadDateIsABadRequest() {
        api().get("/api/v1/offers/week")
                .then()
                .statusCode(200)
                .body(
                        "monday",
                        equalTo(LocalDate.now(ZoneId.of("Europe/Berlin"))
                                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                                .toString()))
                .body("occurrences.carrier", hasItem("jugendwerke"));
        api().get("/api/v1/offers").then().statusCode(200).body("titleDe", hasItem("Offener Kinder- und Jugendtreff"));
        api().get("/api/v1/offers/week?date=2026-13-01")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("date"));
    }

    @Test
    void volunteersTheNetworkAndAdministratorsKeepNoOffers() {
        String volunteer = signedUpVolunteer();
        Map<String, Object> body =
                offer(CARITAS_SITE, unique("Verboten"), List.of(time(DayOfWeek.MONDAY, "10:00", "11:00")));
        asVolunteer(volunteer)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/offers")
                .then()
                .statusCode(403);
        as(NETWORK)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/offers")
                .then()
                .statusCode(403);
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/offers/1")
                .then()
                .statusCode(403);
        as(ADMIN).delete("/api/v1/offers/1").then().statusCode(403);
        api().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/offers")
                .then()
                .statusCode(401);
    }

    private int create(String staff, Map<String, Object> body) {
        return as(staff)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/offers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
