package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Browser;
import org.quartiersnetz.it.support.Profiles;

/** Staff pages: the lazy volunteer list, one volunteer with lifecycle step and notes; refused roles. */
class StaffVolunteerPagesIT extends BlackBoxTest {

    @Test
    void caritasStaffFindAVolunteerAndMoveThemOn() throws IOException {
        String name = "Seite" + UUID.randomUUID().toString().substring(0, 8);
        String email = signedUpVolunteer();
        long id = ((Number) asVolunteer(email)
                        .contentType(ContentType.JSON)
                        .body(Profiles.profile(name, List.of("caritas"), false))
                        .put("/api/v1/volunteers/me")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id"))
                .longValue();

        Browser staff = signedIn(CARITAS_COORDINATOR);
        assertTrue(staff.lastResponse().url().getPath().endsWith("/staff/volunteers.xhtml"), "staff land on the list");
        Document list = staff.open("/staff/volunteers.xhtml");
        assertEquals(200, staff.lastResponse().statusCode());
        assertNotNull(list.selectFirst("#list\\:table"), "the table renders");
        assertTrue(list.select("#list\\:table tbody tr").size() >= 1, "the first page is loaded");

        Document detail = staff.open("/staff/volunteer.xhtml?id=" + id);
        assertEquals(200, staff.lastResponse().statusCode());
        assertTrue(detail.title().startsWith("Ayşe " + name), detail.title());
        // a limit from a backing bean's own constraint reaches the page too
        assertEquals("500", detail.select("#actions\\:reason").attr("maxlength"));
        Document moved = staff.form(detail, "actions")
                .set("nextStatus_input", "INTERVIEWED")
                .submit("changeStatus");
        assertEquals("Erstgespräch geführt", moved.getElementById("status").text());
        Document noted = staff.form(moved, "notes")
                .set("note", "Erstes Gespräch, sehr motiviert.")
                .submit("addNote");
        assertTrue(noted.getElementById("noteList").text().contains("sehr motiviert"));
        staff.form(noted, "notes").set("note", "x".repeat(4001)).submit("addNote");
        assertEquals(200, staff.lastResponse().statusCode(), "an over-long note is no server error");
        as(CARITAS_COORDINATOR)
                .get("/api/v1/volunteers/" + id + "/notes")
                .then()
                .body("text.collect { it.length() }.max()", Matchers.equalTo(4000));

        Browser other = signedIn(JUGENDWERKE_STAFF);
        other.open("/staff/volunteer.xhtml?id=" + id);
        assertEquals(404, other.lastResponse().statusCode());
    }

    @Test
    void volunteersAndStrangersCannotOpenStaffPages() throws IOException {
        String email = signedUpVolunteer();
        Browser volunteer = new Browser(url(""), null);
        volunteer
                .form(volunteer.open("/login.xhtml"), "login")
                .set("email", email)
                .set("password", PASSWORD)
                .submit("submit");
        volunteer.open("/staff/volunteers.xhtml");
        assertEquals(404, volunteer.lastResponse().statusCode());

        Browser anonymous = new Browser(url(""), null);
        anonymous.open("/staff/volunteers.xhtml");
        assertTrue(anonymous.lastResponse().url().getPath().endsWith("/login.xhtml"));

        Browser admin = signedIn(ADMIN);
        admin.open("/staff/volunteers.xhtml");
        assertEquals(404, admin.lastResponse().statusCode());
    }
}
