package org.quartiersnetz.it.matrix;

import static org.quartiersnetz.it.matrix.Expect.expect;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** Matching candidates to tasks, and placements with their steps. */
public final class PlacementRows {

    private PlacementRows() {}

    public static List<Row> of(MatrixFixture f) {
        Map<String, Object> proposeForDraft = Map.of("taskId", f.draftTask(), "volunteerId", f.volunteerId());
        return List.of(
                new Row(
                        "GET /tasks/{id}/candidates (Caritas')",
                        r -> r.get("/api/v1/tasks/" + f.openTask() + "/candidates"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(200)
                                .admin(403)),
                new Row(
                        "GET /batch-proposal",
                        r -> r.get("/api/v1/batch-proposal"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(200)
                                .admin(403)),
                new Row(
                        "GET /batch-proposal?carrier=caritas",
                        r -> r.get("/api/v1/batch-proposal?carrier=caritas"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(200)
                                .admin(403)),
                new Row(
                        "GET /placements?task= (Caritas')",
                        r -> r.get("/api/v1/placements?task=" + f.openTask()),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(200)
                                .admin(403)),
                new Row(
                        "POST /placements (for a draft)",
                        r -> r.contentType(ContentType.JSON)
                                .body(proposeForDraft)
                                .post("/api/v1/placements"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(409)
                                .jugendwerke(404)
                                .network(409)
                                .admin(403)),
                new Row(
                        "POST /placements/batch (empty)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("items", List.of()))
                                .post("/api/v1/placements/batch"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(400)
                                .jugendwerke(400)
                                .network(400)
                                .admin(403)),
                new Row(
                        "GET /placements/mine",
                        r -> r.get("/api/v1/placements/mine"),
                        expect().anonymous(401)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)),
                new Row(
                        "GET /placements/{id} (self's)",
                        r -> r.get(f.placement()),
                        expect().anonymous(401)
                                .self(200)
                                .otherVolunteer(404)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(200)
                                .admin(403)),
                new Row(
                        "GET /placements/{id}/steps (self's)",
                        r -> r.get(f.placement() + "/steps"),
                        expect().anonymous(401)
                                .self(200)
                                .otherVolunteer(404)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(200)
                                .admin(403)),
                new Row(
                        "GET /placements/{id}/family (only proposed)",
                        r -> r.get(f.placement() + "/family"),
                        expect().anonymous(401)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)));
    }

    /** A step the placement does not allow now; the last row of all, where it has always run. */
    public static List<Row> step(MatrixFixture f) {
        Map<String, Object> notAStep = Map.of("to", "ENDED", "reason", "Matrix");
        return List.of(new Row(
                "POST /placements/{id}/steps (not allowed now)",
                r -> r.contentType(ContentType.JSON).body(notAStep).post(f.placement() + "/steps"),
                expect().anonymous(401)
                        .self(409)
                        .otherVolunteer(404)
                        .caritas(409)
                        .jugendwerke(404)
                        .network(403)
                        .admin(403)));
    }
}
