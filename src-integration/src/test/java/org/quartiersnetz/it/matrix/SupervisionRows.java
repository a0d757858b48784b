package org.quartiersnetz.it.matrix;

import static org.quartiersnetz.it.matrix.Expect.expect;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** Supervision sessions: kept by the carrier, led by the supervisor, attended by volunteers. */
public final class SupervisionRows {

    private SupervisionRows() {}

    public static List<Row> of(MatrixFixture f) {
        return List.of(
                new Row(
                        "GET /supervision-sessions",
                        r -> r.get("/api/v1/supervision-sessions"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(200)
                                .admin(403)
                                .supervisor(200)),
                new Row(
                        "POST /supervision-sessions (no place)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("kind", "GROUP", "startsAt", f.monday() + "T10:00"))
                                .post("/api/v1/supervision-sessions"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(400)
                                .jugendwerke(400)
                                .network(400)
                                .admin(403)
                                .supervisor(403)),
                new Row(
                        "GET /supervision-sessions/{id} (Caritas')",
                        r -> r.get(f.session()),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(200)
                                .admin(403)
                                .supervisor(200)),
                new Row(
                        "GET /supervision-sessions/{id}/attendance",
                        r -> r.get(f.session() + "/attendance"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(404)
                                .admin(403)
                                .supervisor(200)),
                new Row(
                        "PUT /supervision-sessions/{id}/attendance (not begun)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("present", List.of(f.volunteerId())))
                                .put(f.session() + "/attendance"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(409)
                                .jugendwerke(404)
                                .network(404)
                                .admin(403)
                                .supervisor(409)),
                new Row(
                        "GET /supervision-sessions/{id}/notes",
                        r -> r.get(f.session() + "/notes"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritasStaff(404)
                                .caritasCoordinator(200)
                                .jugendwerke(404)
                                .network(404)
                                .admin(403)
                                .supervisor(200)),
                new Row(
                        "POST /supervision-sessions/{id}/notes",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("text", "Matrix"))
                                .post(f.session() + "/notes"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritasStaff(404)
                                .caritasCoordinator(201)
                                .jugendwerke(404)
                                .network(404)
                                .admin(403)
                                .supervisor(201)),
                new Row(
                        "GET /supervision-sessions/mine",
                        r -> r.get("/api/v1/supervision-sessions/mine"),
                        expect().anonymous(401)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)
                                .supervisor(403)),
                new Row(
                        "POST /supervision-sessions/{id}/signup (not placed)",
                        r -> r.post(f.session() + "/signup"),
                        expect().anonymous(401)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)
                                .supervisor(403)),
                new Row(
                        "DELETE /supervision-sessions/{id}/signup (not signed up)",
                        r -> r.delete(f.session() + "/signup"),
                        expect().anonymous(401)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)
                                .supervisor(403)),
                new Row(
                        "GET /supervision-sessions/overdue",
                        r -> r.get("/api/v1/supervision-sessions/overdue"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(200)
                                .admin(403)
                                .supervisor(403)));
    }
}
