package org.quartiersnetz.it.matrix;

import static org.quartiersnetz.it.matrix.Expect.expect;
import static org.quartiersnetz.it.matrix.MatrixFixture.unique;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Task types, tasks, their slots and rosters, eligibility, declarations and bookings. */
public final class TaskRows {

    private TaskRows() {}

    public static List<Row> of(MatrixFixture f) {
        Map<String, Object> eventHelp = new HashMap<>(Map.of(
                "code",
                "event-help",
                "nameDe",
                "Hilfe bei Festen und Ausflügen",
                "nameEn",
                "Help at festivals and outings",
                "scheduling",
                "SLOT_BASED",
                "minimumAge",
                14));
        return List.of(
                new Row("GET /task-types (public)", r -> r.get("/api/v1/task-types"), expect().everyone(200)),
                new Row("GET /task-types/{id} (public)", r -> r.get("/api/v1/task-types/1"), expect().everyone(200)),
                new Row(
                        "POST /task-types",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "code",
                                        "t-" + unique(),
                                        "nameDe",
                                        "Test",
                                        "nameEn",
                                        "Test",
                                        "scheduling",
                                        "LONG_TERM"))
                                .post("/api/v1/task-types"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(201)),
                new Row(
                        "PUT /task-types/{id} (unchanged)",
                        r -> r.contentType(ContentType.JSON).body(eventHelp).put("/api/v1/task-types/8"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(200)),
                new Row(
                        "GET /tasks",
                        r -> r.get("/api/v1/tasks"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(200)
                                .admin(403)),
                new Row(
                        "POST /tasks",
                        r -> r.contentType(ContentType.JSON).body(f.taskBody()).post("/api/v1/tasks"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(201)
                                .jugendwerke(201)
                                .network(403)
                                .admin(403)),
                new Row(
                        "GET /tasks/{id}",
                        r -> r.get(f.task()),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(200)
                                .admin(403)),
                new Row(
                        "PUT /tasks/{id}",
                        r -> r.contentType(ContentType.JSON).body(f.taskBody()).put(f.task()),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(403)
                                .admin(403)),
                new Row(
                        "POST /tasks/{id}/status-changes (open again)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("status", "OPEN"))
                                .post(f.task() + "/status-changes"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(409)
                                .jugendwerke(404)
                                .network(403)
                                .admin(403)),
                new Row(
                        "GET /tasks/{id}/history",
                        r -> r.get(f.task() + "/history"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(200)
                                .admin(403)),
                new Row(
                        "GET /tasks/{id}/interests",
                        r -> r.get(f.task() + "/interests"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(200)
                                .admin(403)),
                new Row(
                        "GET /tasks/{id}/slots",
                        r -> r.get(f.task() + "/slots"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(200)
                                .admin(403)),
                new Row(
                        "POST /tasks/{id}/slots (all exist)",
                        r -> r.contentType(ContentType.JSON).body(f.slotBody()).post(f.task() + "/slots"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(201)
                                .jugendwerke(404)
                                .network(403)
                                .admin(403)),
                new Row(
                        "GET /slots (roster of a day)",
                        r -> r.queryParam("date", f.monday().toString()).get("/api/v1/slots"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(200)
                                .admin(403)),
                new Row(
                        "DELETE /slots/{id} (booked)",
                        r -> r.delete(f.slot()),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(409)
                                .jugendwerke(404)
                                .network(403)
                                .admin(403)),
                new Row(
                        "POST /slots/{id}/booking (self booked, other lacks a birth date)",
                        r -> r.post(f.slot() + "/booking"),
                        expect().anonymous(401)
                                .self(409)
                                .otherVolunteer(409)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)),
                new Row(
                        "POST /slots/{id}/roster (already booked)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("volunteerId", f.volunteerId()))
                                .post(f.slot() + "/roster"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(409)
                                .jugendwerke(404)
                                .network(403)
                                .admin(403)),
                new Row(
                        "DELETE /slots/{id}/roster/{volunteer} (not booked)",
                        r -> r.delete(f.slot() + "/roster/" + (f.volunteerId() + 100_000)),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(404)
                                .jugendwerke(404)
                                .network(403)
                                .admin(403)),
                new Row(
                        "GET /eligibility",
                        r -> r.queryParam("volunteer", f.volunteerId())
                                .queryParam("type", "godparent")
                                .queryParam("carrier", "caritas")
                                .get("/api/v1/eligibility"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(200)
                                .admin(403)),
                new Row(
                        "GET /eligibility/mine",
                        r -> r.queryParam("type", "godparent")
                                .queryParam("carrier", "caritas")
                                .get("/api/v1/eligibility/mine"),
                        expect().anonymous(401)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)),
                new Row("GET /declarations (public)", r -> r.get("/api/v1/declarations"), expect().everyone(200)),
                new Row(
                        "POST /declarations (incomplete)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("kind", "CODE_OF_CONDUCT"))
                                .post("/api/v1/declarations"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(400)),
                new Row(
                        "GET /declarations/mine",
                        r -> r.get("/api/v1/declarations/mine"),
                        expect().anonymous(401)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)),
                new Row(
                        "POST /declarations/mine/{kind} (an old version)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("version", 0))
                                .post("/api/v1/declarations/mine/CODE_OF_CONDUCT"),
                        expect().anonymous(401)
                                .self(409)
                                .otherVolunteer(409)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)),
                new Row(
                        "GET /declarations/volunteers/{id}",
                        r -> r.get("/api/v1/declarations/volunteers/" + f.volunteerId()),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(200)
                                .admin(403)),
                new Row(
                        "GET /bookings (own)",
                        r -> r.get("/api/v1/bookings"),
                        expect().anonymous(401)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)));
    }
}
