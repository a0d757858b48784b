package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Browser;
import org.quartiersnetz.it.support.Tasks;

/**
 * An id in a page's address that is no number (a mangled or hostile link) answers 404 like an id
 * that does not exist, never a 500 nor an empty form: one converter for every id parameter.
 */
class MangledLinkIT extends BlackBoxTest {

    private static final List<String> BAD = List.of("abc", "12abc", "99999999999999999999", "1.5", "%27%3B--");

    @Test
    void staffPagesAnswer404ForAnIdThatIsNoNumber() throws IOException {
        Browser staff = signedIn(CARITAS_COORDINATOR);
        for (String page : List.of(
                "/staff/volunteer.xhtml?id=",
                "/staff/clearance.xhtml?volunteer=",
                "/staff/task.xhtml?id=",
                "/staff/placement.xhtml?id=",
                "/staff/candidates.xhtml?task=",
                "/staff/supervision.xhtml?id=",
                "/staff/families.xhtml?id=",
                "/staff/courses.xhtml?run=",
                "/volunteer/edit-profile.xhtml?id=")) {
            assertNotFound(staff, page);
        }
    }

    @Test
    void publicAndVolunteerPagesAnswer404ForAnIdThatIsNoNumber() throws IOException {
        for (String page : List.of(
                "/opportunity.xhtml?id=",
                "/volunteer/bookings.xhtml?task=",
                "/volunteer/interest.xhtml?task=",
                "/volunteer/placements.xhtml?id=")) {
            assertNotFound(
                    page.startsWith("/volunteer/")
                            ? signedIn(signedUpVolunteer(), PASSWORD)
                            : new Browser(url(""), null),
                    page);
        }
    }

    @Test
    void aRealIdStillOpensThePage() throws IOException {
        Browser staff = signedIn(CARITAS_COORDINATOR);
        staff.open("/staff/task.xhtml?id=" + publishedTask(Tasks.cafe("Café " + System.nanoTime())));
        assertEquals(200, staff.lastResponse().statusCode());
    }

    private static void assertNotFound(Browser browser, String page) throws IOException {
        for (String bad : BAD) {
            String body = browser.open(page + bad).text();
            assertEquals(404, browser.lastResponse().statusCode(), page + bad);
            assertFalse(body.contains("Exception"), page + bad + ": " + body);
        }
    }
}
