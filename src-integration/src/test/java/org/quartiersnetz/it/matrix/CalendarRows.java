package org.quartiersnetz.it.matrix;

import static org.quartiersnetz.it.matrix.Expect.expect;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** Reminders and calendar feeds: a volunteer's and a carrier's dates outside the app. */
public final class CalendarRows {

    private CalendarRows() {}

    public static List<Row> of(MatrixFixture f) {
        return List.of(
                new Row(
                        "GET /volunteers/me/reminders",
                        r -> r.get("/api/v1/volunteers/me/reminders"),
                        expect().anonymous(401)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)
                                .supervisor(403)),
                new Row(
                        "PUT /volunteers/me/reminders (all)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "wanted",
                                        List.of(
                                                "COURSE_TOMORROW",
                                                "SESSION_TOMORROW",
                                                "SLOT_TOMORROW",
                                                "SUPERVISION_OVERDUE",
                                                "QUALIFICATION_EXPIRING",
                                                "CLEARANCE_RENEWAL")))
                                .put("/api/v1/volunteers/me/reminders"),
                        expect().anonymous(401)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)
                                .supervisor(403)),
                new Row(
                        "POST /reminders/run",
                        r -> r.post("/api/v1/reminders/run"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(200)
                                .supervisor(403)),
                new Row(
                        "GET /calendar-feeds/mine",
                        r -> r.get("/api/v1/calendar-feeds/mine"),
                        expect().anonymous(401)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)
                                .supervisor(403)),
                new Row(
                        "DELETE /calendar-feeds/mine (none yet)",
                        r -> r.delete("/api/v1/calendar-feeds/mine"),
                        expect().anonymous(401)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)
                                .supervisor(403)),
                new Row(
                        "POST /calendar-feeds/mine",
                        r -> r.post("/api/v1/calendar-feeds/mine"),
                        expect().anonymous(401)
                                .self(201)
                                .otherVolunteer(201)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)
                                .supervisor(403)),
                new Row(
                        "GET /calendar-feeds/carrier",
                        r -> r.get("/api/v1/calendar-feeds/carrier"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritasStaff(403)
                                .caritasCoordinator(200)
                                .jugendwerkeStaff(403)
                                .jugendwerkeCoordinator(200)
                                .network(403)
                                .admin(403)
                                .supervisor(403)),
                new Row(
                        "POST /calendar-feeds/carrier",
                        r -> r.post("/api/v1/calendar-feeds/carrier"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritasStaff(403)
                                .caritasCoordinator(201)
                                .jugendwerkeStaff(403)
                                .jugendwerkeCoordinator(201)
                                .network(403)
                                .admin(403)
                                .supervisor(403)),
                new Row(
                        "DELETE /calendar-feeds/carrier",
                        r -> r.delete("/api/v1/calendar-feeds/carrier"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritasStaff(403)
                                .caritasCoordinator(204)
                                .jugendwerkeStaff(403)
                                .jugendwerkeCoordinator(204)
                                .network(403)
                                .admin(403)
                                .supervisor(403)),
                new Row(
                        "GET /calendar/{token}.ics (self's, just made)",
                        r -> r.get(f.newFeedOfSelf().get()),
                        expect().everyone(200)),
                new Row(
                        "GET /calendar/{token}.ics (unknown)",
                        r -> r.get("/api/v1/calendar/" + "x".repeat(43) + ".ics"),
                        expect().everyone(404)));
    }
}
