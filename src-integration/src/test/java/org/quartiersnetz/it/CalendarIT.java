package org.quartiersnetz.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Courses;
import org.quartiersnetz.it.support.MailServer;
import org.quartiersnetz.it.support.Tasks;

/**
 * Calendar feeds over HTTP: a placed volunteer's secret feed shows the group session they signed up
 * for, their booked slot, their course date and their intro meeting, in Europe/Berlin with its
 * VTIMEZONE, read back by ical4j and by biweekly; never a note, the topics or another volunteer's
 * name. Creating the feed again makes the old URL answer 404, revoking makes the new one answer 404.
 * A carrier's feed shows its own sessions and not another carrier's; only its coordinators keep it.
 */
class CalendarIT extends BlackBoxTest {

    @Test
    void aVolunteersFeedShowsTheirDatesAndNothingConfidentialAndCanBeReplacedAndRevoked() throws Exception {
        Volunteer placed = activeGodparent();
        Volunteer other = activeGodparent();
        String otherName = as(CARITAS_STAFF)
                .get("/api/v1/volunteers/" + other.id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("lastName");
        LocalDate day = Tasks.today().plusDays(5);
        String place = "Nachbarschaftstreff Kalender " + System.nanoTime();
        long session = as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "GROUP",
                        "supervisorId",
                        staffId(SUPERVISOR),
                        "startsAt",
                        day + "T18:00",
                        "durationMinutes",
                        90,
                        "place",
                        place,
                        "topics",
                        "Nähe und Distanz",
                        "capacity",
                        8))
                .post("/api/v1/supervision-sessions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String s = "/api/v1/supervision-sessions/" + session;
        asVolunteer(placed.email()).post(s + "/signup").then().statusCode(201);
        asVolunteer(other.email()).post(s + "/signup").then().statusCode(201);
        String note = "Vertrauliche Notiz " + System.nanoTime();
        as(SUPERVISOR)
                .contentType(ContentType.JSON)
                .body(Map.of("text", note))
                .post(s + "/notes")
                .then()
                .statusCode(201);
        // a booked slot of a Caritas café and a course date
        String cafe = "Kalendercafé " + System.nanoTime();
        long task = publishedTask(Tasks.cafe(cafe));
        LocalDate monday = Tasks.next(DayOfWeek.MONDAY);
        long slot = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Tasks.slots(monday, 1, "07:00", "08:00", 20))
                .post("/api/v1/tasks/" + task + "/slots")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("[0].id");
        asVolunteer(placed.email())
                .post("/api/v1/slots/" + slot + "/booking")
                .then()
                .statusCode(201);
        io.restassured.path.json.JsonPath run = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Courses.run("child-protection", 20, Courses.on(monday, "18:00", "20:00")))
                .post("/api/v1/course-runs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        asVolunteer(placed.email())
                .post("/api/v1/course-runs/" + run.getLong("id") + "/enrolment")
                .then()
                .statusCode(201);

        asVolunteer(placed.email())
                .get("/api/v1/calendar-feeds/mine")
                .then()
                .statusCode(200)
                .body("exists", equalTo(false));
        String url = asVolunteer(placed.email())
                .post("/api/v1/calendar-feeds/mine")
                .then()
                .statusCode(201)
                .body("exists", equalTo(true))
                .extract()
                .jsonPath()
                .getString("url");
        assertTrue(url.matches("https?://.+/api/v1/calendar/[A-Za-z0-9_-]{43}\\.ics"), url);
        asVolunteer(placed.email())
                .get("/api/v1/calendar-feeds/mine")
                .then()
                .statusCode(200)
                .body("exists", equalTo(true))
                .body("url", nullValue());

        String text = feed(url);
        assertFalse(text.contains(note), "no note");
        assertFalse(text.contains("Nähe und Distanz"), "no topics");
        assertFalse(text.contains(otherName), "no other volunteer");

        // ical4j reads it back
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        Component vtimezone = calendar.getComponent(Component.VTIMEZONE).orElseThrow();
        assertEquals(
                "Europe/Berlin",
                vtimezone.getProperty(Property.TZID).orElseThrow().getValue());
        Component supervision =
                event(calendar, "supervision-" + session + "@quartiersnetz").orElseThrow();
        assertEquals(
                "Gruppensupervision",
                supervision.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals(
                place, supervision.getProperty(Property.LOCATION).orElseThrow().getValue());
        Property start = supervision.getProperty(Property.DTSTART).orElseThrow();
        assertEquals(
                "Europe/Berlin",
                start.getParameter(Parameter.TZID).orElseThrow().getValue());
        assertEquals(day.toString().replace("-", "") + "T180000", start.getValue());
        assertEquals(
                day.toString().replace("-", "") + "T193000",
                supervision.getProperty(Property.DTEND).orElseThrow().getValue());
        assertEquals(
                cafe,
                event(calendar, "slot-" + slot + "@quartiersnetz")
                        .orElseThrow()
                        .getProperty(Property.SUMMARY)
                        .orElseThrow()
                        .getValue());
        assertTrue(
                event(calendar, "course-session-" + run.getLong("sessions[0].id") + "@quartiersnetz")
                        .isPresent(),
                text);
        assertTrue(
                calendar.getComponents(Component.VEVENT).stream()
                        .anyMatch(e -> e.getProperty(Property.SUMMARY)
                                .orElseThrow()
                                .getValue()
                                .startsWith("Kennenlerngespräch: ")),
                "the intro meeting");

        // and so does biweekly, an independent parser
        List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
        ICalendar second = Biweekly.parse(text).warnings(warnings).first();
        assertTrue(warnings.stream().allMatch(List::isEmpty), String.valueOf(warnings));
        VEvent event = second.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals("supervision-" + session + "@quartiersnetz"))
                .findFirst()
                .orElseThrow();
        assertEquals("Gruppensupervision", event.getSummary().getValue());
        assertEquals(place, event.getLocation().getValue());
        TimezoneAssignment zone = second.getTimezoneInfo().getTimezone(event.getDateStart());
        assertEquals("Europe/Berlin", zone.getComponent().getTimezoneId().getValue());
        assertEquals(
                LocalDateTime.of(day, LocalTime.of(18, 0)).atZone(Tasks.BERLIN).toInstant(),
                event.getDateStart().getValue().toInstant());

        // a new URL: the old one no longer exists
        String rotated = asVolunteer(placed.email())
                .post("/api/v1/calendar-feeds/mine")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("url");
        assertFalse(rotated.equals(url));
        notFound(url);
        assertTrue(feed(rotated).contains("supervision-" + session + "@quartiersnetz"));
        // revoked: nothing
        asVolunteer(placed.email()).delete("/api/v1/calendar-feeds/mine").then().statusCode(204);
        notFound(rotated);
        asVolunteer(placed.email())
                .get("/api/v1/calendar-feeds/mine")
                .then()
                .statusCode(200)
                .body("exists", equalTo(false));
        asVolunteer(placed.email()).delete("/api/v1/calendar-feeds/mine").then().statusCode(404);
        notFound(url(CALENDAR + "not-a-token.ics"));
        notFound(url(CALENDAR + "A".repeat(43) + ".ics"));
    }

    @Test
    void aCarriersFeedShowsItsOwnDatesOnlyAndIsKeptByItsCoordinators() throws Exception {
        String caritasPlace = "Caritas-Treff " + System.nanoTime();
        long caritas = as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "PEER",
                        "startsAt",
                        Tasks.today().plusDays(3) + "T10:00",
                        "place",
                        caritasPlace,
                        "capacity",
                        6))
                .post("/api/v1/supervision-sessions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long jugendwerke = as(JUGENDWERKE_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "GROUP",
                        "startsAt",
                        Tasks.today().plusDays(3) + "T10:00",
                        "place",
                        "Jugendclub " + System.nanoTime(),
                        "capacity",
                        6))
                .post("/api/v1/supervision-sessions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        String url = as(CARITAS_COORDINATOR)
                .post("/api/v1/calendar-feeds/carrier")
                .then()
                .statusCode(201)
                .body("url", startsWith("http"))
                .extract()
                .jsonPath()
                .getString("url");
        as(CARITAS_COORDINATOR)
                .get("/api/v1/calendar-feeds/carrier")
                .then()
                .statusCode(200)
                .body("exists", equalTo(true));
        String text = feed(url);
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        Component own =
                event(calendar, "supervision-" + caritas + "@quartiersnetz").orElseThrow();
        assertEquals(
                "Kollegiale Beratung",
                own.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals(
                caritasPlace, own.getProperty(Property.LOCATION).orElseThrow().getValue());
        assertTrue(
                event(calendar, "supervision-" + jugendwerke + "@quartiersnetz").isEmpty(), "not Jugendwerke's");
        ICalendar second = Biweekly.parse(text).first();
        assertTrue(second.getEvents().stream()
                .anyMatch(e -> e.getUid().getValue().equals("supervision-" + caritas + "@quartiersnetz")));

        // Jugendwerke's coordinators keep their own; staff, the network, the administrator and volunteers keep none
        as(JUGENDWERKE_COORDINATOR).get("/api/v1/calendar-feeds/carrier").then().statusCode(200);
        for (String refused : List.of(CARITAS_STAFF, NETWORK, ADMIN, SUPERVISOR)) {
            as(refused).post("/api/v1/calendar-feeds/carrier").then().statusCode(403);
            as(refused).get("/api/v1/calendar-feeds/mine").then().statusCode(403);
        }
        api().post("/api/v1/calendar-feeds/carrier").then().statusCode(401);
        asVolunteer(signedUpVolunteer())
                .post("/api/v1/calendar-feeds/carrier")
                .then()
                .statusCode(403);

        as(CARITAS_COORDINATOR).delete("/api/v1/calendar-feeds/carrier").then().statusCode(204);
        notFound(url);
    }

    @Test
    void aCarriersFeedEndsWithTheAccountOfWhoeverMadeIt() {
        String email = uniqueEmail();
        Map<String, Object> coordinator = new HashMap<>(Map.of(
                "email",
                email,
                "firstName",
                "Kim",
                "lastName",
                "Neumann",
                "role",
                "CARRIER_COORDINATOR",
                "carrier",
                "jugendwerke"));
        int id = as(ADMIN)
                .contentType(ContentType.JSON)
                .body(coordinator)
                .post("/api/v1/staff")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        resetPassword(MailServer.tokenOf(MailServer.awaitLink(email, 1, RESET_PAGE)), PASSWORD)
                .then()
                .statusCode(204);
        String url = api().auth()
                .preemptive()
                .basic(email, PASSWORD)
                .post("/api/v1/calendar-feeds/carrier")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("url");
        feed(url);

        coordinator.put("disabled", true);
        as(ADMIN)
                .contentType(ContentType.JSON)
                .body(coordinator)
                .put("/api/v1/staff/" + id)
                .then()
                .statusCode(200);
        notFound(url);
    }

    static final String CALENDAR = "/api/v1/calendar/";

    /** The feed behind a URL the API answered, fetched from this test's server without signing in. */
    private String feed(String url) {
        Response response = api().accept("text/calendar").get(local(url));
        response.then().statusCode(200);
        assertEquals(
                "text/calendar;charset=utf-8",
                response.contentType().replace(" ", "").toLowerCase());
        return response.asString();
    }

    private void notFound(String url) {
        Response response = api().accept("text/calendar").get(local(url));
        assertEquals(404, response.statusCode(), url);
        assertEquals("application/problem+json", response.contentType().split(";")[0]);
    }

    /** The test server's address of a feed URL (the platform's public address may differ). */
    private String local(String url) {
        return url(url.substring(url.indexOf(CALENDAR)));
    }

    private static Optional<CalendarComponent> event(Calendar calendar, String uid) {
        return calendar.getComponents(Component.VEVENT).stream()
                .filter(e -> e.getProperty(Property.UID)
                        .map(p -> p.getValue().equals(uid))
                        .orElse(false))
                .findFirst();
    }
}
