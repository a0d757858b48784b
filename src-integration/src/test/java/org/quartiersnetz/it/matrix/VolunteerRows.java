package org.quartiersnetz.it.matrix;

import static org.quartiersnetz.it.matrix.Expect.expect;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** Volunteers' records as staff keep them, and a volunteer's own profile. */
public final class VolunteerRows {

    private VolunteerRows() {}

    public static List<Row> of(MatrixFixture f) {
        Map<String, Object> leaveWithoutReason = Map.of("status", "LEFT");
        return List.of(
                new Row(
                        "GET /volunteers",
                        r -> r.get("/api/v1/volunteers"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(200)
                                .admin(403)),
                new Row(
                        "GET /volunteers/{id}",
                        r -> r.get(f.volunteer()),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(200)
                                .admin(403)),
                new Row(
                        "PUT /volunteers/{id}",
                        r -> r.contentType(ContentType.JSON)
                                .body(f.caritasProfile())
                                .put(f.volunteer()),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(200)
                                .admin(403)),
                new Row(
                        "GET /volunteers/{id}/status-changes",
                        r -> r.get(f.volunteer() + "/status-changes"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(200)
                                .admin(403)),
                new Row(
                        "POST /volunteers/{id}/status-changes (reason missing)",
                        r -> r.contentType(ContentType.JSON)
                                .body(leaveWithoutReason)
                                .post(f.volunteer() + "/status-changes"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(400)
                                .jugendwerke(404)
                                .network(400)
                                .admin(403)),
                new Row(
                        "POST /volunteers/{id}/duplicate-resolution (not flagged)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("resolution", "DISMISS"))
                                .post(f.volunteer() + "/duplicate-resolution"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(409)
                                .jugendwerke(404)
                                .network(409)
                                .admin(403)),
                new Row(
                        "GET /volunteers/{id}/notes",
                        r -> r.get(f.volunteer() + "/notes"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(403)
                                .admin(403)),
                new Row(
                        "POST /volunteers/{id}/notes",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("text", "Gespräch geführt"))
                                .post(f.volunteer() + "/notes"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(201)
                                .jugendwerke(404)
                                .network(403)
                                .admin(403)),
                new Row(
                        "GET /volunteers/me",
                        r -> r.get("/api/v1/volunteers/me"),
                        expect().anonymous(401)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)),
                new Row(
                        "PUT /volunteers/me (empty profile)",
                        r -> r.contentType(ContentType.JSON).body(Map.of()).put("/api/v1/volunteers/me"),
                        expect().anonymous(401)
                                .self(400)
                                .otherVolunteer(400)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)),
                new Row(
                        "POST /volunteers/me/status-changes (reason missing)",
                        r -> r.contentType(ContentType.JSON)
                                .body(leaveWithoutReason)
                                .post("/api/v1/volunteers/me/status-changes"),
                        expect().anonymous(401)
                                .self(400)
                                .otherVolunteer(400)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)));
    }
}
