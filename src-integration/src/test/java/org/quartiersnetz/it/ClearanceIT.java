package org.quartiersnetz.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quartiersnetz.it.support.Clearances.inspection;
import static org.quartiersnetz.it.support.Clearances.recentInspection;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Clearances;
import org.quartiersnetz.it.support.Profiles;
import org.quartiersnetz.it.support.Tasks;

/**
 * §72a inspections over the API: only the allowed data, the certificate's age, who sees an
 * inspection (the inspecting carrier; others only with consent), the letter, and deletion by
 * §72a(5) where the dry run lists exactly what the real run deletes. Some tests put dates in the
 * past, one moves the server's clock forward (QN_TEST_CLOCK).
 */
class ClearanceIT extends BlackBoxTest {

    private static final String DELETIONS = "/api/v1/clearance-deletions";
    private static final LocalDate TODAY = Clearances.TODAY;
    private static final LocalDate LONG_AGO = LocalDate.of(2025, 1, 10);

    /** A volunteer (confirmed, with the given carriers chosen): their e-mail and id. */
    record Volunteer(String email, long id) {

        String checks() {
            return "/api/v1/volunteers/" + id + "/clearance/checks";
        }

        String clearance(String part) {
            return "/api/v1/volunteers/" + id + "/clearance/" + part;
        }
    }

    private Volunteer volunteer(List<String> carriers) {
        String email = signedUpVolunteer();
        Map<String, Object> profile =
                Profiles.profile("Prüfung-" + UUID.randomUUID().toString().substring(0, 8), carriers, false);
        long id = ((Number) asVolunteer(email)
                        .contentType(ContentType.JSON)
                        .body(profile)
                        .put("/api/v1/volunteers/me")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id"))
                .longValue();
        return new Volunteer(email, id);
    }

    private long record(String staff, Volunteer v, Map<String, Object> body) {
        return ((Number) as(staff)
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post(v.checks())
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    private String status(String staff, Volunteer v) {
        return as(staff)
                .get(v.clearance("status"))
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    private void consent(Volunteer v, boolean consent) {
        asVolunteer(v.email())
                .contentType(ContentType.JSON)
                .body(Map.of("shareConsent", consent))
                .put("/api/v1/volunteers/me/clearance/consent")
                .then()
                .statusCode(200)
                .body("shareConsent", equalTo(consent));
    }

    @Test
    void caritasRecordsAnInspectionAndJugendwerkeSeesItOnlyWithTheVolunteersConsent() {
        Volunteer v = volunteer(List.of("caritas", "jugendwerke"));
        assertEquals("MISSING", status(CARITAS_STAFF, v));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(recentInspection())
                .post(v.checks())
                .then()
                .statusCode(201)
                .header("Location", containsString(v.checks()))
                .body("carrier", equalTo("caritas"))
                .body("inspectedBy", equalTo(CARITAS_STAFF))
                .body("inspectedOn", equalTo(TODAY.minusDays(3).toString()))
                .body("certificateIssuedOn", equalTo(TODAY.minusDays(30).toString()))
                .body("relevantConviction", equalTo(false))
                .body("renewalDueOn", equalTo(TODAY.minusDays(30).plusYears(5).toString()))
                .body("lastActivityOn", nullValue());
        as(CARITAS_COORDINATOR).get(v.checks()).then().statusCode(200).body("carrier", equalTo(List.of("caritas")));
        assertEquals("VALID", status(CARITAS_STAFF, v));
        assertEquals(
                "DUE",
                as(CARITAS_STAFF)
                        .queryParam("on", TODAY.minusDays(30).plusYears(5).toString())
                        .get(v.clearance("status"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("status"));

        as(JUGENDWERKE_STAFF).get(v.checks()).then().statusCode(200).body("$", empty());
        assertEquals("MISSING", status(JUGENDWERKE_STAFF, v));

        consent(v, true);
        as(JUGENDWERKE_STAFF).get(v.checks()).then().statusCode(200).body("carrier", equalTo(List.of("caritas")));
        assertEquals("VALID", status(JUGENDWERKE_COORDINATOR, v));

        consent(v, false);
        as(JUGENDWERKE_STAFF).get(v.checks()).then().statusCode(200).body("$", empty());
        assertEquals("MISSING", status(JUGENDWERKE_STAFF, v));
        assertEquals("VALID", status(CARITAS_STAFF, v));
    }

    @Test
    void volunteersSeeTheirOwnClearanceOnlyAndOutsidersNothing() {
        Volunteer v = volunteer(List.of("caritas"));
        Volunteer other = volunteer(List.of("caritas"));
        record(CARITAS_STAFF, v, recentInspection());
        asVolunteer(v.email())
                .get("/api/v1/volunteers/me/clearance")
                .then()
                .statusCode(200)
                .body("shareConsent", equalTo(false))
                .body("inspections", hasSize(1))
                .body("inspections[0].carrier", equalTo("caritas"))
                .body("inspections[0].relevantConviction", equalTo(false))
                .body("inspections[0].inspectedBy", nullValue());
        asVolunteer(other.email())
                .get("/api/v1/volunteers/me/clearance")
                .then()
                .statusCode(200)
                .body("inspections", empty());
        asVolunteer(other.email()).get(v.checks()).then().statusCode(403);

        // chosen only Caritas and not in the pool: for Jugendwerke the volunteer does not exist, consent or not
        consent(v, true);
        as(JUGENDWERKE_STAFF).get(v.checks()).then().statusCode(404).contentType("application/problem+json");
        as(JUGENDWERKE_STAFF)
                .contentType(ContentType.JSON)
                .body(recentInspection())
                .post(v.checks())
                .then()
                .statusCode(404);
        as(JUGENDWERKE_STAFF)
                .accept("application/pdf")
                .get(v.clearance("letter"))
                .then()
                .statusCode(404);
        for (String stranger : List.of(NETWORK, ADMIN)) {
            as(stranger).get(v.checks()).then().statusCode(403);
        }
        api().get(v.checks()).then().statusCode(401);
        as(CARITAS_STAFF)
                .get("/api/v1/volunteers/999999999/clearance/checks")
                .then()
                .statusCode(404);
    }

    @Test
    void aRelevantConvictionIsStoredAndMeansNeverPlace() {
        Volunteer v = volunteer(List.of("caritas"));
        record(CARITAS_STAFF, v, inspection(TODAY.minusDays(1), TODAY.minusDays(10), true));
        as(CARITAS_STAFF).get(v.checks()).then().statusCode(200).body("relevantConviction", equalTo(List.of(true)));
        assertEquals("CONVICTION", status(CARITAS_STAFF, v));
        record(CARITAS_STAFF, v, recentInspection());
        assertEquals("CONVICTION", status(CARITAS_STAFF, v), "a later inspection does not undo a conviction");
        as(CARITAS_STAFF)
                .queryParam("volunteer", v.id())
                .queryParam("type", "godparent")
                .get("/api/v1/eligibility")
                .then()
                .statusCode(200)
                .body("missing.requirement", Matchers.hasItem("CONVICTION"));
        // the round table sees no inspection, so not its result either
        as(NETWORK)
                .queryParam("volunteer", v.id())
                .queryParam("type", "godparent")
                .queryParam("carrier", "caritas")
                .get("/api/v1/eligibility")
                .then()
                .statusCode(200)
                .body("verdict", equalTo("NOT_ELIGIBLE"))
                .body("missing.requirement", Matchers.hasItem("CLEARANCE"))
                .body("missing.requirement", Matchers.not(Matchers.hasItem("CONVICTION")));
    }

    @Test
    void datesInTheFutureOrACertificateOlderThanThreeMonthsAreRefusedAndNothingIsStored() {
        Volunteer v = volunteer(List.of("caritas"));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(inspection(TODAY.minusDays(1), TODAY.plusDays(1), false))
                .post(v.checks())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("certificateIssuedOn")));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(inspection(TODAY.plusDays(1), TODAY.minusDays(1), false))
                .post(v.checks())
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("inspectedOn")));
        LocalDate inspected = TODAY.minusDays(2);
        as(CARITAS_STAFF)
                .header("Accept-Language", "de")
                .contentType(ContentType.JSON)
                .body(inspection(inspected, inspected.minusMonths(3).minusDays(1), false))
                .post(v.checks())
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("certificateIssuedOn")))
                .body("detail", containsString("höchstens 3 Monate"))
                .body("detail", containsString(inspected.minusMonths(3).toString()));
        record(CARITAS_STAFF, v, inspection(inspected, inspected.minusMonths(3), false)); // just in time
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post(v.checks())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("inspectedOn"));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("inspectedOn", "gestern"))
                .post(v.checks())
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("inspectedOn")));
        as(CARITAS_STAFF).get(v.checks()).then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void anythingBeyondTheAllowedDataIsRefusedNotSilentlyDropped() {
        Volunteer v = volunteer(List.of("caritas"));
        Map<String, Object> more = recentInspection();
        more.put("offence", "§ 184b StGB");
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(more)
                .post(v.checks())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("offence")));
        as(CARITAS_STAFF).get(v.checks()).then().statusCode(200).body("$", empty());
        String stored = as(CARITAS_STAFF).get(v.checks()).asString();
        assertTrue(!stored.contains("184b"), stored);
    }

    @Test
    void staffGetALetterConfirmingTheVolunteerRoleAsPdf() throws IOException {
        Volunteer v = volunteer(List.of("caritas"));
        String carrierName = api().get("/api/v1/carriers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("find { it.code == 'caritas' }.name");
        String lastName = as(CARITAS_STAFF)
                .get("/api/v1/volunteers/" + v.id())
                .then()
                .statusCode(200)
                .extract()
                .path("lastName");
        byte[] pdf = as(CARITAS_STAFF)
                .accept("application/pdf")
                .get(v.clearance("letter"))
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Ayşe " + lastName), text);
            assertTrue(text.contains("12.04.1985"), text);
            assertTrue(text.contains(carrierName), text);
            assertTrue(text.contains("§ 72a SGB VIII"), text);
            assertTrue(text.contains("gebührenfrei"), text);
        }
    }

    @Test
    void theDryRunListsExactlyWhatTheRealRunDeletesAndNothingOutsideTheRuleIsTouched() {
        Volunteer noActivity = volunteer(List.of("caritas"));
        Volunteer activityLongAgo = volunteer(List.of("caritas"));
        Volunteer fresh = volunteer(List.of("caritas"));
        Volunteer stillActive = volunteer(List.of("caritas"));
        Volunteer otherCarrier = volunteer(List.of("jugendwerke"));
        Map<String, Object> old = inspection(LONG_AGO, LONG_AGO.minusDays(20), false);
        long due1 = record(CARITAS_STAFF, noActivity, old);
        long due2 = record(CARITAS_STAFF, activityLongAgo, old);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("on", LONG_AGO.plusMonths(1).toString()))
                .post(activityLongAgo.clearance("activity"))
                .then()
                .statusCode(200)
                .body("inspections", equalTo(1));
        long keptFresh = record(CARITAS_STAFF, fresh, inspection(TODAY.minusDays(10), TODAY.minusDays(40), false));
        long keptActive = record(CARITAS_STAFF, stillActive, old);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("on", TODAY.minusDays(1).toString()))
                .post(stillActive.clearance("activity"))
                .then()
                .statusCode(200);
        long otherDue = record(JUGENDWERKE_STAFF, otherCarrier, old);

        List<Map<String, Object>> plan = as(CARITAS_COORDINATOR)
                .get(DELETIONS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        Map<Long, String> reasons = new HashMap<>();
        plan.forEach(p -> reasons.put(((Number) p.get("checkId")).longValue(), (String) p.get("reason")));
        assertEquals("NO_ACTIVITY_TAKEN_UP", reasons.get(due1));
        assertEquals("AFTER_LAST_ACTIVITY", reasons.get(due2));
        for (long kept : List.of(keptFresh, keptActive, otherDue)) {
            assertTrue(!reasons.containsKey(kept), kept + " is not planned: " + reasons);
        }
        assertTrue(plan.stream().allMatch(p -> "caritas".equals(p.get("carrier"))), plan.toString());
        Set<Long> all = ids(as(ADMIN)
                .get(DELETIONS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("checkId"));
        assertTrue(
                all.containsAll(Set.of(due1, due2, otherDue)) && !all.contains(keptFresh) && !all.contains(keptActive),
                all.toString());
        // the dry run deleted nothing
        as(CARITAS_STAFF).get(noActivity.checks()).then().body("$", hasSize(1));
        as(JUGENDWERKE_STAFF).get(otherCarrier.checks()).then().body("$", hasSize(1));

        Set<Long> deleted = ids(as(CARITAS_COORDINATOR)
                .post(DELETIONS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("checkId"));
        assertEquals(reasons.keySet(), deleted, "the real run deletes what the dry run listed");
        as(CARITAS_STAFF).get(noActivity.checks()).then().body("$", empty());
        as(CARITAS_STAFF).get(activityLongAgo.checks()).then().body("$", empty());
        as(CARITAS_STAFF).get(fresh.checks()).then().body("id", equalTo(List.of((int) keptFresh)));
        as(CARITAS_STAFF).get(stillActive.checks()).then().body("id", equalTo(List.of((int) keptActive)));
        as(JUGENDWERKE_STAFF).get(otherCarrier.checks()).then().body("id", equalTo(List.of((int) otherDue)));
        as(CARITAS_COORDINATOR).get(DELETIONS).then().statusCode(200).body("$", empty());

        assertTrue(ids(as(ADMIN)
                        .post(DELETIONS)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("checkId"))
                .contains(otherDue));
        as(JUGENDWERKE_STAFF).get(otherCarrier.checks()).then().body("$", empty());
        as(CARITAS_STAFF).get(fresh.checks()).then().body("$", hasSize(1));
        as(CARITAS_STAFF).get(stillActive.checks()).then().body("$", hasSize(1));

        for (String refused : List.of(CARITAS_STAFF, JUGENDWERKE_STAFF, NETWORK)) {
            as(refused).get(DELETIONS).then().statusCode(403);
            as(refused).post(DELETIONS).then().statusCode(403);
        }
        asVolunteer(fresh.email()).get(DELETIONS).then().statusCode(403);
        api().post(DELETIONS).then().statusCode(401);
    }

    @Test
    void withTheServersClockMovedOnRenewalFallsDueAndTheRetentionRuleDeletesOnlyWhatItNames() {
        Volunteer idle = volunteer(List.of("caritas"));
        Volunteer working = volunteer(List.of("caritas"));
        Map<String, Object> today = inspection(TODAY, TODAY.minusDays(20), false);
        long idleCheck = record(CARITAS_STAFF, idle, today);
        long workingCheck = record(CARITAS_STAFF, working, today);
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("on", TODAY.toString()))
                .post(working.clearance("activity"))
                .then()
                .statusCode(200);
        // on the café's roster in a month: active, though nobody recorded it
        Volunteer onRoster = volunteer(List.of("caritas"));
        long rosterCheck = record(CARITAS_STAFF, onRoster, today);
        long cafe = publishedTask(
                Tasks.cafe("Elterncafé " + UUID.randomUUID().toString().substring(0, 6)));
        LocalDate inAMonth = TODAY.plusMonths(1);
        long slot = ((Number) as(CARITAS_STAFF)
                        .contentType(ContentType.JSON)
                        .body(Tasks.slots(inAMonth, 1, "09:00", "12:00", 2))
                        .post("/api/v1/tasks/" + cafe + "/slots")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getList("id")
                        .get(0))
                .longValue();
        asVolunteer(onRoster.email())
                .post("/api/v1/slots/" + slot + "/booking")
                .then()
                .statusCode(201)
                .body("status", equalTo("CONFIRMED"));
        assertTrue(
                !planned().containsKey(idleCheck) && !planned().containsKey(workingCheck),
                planned().toString());

        try (MovedClock graceOver = clockAt(TODAY.plusMonths(3).plusDays(1))) {
            Map<Long, String> plan = planned();
            assertEquals("NO_ACTIVITY_TAKEN_UP", plan.get(idleCheck));
            assertTrue(!plan.containsKey(workingCheck) && !plan.containsKey(rosterCheck), plan.toString());
            assertEquals("VALID", status(CARITAS_STAFF, working));
            Set<Long> deleted = ids(as(CARITAS_COORDINATOR)
                    .post(DELETIONS)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("checkId"));
            assertEquals(plan.keySet(), deleted);
            as(CARITAS_STAFF).get(idle.checks()).then().body("$", empty());
            as(CARITAS_STAFF).get(working.checks()).then().body("id", equalTo(List.of((int) workingCheck)));
        }
        try (MovedClock halfAYearAfterActivity = clockAt(TODAY.plusMonths(6).plusDays(1))) {
            assertEquals("AFTER_LAST_ACTIVITY", planned().get(workingCheck));
            assertTrue(!planned().containsKey(rosterCheck), "six months after the café date, not yet");
        }
        try (MovedClock halfAYearAfterTheCafe = clockAt(inAMonth.plusMonths(6).plusDays(1))) {
            assertEquals("AFTER_LAST_ACTIVITY", planned().get(rosterCheck));
        }
        try (MovedClock renewal = clockAt(TODAY.minusDays(20).plusYears(5))) {
            assertEquals("DUE", status(CARITAS_STAFF, working));
        }
        assertEquals("VALID", status(CARITAS_STAFF, working));
        assertTrue(!planned().containsKey(workingCheck));
        as(CARITAS_STAFF).get(working.checks()).then().body("$", hasSize(1));
    }

    private Map<Long, String> planned() {
        Map<Long, String> reasons = new HashMap<>();
        as(CARITAS_COORDINATOR)
                .get(DELETIONS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$", Map.class)
                .forEach(p -> reasons.put(((Number) p.get("checkId")).longValue(), (String) p.get("reason")));
        return reasons;
    }

    private static Set<Long> ids(List<Object> values) {
        Set<Long> ids = new HashSet<>();
        values.forEach(value -> ids.add(((Number) value).longValue()));
        return ids;
    }
}
