package org.quartiersnetz.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quartiersnetz.it.support.Placements.accompaniment;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Courses;
import org.quartiersnetz.it.support.MailServer;
import org.quartiersnetz.it.support.Tasks;

/**
 * Placements over HTTP: the last free place accepted by two volunteers at the same moment goes to
 * exactly one; the batch proposal finds the optimum and is sent all or nothing; declining, and
 * closing a task, with their mails.
 */
class PlacementIT extends BlackBoxTest {

    private Volunteer ready(
            String carrier, String language, List<Map<String, String>> availability, List<String> skills) {
        Volunteer volunteer = volunteer(
                List.of(carrier),
                false,
                Map.of(
                        "languageLevels",
                        Map.of(language, "FLUENT"),
                        "availability",
                        availability,
                        "skills",
                        skills,
                        "maxHoursPerWeek",
                        40));
        activate(carrier.equals("caritas") ? CARITAS_STAFF : JUGENDWERKE_STAFF, volunteer);
        signDeclarations(volunteer.email());
        return volunteer;
    }

    private static List<Map<String, String>> free(String... days) {
        return Arrays.stream(days)
                .map(d -> Map.of("day", d, "band", "AFTERNOON"))
                .toList();
    }

    private long propose(String staff, long task, long volunteer) {
        return as(staff)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task, "volunteerId", volunteer))
                .post("/api/v1/placements")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void theLastPlaceAcceptedAtTheSameMomentGoesToExactlyOne() throws Exception {
        // free every afternoon: each round's task meets at another hour, so the places won before never clash
        String[] days = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"};
        Volunteer first = ready("caritas", "tr", free(days), List.of());
        Volunteer second = ready("caritas", "tr", free(days), List.of());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Volunteer> lostOnce = new ArrayList<>();
        try {
            for (int round = 0; round < 10; round++) {
                Map<String, Object> body =
                        accompaniment("Begleitung gleichzeitig " + round + " " + System.nanoTime(), "tr");
                String hour = String.valueOf(14 + round / days.length);
                body.put("schedule", List.of(Tasks.weekly(days[round % days.length], hour + ":00", hour + ":59")));
                long task = publishedTask(body);
                long a = propose(CARITAS_STAFF, task, first.id());
                long b = propose(CARITAS_STAFF, task, second.id());
                CountDownLatch start = new CountDownLatch(1);
                Future<Response> one = pool.submit(accept(start, first, a));
                Future<Response> other = pool.submit(accept(start, second, b));
                start.countDown();
                List<Integer> statuses = List.of(
                        one.get(60, TimeUnit.SECONDS).statusCode(),
                        other.get(60, TimeUnit.SECONDS).statusCode());
                assertEquals(List.of(200, 409), statuses.stream().sorted().toList(), "round " + round);
                Response lost = statuses.get(0) == 409 ? one.get() : other.get();
                lostOnce.add(statuses.get(0) == 409 ? first : second);
                assertTrue(lost.asString().contains("vergeben"), lost.asString());
                as(CARITAS_STAFF)
                        .get("/api/v1/tasks/" + task)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("FILLED"));
                JsonPath placements = as(CARITAS_STAFF)
                        .queryParam("task", task)
                        .get("/api/v1/placements")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                assertEquals(
                        List.of("ACCEPTED", "CANCELLED"),
                        placements.getList("status", String.class).stream()
                                .sorted()
                                .toList());
                assertEquals("TASK_FILLED", placements.getString("find { it.status == 'CANCELLED' }.cancelCause"));
            }
        } finally {
            pool.shutdownNow();
        }
        // each round's loser is told: whoever lost at least once has the mail
        MailServer.awaitSubject(lostOnce.get(0).email(), "Einsatz schon vergeben");
    }

    private Callable<Response> accept(CountDownLatch start, Volunteer volunteer, long placement) {
        return () -> {
            start.await();
            return asVolunteer(volunteer.email())
                    .contentType(ContentType.JSON)
                    .body(Map.of("to", "ACCEPTED"))
                    .post("/api/v1/placements/" + placement + "/steps");
        };
    }

    @Test
    void theBatchProposalIsOptimalAndIsSentAllOrNothing() {
        // Albanian: nobody else in the suite speaks it, so these tasks have only these candidates
        long tuesday = publishedTaskOf(
                JUGENDWERKE_STAFF, accompaniment("Begleitung Di " + System.nanoTime(), "sq", "TUESDAY"));
        long thursday = publishedTaskOf(
                JUGENDWERKE_STAFF, accompaniment("Begleitung Do " + System.nanoTime(), "sq", "THURSDAY"));
        // both fit Tuesday; only one fits Thursday, and a greedy first pick would give Tuesday to that one
        Volunteer both = ready("jugendwerke", "sq", free("TUESDAY", "THURSDAY"), List.of("INTERPRETING"));
        Volunteer onlyTuesday = ready("jugendwerke", "sq", free("TUESDAY"), List.of());
        JsonPath batch = as(JUGENDWERKE_COORDINATOR)
                .get("/api/v1/batch-proposal")
                .then()
                .statusCode(200)
                .body("optimal", equalTo(true))
                .header("Server-Timing", containsString("app;dur="))
                .extract()
                .jsonPath();
        assertEquals(onlyTuesday.id(), batch.getLong("assignments.find { it.taskId == " + tuesday + " }.volunteerId"));
        assertEquals(both.id(), batch.getLong("assignments.find { it.taskId == " + thursday + " }.volunteerId"));
        assertTrue(batch.getList("assignments.find { it.taskId == " + thursday + " }.reasons.text", String.class)
                .contains("spricht Albanisch"));
        // the round table sees the same for Jugendwerke; other carriers and other roles do not
        as(NETWORK)
                .queryParam("carrier", "jugendwerke")
                .get("/api/v1/batch-proposal")
                .then()
                .statusCode(200)
                .body("assignments.find { it.taskId == " + tuesday + " }.volunteerId", equalTo((int) onlyTuesday.id()));
        as(CARITAS_STAFF)
                .queryParam("carrier", "jugendwerke")
                .get("/api/v1/batch-proposal")
                .then()
                .statusCode(404);
        as(ADMIN).get("/api/v1/batch-proposal").then().statusCode(403);
        asVolunteer(both.email()).get("/api/v1/batch-proposal").then().statusCode(403);

        // all or nothing: the second pair cannot be proposed (not free on Thursdays), so neither is
        Map<String, Object> good = Map.of("taskId", tuesday, "volunteerId", onlyTuesday.id());
        Map<String, Object> bad = Map.of("taskId", thursday, "volunteerId", onlyTuesday.id());
        as(JUGENDWERKE_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(good, bad)))
                .post("/api/v1/placements/batch")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("items[1]"))
                .body("errors[0].message", containsString("zu den Zeiten nicht frei"));
        as(JUGENDWERKE_STAFF)
                .queryParam("task", tuesday)
                .get("/api/v1/placements")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        Map<String, Object> second = Map.of("taskId", thursday, "volunteerId", both.id());
        as(JUGENDWERKE_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(good, second)))
                .post("/api/v1/placements/batch")
                .then()
                .statusCode(201)
                .body("status", equalTo(List.of("PROPOSED", "PROPOSED")));
        MailServer.awaitLink(both.email(), 1, "/volunteer/placements.xhtml?id=");
        MailServer.awaitLink(onlyTuesday.email(), 1, "/volunteer/placements.xhtml?id=");
        // proposed places are no longer open: the next batch leaves these tasks out
        JsonPath after = as(JUGENDWERKE_COORDINATOR)
                .get("/api/v1/batch-proposal")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertTrue(
                after.getList("assignments.taskId", Number.class).stream()
                        .map(Number::longValue)
                        .noneMatch(id -> id == tuesday || id == thursday),
                after.prettify());
        as(JUGENDWERKE_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of()))
                .post("/api/v1/placements/batch")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("items"));
    }

    @Test
    void declinedProposalsAreNotRepeatedAndClosingATaskWithdrawsOpenOnes() {
        Volunteer declining = ready("caritas", "tr", free("THURSDAY"), List.of());
        Volunteer waiting = ready("caritas", "tr", free("THURSDAY"), List.of());
        Map<String, Object> body = accompaniment("Begleitung Absage " + System.nanoTime(), "tr", "THURSDAY");
        body.put("volunteersNeeded", 2);
        long task = publishedTask(body);
        long declined = propose(CARITAS_STAFF, task, declining.id());
        long open = propose(CARITAS_STAFF, task, waiting.id());
        asVolunteer(declining.email())
                .contentType(ContentType.JSON)
                .body(Map.of("to", "DECLINED", "reason", "Donnerstags pflege ich meine Mutter"))
                .post("/api/v1/placements/" + declined + "/steps")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("allowedNext", equalTo(List.of()));
        String declineMail = MailServer.text(MailServer.awaitSubject(CARITAS_STAFF, "Absage"));
        assertTrue(declineMail.contains("Donnerstags pflege ich meine Mutter"), declineMail);
        as(CARITAS_STAFF)
                .queryParam("nearMisses", 200)
                .get("/api/v1/tasks/" + task + "/candidates")
                .then()
                .statusCode(200)
                .body(
                        "nearMisses.find { it.volunteerId == " + declining.id() + " }.exclusions.text",
                        hasItem("hat diesen Einsatz schon abgelehnt"));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task, "volunteerId", declining.id()))
                .post("/api/v1/placements")
                .then()
                .statusCode(409)
                .body("detail", containsString("hat abgelehnt"));
        // another volunteer's placement does not exist for them
        asVolunteer(declining.email())
                .contentType(ContentType.JSON)
                .body(Map.of("to", "ACCEPTED"))
                .post("/api/v1/placements/" + open + "/steps")
                .then()
                .statusCode(404);

        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "CLOSED"))
                .post("/api/v1/tasks/" + task + "/status-changes")
                .then()
                .statusCode(200);
        asVolunteer(waiting.email())
                .get("/api/v1/placements/" + open)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelCause", equalTo("TASK_CLOSED"));
        MailServer.awaitSubject(waiting.email(), "Einsatz beendet");
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task, "volunteerId", waiting.id()))
                .post("/api/v1/placements")
                .then()
                .statusCode(409)
                .body("detail", containsString("nicht ausgeschrieben"));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("volunteerId", waiting.id()))
                .post("/api/v1/placements")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("taskId"));

        // a volunteer who leaves lets go of their place; the task is open again and the staff are told
        long another = publishedTask(accompaniment("Begleitung Abschied " + System.nanoTime(), "tr", "THURSDAY"));
        long accepted = propose(CARITAS_STAFF, another, declining.id());
        asVolunteer(declining.email())
                .contentType(ContentType.JSON)
                .body(Map.of("to", "ACCEPTED"))
                .post("/api/v1/placements/" + accepted + "/steps")
                .then()
                .statusCode(200);
        as(CARITAS_STAFF).get("/api/v1/tasks/" + another).then().body("status", equalTo("FILLED"));
        asVolunteer(declining.email())
                .contentType(ContentType.JSON)
                .body(Map.of("status", "LEFT", "reason", "Umzug"))
                .post("/api/v1/volunteers/me/status-changes")
                .then()
                .statusCode(200);
        as(CARITAS_STAFF)
                .get("/api/v1/placements/" + accepted)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelCause", equalTo("BY_VOLUNTEER"))
                .body("endReason", equalTo("Umzug"));
        as(CARITAS_STAFF).get("/api/v1/tasks/" + another).then().body("status", equalTo("OPEN"));
        MailServer.awaitLink(CARITAS_STAFF, 2, "/staff/placement.xhtml?id=" + accepted);
    }

    @Test
    void acceptingAndTheTandemStepsCheckAgainAndAConvictionStopsAtOnce() {
        // a place held on Tuesday afternoon takes that time: a second Tuesday task cannot be accepted too
        Volunteer busy = ready("caritas", "tr", free("TUESDAY"), List.of());
        long first = publishedTask(accompaniment("Begleitung Zeit 1 " + System.nanoTime(), "tr", "TUESDAY"));
        long second = publishedTask(accompaniment("Begleitung Zeit 2 " + System.nanoTime(), "tr", "TUESDAY"));
        long firstPlacement = propose(CARITAS_STAFF, first, busy.id());
        long secondPlacement = propose(CARITAS_STAFF, second, busy.id());
        accept(busy, firstPlacement).then().statusCode(200);
        accept(busy, secondPlacement)
                .then()
                .statusCode(409)
                .body("detail", containsString("zu den Zeiten schon in einem Einsatz"));

        // paused after the proposal: accepting waits until they are back
        Volunteer pausing = ready("caritas", "tr", free("TUESDAY"), List.of());
        long third = propose(CARITAS_STAFF, second, pausing.id());
        asVolunteer(pausing.email())
                .contentType(ContentType.JSON)
                .body(Map.of("status", "PAUSED"))
                .post("/api/v1/volunteers/me/status-changes")
                .then()
                .statusCode(200);
        accept(pausing, third).then().statusCode(409).body("detail", containsString("nicht aktiv"));

        // fewer places than proposals out: staff lower the number, the open proposal is withdrawn
        Map<String, Object> two = accompaniment("Begleitung Plätze " + System.nanoTime(), "tr", "THURSDAY");
        two.put("volunteersNeeded", 2);
        long task = publishedTask(two);
        Volunteer one = ready("caritas", "tr", free("THURSDAY"), List.of());
        Volunteer other = ready("caritas", "tr", free("THURSDAY"), List.of());
        accept(one, propose(CARITAS_STAFF, task, one.id())).then().statusCode(200);
        long open = propose(CARITAS_STAFF, task, other.id());
        two.put("volunteersNeeded", 1);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(two)
                .put("/api/v1/tasks/" + task)
                .then()
                .statusCode(200)
                .body("status", equalTo("FILLED"));
        as(CARITAS_STAFF)
                .get("/api/v1/placements/" + open)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelCause", equalTo("TASK_FILLED"));

        // on condition (the basic course still to come): proposed and accepted, but no contact with the family yet
        long godparent = publishedTask(Tasks.godparent("Patenschaft Kurs " + System.nanoTime(), null, null));
        Volunteer learning = volunteer(List.of("caritas"), false, Map.of());
        activate(CARITAS_STAFF, learning);
        inspect(CARITAS_STAFF, learning);
        signDeclarations(learning.email());
        Map<String, Object> run =
                Courses.run("basic-godparent", 10, Courses.on(Tasks.today().plusDays(10), "18:00", "21:00"));
        run.put("place", "Pfarrsaal " + System.nanoTime());
        long course = as(CARITAS_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(run)
                .post("/api/v1/course-runs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        asVolunteer(learning.email())
                .post("/api/v1/course-runs/" + course + "/enrolment")
                .then()
                .statusCode(201);
        long onCondition = propose(CARITAS_STAFF, godparent, learning.id());
        accept(learning, onCondition).then().statusCode(200);
        staffStep(
                        onCondition,
                        Map.of("to", "INTRO_MEETING", "meetingAt", Tasks.today().plusDays(2) + "T10:00"))
                .then()
                .statusCode(200);
        staffStep(onCondition, Map.of("to", "GETTING_TO_KNOW"))
                .then()
                .statusCode(409)
                .body("detail", containsString("kann noch nicht beginnen"));

        // a relevant conviction recorded by the carrier stops its placements in tasks needing clearance at once
        inspection(CARITAS_STAFF, learning, true);
        as(CARITAS_STAFF)
                .get("/api/v1/placements/" + onCondition)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("endReason", equalTo("§ 72a SGB VIII"));
        MailServer.awaitLink(CARITAS_STAFF, 2, "/staff/placement.xhtml?id=" + onCondition);

        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body("{\"items\": [null]}")
                .post("/api/v1/placements/batch")
                .then()
                .statusCode(400);
    }

    @Test
    void anActivePlacementKeepsTheInspectionItNeedsAndItsEndStartsTheSixMonths() {
        long godparent = publishedTask(Tasks.godparent("Patenschaft Aufbewahrung " + System.nanoTime(), null, null));
        Volunteer placed = volunteer(List.of("caritas"), false, Map.of());
        activate(CARITAS_STAFF, placed);
        qualify(CARITAS_STAFF, placed, "basic-godparent");
        inspect(CARITAS_STAFF, placed);
        signDeclarations(placed.email());
        long check = as(CARITAS_STAFF)
                .get("/api/v1/volunteers/" + placed.id() + "/clearance/checks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("[0].id");
        long placement = propose(CARITAS_STAFF, godparent, placed.id());
        accept(placed, placement).then().statusCode(200);
        staffStep(
                        placement,
                        Map.of("to", "INTRO_MEETING", "meetingAt", Tasks.today().plusDays(1) + "T10:00"))
                .then()
                .statusCode(200);
        for (Map<String, Object> step : List.<Map<String, Object>>of(
                Map.of("to", "GETTING_TO_KNOW"),
                Map.of("to", "TRIAL_PERIOD"),
                Map.of("to", "ACTIVE", "familyConsent", true))) {
            staffStep(placement, step).then().statusCode(200);
        }
        LocalDate later = Tasks.today().plusMonths(7);
        try (MovedClock sevenMonthsOn = clockAt(later)) {
            // active all along: nothing to delete, although the activity recorded at the start is 7 months old
            assertTrue(plannedDeletions().stream().noneMatch(id -> id == check), "kept while active");
            staffStep(placement, Map.of("to", "ENDED", "reason", "Familie braucht keine Patin mehr"))
                    .then()
                    .statusCode(200);
        }
        try (MovedClock afterSixMore = clockAt(later.plusMonths(6).plusDays(2))) {
            assertTrue(plannedDeletions().contains(check), "deleted six months after the end");
        }
    }

    private List<Long> plannedDeletions() {
        return as(CARITAS_COORDINATOR)
                .get("/api/v1/clearance-deletions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("checkId", Number.class)
                .stream()
                .map(Number::longValue)
                .toList();
    }

    private Response accept(Volunteer volunteer, long placement) {
        return asVolunteer(volunteer.email())
                .contentType(ContentType.JSON)
                .body(Map.of("to", "ACCEPTED"))
                .post("/api/v1/placements/" + placement + "/steps");
    }

    private Response staffStep(long placement, Map<String, Object> body) {
        return as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/placements/" + placement + "/steps");
    }

    private void inspection(String staff, Volunteer volunteer, boolean conviction) {
        LocalDate today = Tasks.today();
        as(staff)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "inspectedOn",
                        today.minusDays(1).toString(),
                        "certificateIssuedOn",
                        today.minusDays(20).toString(),
                        "relevantConviction",
                        conviction))
                .post("/api/v1/volunteers/" + volunteer.id() + "/clearance/checks")
                .then()
                .statusCode(201);
    }

    private long publishedTaskOf(String staff, Map<String, Object> body) {
        long id = as(staff)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/tasks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as(staff)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "OPEN"))
                .post("/api/v1/tasks/" + id + "/status-changes")
                .then()
                .statusCode(200);
        return id;
    }
}
