package org.quartiersnetz.it.matrix;

import static org.quartiersnetz.it.matrix.Expect.expect;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.quartiersnetz.it.support.Clearances;

/** Clearance checks of a volunteer, their own view and consent, and deleting old checks. */
public final class ClearanceRows {

    private ClearanceRows() {}

    public static List<Row> of(MatrixFixture f) {
        return List.of(
                new Row(
                        "GET /volunteers/{id}/clearance/checks",
                        r -> r.get(f.volunteer() + "/clearance/checks"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(403)
                                .admin(403)),
                new Row(
                        "POST /volunteers/{id}/clearance/checks",
                        r -> r.contentType(ContentType.JSON)
                                .body(Clearances.recentInspection())
                                .post(f.volunteer() + "/clearance/checks"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(201)
                                .jugendwerke(404)
                                .network(403)
                                .admin(403)),
                new Row(
                        "GET /volunteers/{id}/clearance/status",
                        r -> r.get(f.volunteer() + "/clearance/status"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(403)
                                .admin(403)),
                new Row(
                        "POST /volunteers/{id}/clearance/activity",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("on", LocalDate.now().minusDays(1).toString()))
                                .post(f.volunteer() + "/clearance/activity"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(403)
                                .admin(403)),
                new Row(
                        "GET /volunteers/{id}/clearance/letter",
                        r -> r.accept("application/pdf").get(f.volunteer() + "/clearance/letter"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(403)
                                .admin(403)),
                new Row(
                        "GET /volunteers/me/clearance",
                        r -> r.get("/api/v1/volunteers/me/clearance"),
                        expect().anonymous(401)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)),
                new Row(
                        "PUT /volunteers/me/clearance/consent",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("shareConsent", false))
                                .put("/api/v1/volunteers/me/clearance/consent"),
                        expect().anonymous(401)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)),
                new Row(
                        "GET /clearance-deletions (dry run)",
                        r -> r.get("/api/v1/clearance-deletions"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritasStaff(403)
                                .caritasCoordinator(200)
                                .jugendwerkeStaff(403)
                                .jugendwerkeCoordinator(200)
                                .network(403)
                                .admin(200)),
                new Row(
                        "POST /clearance-deletions",
                        r -> r.post("/api/v1/clearance-deletions"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritasStaff(403)
                                .caritasCoordinator(200)
                                .jugendwerkeStaff(403)
                                .jugendwerkeCoordinator(200)
                                .network(403)
                                .admin(200)));
    }
}
