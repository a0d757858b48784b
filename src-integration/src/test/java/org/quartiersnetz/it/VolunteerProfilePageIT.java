package org.quartiersnetz.it;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Browser;
import org.quartiersnetz.it.support.Profiles;

/** The volunteer completes the profile through the real page; staff and strangers cannot open it. */
class VolunteerProfilePageIT extends BlackBoxTest {

    @Test
    void aVolunteerCompletesTheProfileOnThePage() throws IOException {
        String email = signedUpVolunteer();
        Browser browser = signedIn(email, PASSWORD);
        Document page = browser.open("/volunteer/edit-profile.xhtml");
        assertEquals(200, browser.lastResponse().statusCode());
        assertEquals("Profil bearbeiten – Quartiersnetz", page.title());
        assertNotNull(page.selectFirst("label[for=profile:sharedPool_input]"), "pool consent has its own label");
        assertEquals(8, page.select("fieldset.qn-day legend").size() + 1, "one group per weekday");

        Browser.Form form = browser.form(page, "profile")
                .set("lastName", "Seitenprofil")
                .set("postcode", "51373")
                .set("area", "Derrsiedlung")
                .check("skills", "COOKING")
                .check("carriers", "caritas")
                .check("interests", "parents-cafe")
                .check("sharedPool_input", "on");
        form.checkByName(dayBoxes(page, 1), "AFTERNOON");
        Document saved = form.submit("save");

        assertTrue(
                browser.lastResponse().url().getPath().endsWith("/volunteer/profile.xhtml"),
                saved.select(".ui-message-error, .ui-messages-error").text());
        assertTrue(saved.text().contains("Ihr Profil ist gespeichert."), saved.text());
        asVolunteer(email)
                .get("/api/v1/volunteers/me")
                .then()
                .body("lastName", equalTo("Seitenprofil"))
                .body("skills", containsInAnyOrder("COOKING"))
                .body("carriers", containsInAnyOrder("caritas"))
                .body("interests", containsInAnyOrder("parents-cafe"))
                .body("sharedPool", equalTo(true))
                .body("availability", equalTo(List.of(Map.of("day", "TUESDAY", "band", "AFTERNOON"))))
                .body("languageLevels.tr", equalTo("GOOD"));
    }

    @Test
    void aWrongPostcodeIsShownNextToTheFieldAndNothingIsSaved() throws IOException {
        String email = signedUpVolunteer();
        Browser browser = signedIn(email, PASSWORD);
        Document page = browser.form(browser.open("/volunteer/edit-profile.xhtml"), "profile")
                .set("postcode", "5137x")
                .set("lastName", "Nichtgespeichert")
                .submit("save");
        Element field = page.getElementById("profile:postcode").closest(".qn-field");
        assertTrue(field.text().contains("fünf Ziffern"), field.text());
        assertEquals("true", page.getElementById("profile:postcode").attr("aria-invalid"));
        asVolunteer(email).get("/api/v1/volunteers/me").then().body("lastName", equalTo("Yılmaz"));
    }

    @Test
    void staffAndStrangersCannotOpenTheVolunteerPages() throws IOException {
        Browser anonymous = new Browser(url(""), null);
        anonymous.open("/volunteer/edit-profile.xhtml");
        assertTrue(anonymous.lastResponse().url().getPath().endsWith("/login.xhtml"));

        Browser staff = signedIn(CARITAS_STAFF, DEMO_PASSWORD);
        staff.open("/volunteer/edit-profile.xhtml");
        assertEquals(404, staff.lastResponse().statusCode());
    }

    @Test
    void staffEditAProfileOnTheVolunteersBehalfAndOthersCannot() throws IOException {
        String email = signedUpVolunteer();
        long id = ((Number) asVolunteer(email)
                        .contentType(io.restassured.http.ContentType.JSON)
                        .body(Profiles.profile("Vertretung", List.of("caritas"), false))
                        .put("/api/v1/volunteers/me")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id"))
                .longValue();
        Browser staff = signedIn(CARITAS_STAFF, DEMO_PASSWORD);
        Document page = staff.open("/volunteer/edit-profile.xhtml?id=" + id);
        assertEquals(200, staff.lastResponse().statusCode());
        staff.form(page, "profile").set("area", "Wohnpark Steinbüchel").submit("save");
        assertTrue(
                staff.lastResponse().url().toString().contains("/staff/volunteer.xhtml"),
                staff.lastResponse().url().toString());
        asVolunteer(email).get("/api/v1/volunteers/me").then().body("area", equalTo("Wohnpark Steinbüchel"));

        Browser other = signedIn(JUGENDWERKE_STAFF, DEMO_PASSWORD);
        other.open("/volunteer/edit-profile.xhtml?id=" + id);
        assertEquals(404, other.lastResponse().statusCode());
        Browser admin = signedIn(ADMIN, DEMO_PASSWORD);
        admin.open("/volunteer/edit-profile.xhtml?id=" + id);
        assertEquals(404, admin.lastResponse().statusCode());
        Browser volunteer = signedIn(signedUpVolunteer(), PASSWORD);
        volunteer.open("/volunteer/edit-profile.xhtml?id=" + id);
        assertEquals(404, volunteer.lastResponse().statusCode(), "a volunteer cannot open another's profile");
    }

    /** The name of the checkbox group of the n-th weekday (0 = Monday). */
    private static String dayBoxes(Document page, int day) {
        return page.select("input[type=checkbox][name$=:bands]").stream()
                .map(input -> input.attr("name"))
                .filter(name -> name.contains(":" + day + ":"))
                .findFirst()
                .orElseThrow();
    }
}
