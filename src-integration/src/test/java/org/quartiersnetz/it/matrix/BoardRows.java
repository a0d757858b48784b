package org.quartiersnetz.it.matrix;

import static org.quartiersnetz.it.matrix.Expect.expect;

import java.util.List;

/** The public board, a volunteer's interest in a task, and cancelling their booking. */
public final class BoardRows {

    private BoardRows() {}

    public static List<Row> of(MatrixFixture f) {
        return List.of(
                new Row("GET /board (public)", r -> r.get("/api/v1/board"), expect().everyone(200)),
                new Row("GET /board/{id} (public)", r -> r.get("/api/v1/board/" + f.taskId()), expect().everyone(200)),
                new Row(
                        "POST /board/{id}/interest",
                        r -> r.post("/api/v1/board/" + f.taskId() + "/interest"),
                        expect().anonymous(401)
                                .self(201)
                                .otherVolunteer(201)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)),
                new Row(
                        "DELETE /slots/{id}/booking",
                        r -> r.delete(f.slot() + "/booking"),
                        expect().anonymous(401)
                                .self(200)
                                .otherVolunteer(404)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)));
    }
}
