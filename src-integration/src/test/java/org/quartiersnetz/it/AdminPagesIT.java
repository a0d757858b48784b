package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Browser;
import org.quartiersnetz.it.support.MailServer;

/** The staff, carrier, token and circular-mail pages through their forms; the roles they refuse. */
class AdminPagesIT extends BlackBoxTest {

    @Test
    void anAdministratorInvitesSomeoneOnThePage() throws IOException {
        Browser admin = signedIn(ADMIN, DEMO_PASSWORD);
        Document page = admin.open("/admin/staff.xhtml");
        assertEquals(200, admin.lastResponse().statusCode());
        String email = uniqueEmail();
        Document after = admin.form(page, "invite")
                .set("email", email)
                .set("firstName", "Lena")
                .set("lastName", "Seite")
                .set("role_input", "CARRIER_STAFF")
                .set("carrier_input", "caritas")
                .submit("submit");
        assertTrue(after.text().contains("Die Einladung an " + email + " ist unterwegs."), after.text());
        assertTrue(after.text().contains("Seite, Lena"));
        assertNotNull(MailServer.awaitLink(email, 1, RESET_PAGE));

        Document disabled = admin.form(after, "members").submit(disableButtonOf(after, "Seite, Lena"));
        assertEquals(200, admin.lastResponse().statusCode());
        assertTrue(rowOf(disabled, "Seite, Lena").contains("gesperrt"), rowOf(disabled, "Seite, Lena"));

        Document refused = admin.form(admin.open("/admin/staff.xhtml"), "invite")
                .set("email", email)
                .set("firstName", "Lena")
                .set("lastName", "Seite")
                .set("role_input", "CARRIER_STAFF")
                .set("carrier_input", "caritas")
                .submit("submit");
        assertTrue(
                refused.getElementById("invite:email")
                        .closest(".qn-field")
                        .text()
                        .contains("bereits ein Konto"),
                "the taken address is named next to its field");
    }

    @Test
    void aCoordinatorAddsASiteAndCreatesAnApiTokenThatIsShownOnce() throws IOException {
        Browser coordinator = signedIn(CARITAS_COORDINATOR, DEMO_PASSWORD);
        Document sites = coordinator.open("/admin/carriers.xhtml");
        assertEquals(200, coordinator.lastResponse().statusCode());
        assertTrue(sites.getElementById("carrier") == null, "only administrators add carriers");
        Document added = coordinator
                .form(sites, "site")
                .set("siteCarrier_input", "caritas")
                .set("name", "Spielplatztreff")
                .set("kind_input", "OTHER")
                .submit("submit");
        assertTrue(added.text().contains("Der Ort Spielplatztreff ist angelegt."), added.text());

        Document tokens = coordinator.open("/account/tokens.xhtml");
        Document created = coordinator
                .form(tokens, "token")
                .set("name", "Statistik")
                .check("scopes", "volunteer:read")
                .submit("submit");
        String secret = created.getElementById("secret").text();
        assertTrue(secret.startsWith("qn_"), secret);
        api().header("Authorization", "Bearer " + secret)
                .get("/api/v1/volunteers")
                .then()
                .statusCode(200);
        assertTrue(coordinator.open("/account/tokens.xhtml").getElementById("secret") == null, "shown once");
    }

    @Test
    void staffWriteACircularMailWithAPreviewOfItsReach() throws IOException {
        Browser staff = signedIn(CARITAS_STAFF, DEMO_PASSWORD);
        Document preview = staff.form(staff.open("/staff/message.xhtml"), "message")
                .set("language_input", "ti")
                .set("subject", "Hallo")
                .set("body", "Ein Gruß")
                .submit("preview");
        assertNotNull(
                preview.getElementById("recipients"), preview.select("main").text());
        assertEquals(
                "Niemand bekommt diese Mail.",
                preview.getElementById("recipients").text());
        assertTrue(preview.text().contains("Tobias Brandt (Caritas)"), "the mail names its sender");
    }

    @Test
    void volunteersCannotOpenTheAdministrationPages() throws IOException {
        String email = signedUpVolunteer();
        Browser volunteer = signedIn(email, PASSWORD);
        for (String page : new String[] {
            "/admin/staff.xhtml", "/admin/carriers.xhtml", "/account/tokens.xhtml", "/staff/message.xhtml"
        }) {
            volunteer.open(page);
            assertEquals(404, volunteer.lastResponse().statusCode(), page);
        }
        Browser network = signedIn(NETWORK, DEMO_PASSWORD);
        network.open("/admin/carriers.xhtml");
        assertEquals(404, network.lastResponse().statusCode(), "network coordinators keep no sites");
    }

    private static String rowOf(Document page, String name) {
        return page.select("#members\\:table tbody tr").stream()
                .filter(r -> r.text().contains(name))
                .findFirst()
                .orElseThrow()
                .text();
    }

    /** The name of the disable button in the row of this person (without the form prefix). */
    private static String disableButtonOf(Document page, String name) {
        String id = page.select("#members\\:table tbody tr").stream()
                .filter(r -> r.text().contains(name))
                .findFirst()
                .orElseThrow()
                .select("button")
                .attr("name");
        return id.substring("members:".length());
    }
}
