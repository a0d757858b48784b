package org.quartiersnetz.it;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Browser;
import org.quartiersnetz.it.support.Profiles;

/** The clearance pages: staff record an inspection for a volunteer; the volunteer sees it and shares it. */
class ClearancePagesIT extends BlackBoxTest {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @Test
    void staffRecordAnInspectionAndTheVolunteerSeesAndSharesIt() throws IOException {
        String email = signedUpVolunteer();
        long id = ((Number) asVolunteer(email)
                        .contentType(ContentType.JSON)
                        .body(Profiles.profile("Seitenprüfung", List.of("caritas", "jugendwerke"), false))
                        .put("/api/v1/volunteers/me")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id"))
                .longValue();

        Browser staff = signedIn(CARITAS_STAFF);
        String path = "/staff/clearance.xhtml?volunteer=" + id;
        Document page = staff.open(path);
        assertEquals(200, staff.lastResponse().statusCode());
        assertTrue(
                page.select("#volunteer-name").text().contains("Seitenprüfung"),
                page.select("main").text());
        assertTrue(
                page.select("#status").text().contains("keine Einsichtnahme"),
                page.select("#status").text());

        Document tooOld = staff.form(page, "inspection")
                .set("inspectedOn_input", SHOWN.format(TODAY))
                .set("certificateIssuedOn_input", SHOWN.format(TODAY.minusMonths(4)))
                .submit("save");
        assertTrue(
                tooOld.select("main").text().contains("höchstens 3 Monate"),
                tooOld.select("main").text());
        as(CARITAS_STAFF)
                .get("/api/v1/volunteers/" + id + "/clearance/checks")
                .then()
                .body("size()", equalTo(0));

        Document saved = staff.form(tooOld, "inspection")
                .set("inspectedOn_input", SHOWN.format(TODAY))
                .set("certificateIssuedOn_input", SHOWN.format(TODAY.minusDays(20)))
                .submit("save");
        assertTrue(
                saved.select("#messages").text().contains("festgehalten"),
                saved.select("#messages").text());
        assertTrue(
                saved.select("#status").text().contains("eingesehen, gültig"),
                saved.select("#status").text());
        as(CARITAS_STAFF)
                .get("/api/v1/volunteers/" + id + "/clearance/checks")
                .then()
                .body("relevantConviction", equalTo(List.of(false)));

        Browser volunteer = signedIn(email, PASSWORD);
        Document own = volunteer.open("/volunteer/clearance.xhtml");
        assertEquals(200, volunteer.lastResponse().statusCode());
        assertTrue(
                own.select("#checks").text().contains("Caritas"),
                own.select("#checks").text());
        Document shared =
                volunteer.form(own, "consent").check("shareConsent_input", "on").submit("save");
        assertTrue(
                shared.select("#messages").text().contains("sehen jetzt"),
                shared.select("#messages").text());
        as(JUGENDWERKE_STAFF)
                .get("/api/v1/volunteers/" + id + "/clearance/status")
                .then()
                .body("status", equalTo("VALID"));

        Browser outsider = signedIn(JUGENDWERKE_STAFF);
        outsider.open("/staff/clearance.xhtml?volunteer=999999999");
        assertEquals(404, outsider.lastResponse().statusCode());
    }
}
