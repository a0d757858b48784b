package org.quartiersnetz.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.MailServer;
import org.quartiersnetz.it.support.Profiles;
import org.quartiersnetz.it.support.Tasks;
import org.quartiersnetz.it.support.TestDatabase;

/** Slots of slot-based tasks: planning, booking, the waiting list, the roster, and the reminder. */
class SlotBookingIT extends BlackBoxTest {

    @Test
    void aNeighbourBooksTwoWednesdaysAndTheFourthBookerMovesUpWhenSomeoneCancels() {
        String title = "Elterncafé-Hilfe, mittwochs 9–12 Uhr " + UUID.randomUUID();
        long task = publishedCafe(title);
        LocalDate wednesday = Tasks.next(DayOfWeek.WEDNESDAY);
        List<Long> slots = createSlots(task, Tasks.slots(wednesday, 3, "09:00", "12:00", 3));
        assertEquals(3, slots.size());

        String neighbour = neighbour();
        List<Integer> found = api().queryParam("type", "parents-cafe")
                .queryParam("size", 100)
                .get("/api/v1/board")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Integer.class);
        assertTrue(found.contains((int) task), "the café is on the board");
        api().get("/api/v1/board/" + task)
                .then()
                .statusCode(200)
                .body("slots", hasSize(3))
                .body("slots[0].placesFree", equalTo(3));

        book(neighbour, slots.get(0)).then().statusCode(201).body("status", equalTo("CONFIRMED"));
        book(neighbour, slots.get(1)).then().statusCode(201).body("status", equalTo("CONFIRMED"));
        asVolunteer(neighbour)
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .body(
                        "slotId",
                        Matchers.contains(slots.get(0).intValue(), slots.get(1).intValue()));

        book(neighbour(), slots.get(0)).then().statusCode(201).body("status", equalTo("CONFIRMED"));
        book(neighbour(), slots.get(0)).then().statusCode(201).body("status", equalTo("CONFIRMED"));
        String fourth = neighbour();
        book(fourth, slots.get(0)).then().statusCode(201).body("status", equalTo("WAITING"));
        api().get("/api/v1/board/" + task).then().body("slots[0].placesFree", equalTo(0));

        asVolunteer(neighbour)
                .delete("/api/v1/slots/" + slots.get(0) + "/booking")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));

        MimeMessage movedUp = MailServer.awaitMail(fourth, 2);
        assertTrue(MailServer.subject(movedUp).contains("nachgerückt"), MailServer.subject(movedUp));
        assertTrue(MailServer.text(movedUp).contains(title), MailServer.text(movedUp));
        asVolunteer(fourth).get("/api/v1/bookings").then().body("status", hasItem("CONFIRMED"));
        as(CARITAS_STAFF)
                .queryParam("date", wednesday.toString())
                .get("/api/v1/slots")
                .then()
                .statusCode(200)
                .body("find { it.id == " + slots.get(0) + " }.confirmed", equalTo(3))
                .body("find { it.id == " + slots.get(0) + " }.waiting", equalTo(0));
    }

    @Test
    void twoPeopleBookingTheLastPlaceAtTheSameMomentNeverOverbook() throws Exception {
        long task = publishedCafe("Letzter Platz " + UUID.randomUUID());
        List<Long> slots = createSlots(task, Tasks.slots(Tasks.next(DayOfWeek.FRIDAY), 4, "15:00", "17:00", 1));
        String first = neighbour();
        String second = neighbour();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (long slot : slots) {
                CountDownLatch start = new CountDownLatch(1);
                Future<String> a = pool.submit(() -> bookWhen(start, first, slot));
                Future<String> b = pool.submit(() -> bookWhen(start, second, slot));
                start.countDown();
                List<String> outcomes = new ArrayList<>(List.of(a.get(), b.get()));
                Collections.sort(outcomes);
                assertEquals(List.of("CONFIRMED", "WAITING"), outcomes, "slot " + slot);
            }
        } finally {
            pool.shutdownNow();
        }
        as(CARITAS_STAFF)
                .get("/api/v1/tasks/" + task + "/slots")
                .then()
                .statusCode(200)
                .body("confirmed", Matchers.everyItem(equalTo(1)))
                .body("waiting", Matchers.everyItem(equalTo(1)));
    }

    @Test
    void missingRequirementsOverlapsAndDoubleBookingsAreRefusedWithTheReason() {
        long childcare = publishedTask(childcareTask());
        long childcareSlot = createSlots(childcare, Tasks.slots(Tasks.next(DayOfWeek.MONDAY), 1, "17:00", "19:00", 5))
                .get(0);
        String neighbour = neighbour();
        book(neighbour, childcareSlot)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("Führungszeugnis"))
                .body("detail", containsString("Schulung"));
        asVolunteer(neighbour)
                .header("Accept-Language", "en")
                .post("/api/v1/slots/" + childcareSlot + "/booking")
                .then()
                .statusCode(409)
                .body("detail", containsString("certificate of conduct"));

        long cafe = publishedCafe("Überschneidung " + UUID.randomUUID());
        LocalDate monday = Tasks.next(DayOfWeek.MONDAY);
        long early =
                createSlots(cafe, Tasks.slots(monday, 1, "09:00", "12:00", 5)).get(0);
        long late =
                createSlots(cafe, Tasks.slots(monday, 1, "11:00", "13:00", 5)).get(0);
        book(neighbour, early).then().statusCode(201);
        book(neighbour, early).then().statusCode(409);
        book(neighbour, late).then().statusCode(409).body("errors[0].field", equalTo("slot"));

        String noBirthDate = signedUpVolunteer();
        book(noBirthDate, early).then().statusCode(409).body("detail", containsString("Geburtsdatum"));
        String child = signedUpVolunteer();
        Map<String, Object> young = Profiles.profile("Jung", List.of("caritas"), false);
        young.put("birthDate", LocalDate.now().minusYears(13).toString());
        asVolunteer(child)
                .contentType(ContentType.JSON)
                .body(young)
                .put("/api/v1/volunteers/me")
                .then()
                .statusCode(200);
        book(child, early).then().statusCode(409).body("detail", containsString("Mindestalter"));

        api().post("/api/v1/slots/" + early + "/booking").then().statusCode(401);
        as(CARITAS_STAFF).post("/api/v1/slots/" + early + "/booking").then().statusCode(403);
    }

    @Test
    void staffPlanSlotsOnlyForSlotBasedTasksAndWithSaneTimes() {
        long cafe = publishedCafe("Planung " + UUID.randomUUID());
        LocalDate monday = Tasks.next(DayOfWeek.MONDAY);
        slotsRefused(cafe, Tasks.slots(monday, 1, "12:00", "09:00", 3), 400, "end");
        Map<String, Object> reversed = Tasks.slots(monday, 1, "09:00", "12:00", 3);
        reversed.put("until", monday.minusDays(7).toString());
        slotsRefused(cafe, reversed, 400, "until");
        slotsRefused(cafe, Tasks.slots(Tasks.today().minusDays(1), 1, "09:00", "12:00", 3), 400, "from");
        slotsRefused(cafe, Tasks.slots(monday, 60, "09:00", "12:00", 3), 400, "until");
        slotsRefused(cafe, Tasks.slots(monday, 1, "09:00", "12:00", 0), 400, "capacity");

        long godparent = as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Tasks.godparent("Ohne Termine " + UUID.randomUUID(), null, null))
                .post("/api/v1/tasks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Tasks.slots(monday, 1, "09:00", "12:00", 3))
                .post("/api/v1/tasks/" + godparent + "/slots")
                .then()
                .statusCode(409);
        as(JUGENDWERKE_STAFF)
                .contentType(ContentType.JSON)
                .body(Tasks.slots(monday, 1, "09:00", "12:00", 3))
                .post("/api/v1/tasks/" + cafe + "/slots")
                .then()
                .statusCode(404);

        List<Long> twice = createSlots(cafe, Tasks.slots(monday, 2, "09:00", "12:00", 3));
        assertEquals(2, twice.size());
        assertEquals(List.of(), createSlots(cafe, Tasks.slots(monday, 2, "09:00", "12:00", 3)), "no duplicates");
        book(neighbour(), twice.get(0)).then().statusCode(201);
        as(CARITAS_STAFF).delete("/api/v1/slots/" + twice.get(0)).then().statusCode(409);
        as(JUGENDWERKE_STAFF).delete("/api/v1/slots/" + twice.get(1)).then().statusCode(404);
        as(CARITAS_STAFF).delete("/api/v1/slots/" + twice.get(1)).then().statusCode(204);
    }

    @Test
    void staffPutVolunteersOnTheRosterAndTakeThemOffAndEveryoneIsTold() {
        long task = publishedCafe("Dienstplan " + UUID.randomUUID());
        LocalDate thursday = Tasks.next(DayOfWeek.THURSDAY);
        long slot =
                createSlots(task, Tasks.slots(thursday, 1, "09:00", "12:00", 1)).get(0);
        String booked = neighbour();
        long bookedId = idOf(booked);
        String assigned = neighbour(List.of("caritas"));
        long assignedId = idOf(assigned);
        book(booked, slot).then().statusCode(201).body("status", equalTo("CONFIRMED"));

        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("volunteerId", assignedId))
                .post("/api/v1/slots/" + slot + "/roster")
                .then()
                .statusCode(201)
                .body("status", equalTo("WAITING"));
        assertTrue(MailServer.subject(MailServer.awaitMail(assigned, 2)).contains("eingeplant"));
        as(JUGENDWERKE_STAFF)
                .delete("/api/v1/slots/" + slot + "/roster/" + bookedId)
                .then()
                .statusCode(404);
        as(NETWORK)
                .delete("/api/v1/slots/" + slot + "/roster/" + bookedId)
                .then()
                .statusCode(403);
        asVolunteer(booked)
                .delete("/api/v1/slots/" + slot + "/roster/" + bookedId)
                .then()
                .statusCode(403);

        as(CARITAS_STAFF)
                .delete("/api/v1/slots/" + slot + "/roster/" + bookedId)
                .then()
                .statusCode(200)
                .body("status", equalTo("REMOVED"));
        assertTrue(MailServer.subject(MailServer.awaitMail(booked, 2)).contains("Dienstplan"));
        assertTrue(MailServer.subject(MailServer.awaitMail(assigned, 3)).contains("nachgerückt"));
        book(booked, slot).then().statusCode(409).body("detail", containsString("ausgetragen"));
        as(NETWORK)
                .queryParam("date", thursday.toString())
                .get("/api/v1/slots")
                .then()
                .statusCode(200)
                .body("find { it.id == " + slot + " }.bookings.volunteerId", Matchers.contains((int) assignedId));
        as(CARITAS_STAFF)
                .queryParam("date", "gestern")
                .get("/api/v1/slots")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("date"));
        asVolunteer(booked).get("/api/v1/slots").then().statusCode(403);
    }

    @Test
    void closingATaskTakesEverybodyOffItsComingSlotsAndTellsThem() {
        String title = "Wird geschlossen " + UUID.randomUUID();
        long task = publishedCafe(title);
        long slot = createSlots(task, Tasks.slots(Tasks.next(DayOfWeek.TUESDAY), 1, "09:00", "12:00", 1))
                .get(0);
        String confirmed = neighbour();
        String waiting = neighbour();
        book(confirmed, slot).then().statusCode(201).body("status", equalTo("CONFIRMED"));
        book(waiting, slot).then().statusCode(201).body("status", equalTo("WAITING"));

        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "CLOSED"))
                .post("/api/v1/tasks/" + task + "/status-changes")
                .then()
                .statusCode(200);

        MimeMessage removed = MailServer.awaitMail(confirmed, 2);
        assertTrue(MailServer.subject(removed).contains(title), MailServer.subject(removed));
        asVolunteer(confirmed).get("/api/v1/bookings").then().body("slotId", Matchers.not(hasItem((int) slot)));
        asVolunteer(waiting).get("/api/v1/bookings").then().body("slotId", Matchers.not(hasItem((int) slot)));
        as(CARITAS_STAFF)
                .get("/api/v1/tasks/" + task + "/slots")
                .then()
                .body("[0].confirmed", equalTo(0))
                .body("[0].waiting", equalTo(0));
        book(neighbour(), slot).then().statusCode(404);
    }

    @Test
    void aBookedVolunteerIsRemindedOnceTheDayBefore() throws InterruptedException {
        String title = "Morgen " + UUID.randomUUID();
        long task = publishedCafe(title);
        long slot = createSlots(task, Tasks.slots(Tasks.today().plusDays(1), 1, "10:00", "12:00", 2))
                .get(0);
        String neighbour = neighbour();
        book(neighbour, slot).then().statusCode(201);

        MimeMessage reminder = MailServer.awaitMail(neighbour, 2);
        assertTrue(MailServer.subject(reminder).startsWith("Morgen"), MailServer.subject(reminder));
        assertTrue(MailServer.text(reminder).contains(title), MailServer.text(reminder));
        // two more rounds of the job (every 5 s in the suite) send nothing more
        Thread.sleep(Duration.ofSeconds(11).toMillis());
        assertEquals(2, MailServer.mailsTo(neighbour).size(), "confirmation and one reminder");
    }

    @Test
    void aStartedSlotCanNeitherBeBookedNorCancelled() {
        long task = publishedCafe("Begonnen " + UUID.randomUUID());
        long today = createSlots(task, Tasks.slots(Tasks.today(), 1, "00:00", "23:59", 2))
                .get(0);
        String neighbour = neighbour();
        book(neighbour, today).then().statusCode(409).body("detail", containsString("begonnen"));

        Assumptions.assumeTrue(TestDatabase.isPostgresql(), "moving a slot into the past needs the database");
        long later = createSlots(task, Tasks.slots(Tasks.next(DayOfWeek.SATURDAY), 1, "10:00", "12:00", 2))
                .get(0);
        book(neighbour, later).then().statusCode(201);
        TestDatabase.moveSlotIntoThePast(later);
        asVolunteer(neighbour)
                .delete("/api/v1/slots/" + later + "/booking")
                .then()
                .statusCode(409)
                .body("detail", containsString("begonnen"));
    }

    private String bookWhen(CountDownLatch start, String email, long slot) throws InterruptedException {
        start.await();
        return book(email, slot).then().statusCode(201).extract().jsonPath().getString("status");
    }

    private io.restassured.response.Response book(String email, long slot) {
        return asVolunteer(email).post("/api/v1/slots/" + slot + "/booking");
    }

    /** A confirmed volunteer with a complete profile (with date of birth). */
    private String neighbour() {
        return neighbour(List.of());
    }

    private String neighbour(List<String> carriers) {
        String email = signedUpVolunteer();
        asVolunteer(email)
                .contentType(ContentType.JSON)
                .body(Profiles.profile(
                        "Nachbarin" + UUID.randomUUID().toString().substring(0, 6), carriers, false))
                .put("/api/v1/volunteers/me")
                .then()
                .statusCode(200);
        return email;
    }

    private long idOf(String email) {
        return asVolunteer(email)
                .get("/api/v1/volunteers/me")
                .then()
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private long publishedCafe(String title) {
        return publishedTask(Tasks.cafe(title));
    }

    private static Map<String, Object> childcareTask() {
        Map<String, Object> body = Tasks.cafe("Kinderbetreuung beim Elternkurs " + UUID.randomUUID());
        body.put("type", "childcare");
        return body;
    }

    private List<Long> createSlots(long task, Map<String, Object> body) {
        return as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/tasks/" + task + "/slots")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getList("id", Long.class);
    }

    private void slotsRefused(long task, Map<String, Object> body, int status, String field) {
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/tasks/" + task + "/slots")
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
