package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.Profiles;
import org.quartiersnetz.it.support.Tasks;

/**
 * The matching keeps what it knows of volunteers in memory; this checks that every kind of change
 * reaches it while it is warm: status, qualification, declarations, inspection, consent, profile,
 * a proposal elsewhere, pausing. Each step is one request after the change, with no waiting.
 */
class MatchingFreshnessIT extends BlackBoxTest {

    @Test
    void everyChangeOfAVolunteerIsSeenByTheNextCandidateView() {
        long task = publishedTask(Tasks.godparent("Patenschaft Frische " + System.nanoTime(), null, null));
        candidates(task);
        Volunteer v = volunteer(List.of("caritas"), false, Map.of());
        assertNull(find(candidates(task), v), "not active yet: not a candidate");

        activate(CARITAS_STAFF, v);
        assertEquals(
                List.of(
                        "Führungszeugnis nicht eingesehen",
                        "Schulung „Basisqualifizierung Familienpaten“ fehlt",
                        "nicht unterschrieben: Verschwiegenheit",
                        "nicht unterschrieben: Verhaltenskodex zum Schutz von Kindern"),
                exclusions(candidates(task), v));
        qualify(CARITAS_STAFF, v, "basic-godparent");
        signDeclarations(v.email());
        assertEquals(List.of("Führungszeugnis nicht eingesehen"), exclusions(candidates(task), v));
        inspect(CARITAS_STAFF, v);
        assertEquals("ELIGIBLE", find(candidates(task), v).getString("verdict"));

        // free on Thursdays only: no longer considered for a Tuesday task; back on Tuesday: again
        Map<String, Object> profile = Profiles.profile("Frisch", List.of("caritas"), false);
        profile.put("availability", List.of(Map.of("day", "THURSDAY", "band", "AFTERNOON")));
        asVolunteer(v.email())
                .contentType(ContentType.JSON)
                .body(profile)
                .put("/api/v1/volunteers/me")
                .then()
                .statusCode(200);
        assertNull(find(candidates(task), v));
        profile.put("availability", List.of(Map.of("day", "TUESDAY", "band", "AFTERNOON")));
        asVolunteer(v.email())
                .contentType(ContentType.JSON)
                .body(profile)
                .put("/api/v1/volunteers/me")
                .then()
                .statusCode(200);
        assertEquals("ELIGIBLE", find(candidates(task), v).getString("verdict"));

        // proposed for another task: one open proposal counts against them
        long other = publishedTask(Tasks.godparent("Patenschaft Frische 2 " + System.nanoTime(), null, null));
        as(CARITAS_STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", other, "volunteerId", v.id()))
                .post("/api/v1/placements")
                .then()
                .statusCode(201);
        assertTrue(find(candidates(task), v).getList("gaps.text", String.class).contains("ein offener Vorschlag"));

        // another carrier's inspection counts once the volunteer consents to share it
        Volunteer pool = volunteer(List.of("jugendwerke"), true, Map.of());
        activate(JUGENDWERKE_STAFF, pool);
        qualify(JUGENDWERKE_STAFF, pool, "basic-godparent");
        signDeclarations(pool.email());
        inspect(JUGENDWERKE_STAFF, pool);
        assertEquals(List.of("Führungszeugnis nicht eingesehen"), exclusions(candidates(task), pool));
        asVolunteer(pool.email())
                .contentType(ContentType.JSON)
                .body(Map.of("shareConsent", true))
                .put("/api/v1/volunteers/me/clearance/consent")
                .then()
                .statusCode(200);
        assertEquals("ELIGIBLE", find(candidates(task), pool).getString("verdict"));

        // pausing takes them out of the matching
        asVolunteer(v.email())
                .contentType(ContentType.JSON)
                .body(Map.of("status", "PAUSED"))
                .post("/api/v1/volunteers/me/status-changes")
                .then()
                .statusCode(200);
        assertNull(find(candidates(task), v));
    }

    private JsonPath candidates(long task) {
        return as(CARITAS_STAFF)
                .queryParam("limit", 200)
                .queryParam("nearMisses", 200)
                .get("/api/v1/tasks/" + task + "/candidates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The volunteer's entry among the suggestions or the next best, or null. */
    private static JsonPath find(JsonPath view, Volunteer v) {
        for (String list : List.of("suggestions", "nearMisses")) {
            List<Map<String, Object>> entries = view.getList(list);
            for (int i = 0; i < entries.size(); i++) {
                if (((Number) entries.get(i).get("volunteerId")).longValue() == v.id()) {
                    return new JsonPath(view.prettify()).setRootPath(list + "[" + i + "]");
                }
            }
        }
        return null;
    }

    private static List<String> exclusions(JsonPath view, Volunteer v) {
        JsonPath entry = find(view, v);
        assertTrue(entry != null, "listed: " + v);
        return entry.getList("exclusions.text", String.class);
    }
}
