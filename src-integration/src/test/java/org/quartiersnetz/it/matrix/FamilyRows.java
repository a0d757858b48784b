package org.quartiersnetz.it.matrix;

import static org.quartiersnetz.it.matrix.Expect.expect;

import io.restassured.http.ContentType;
import java.util.List;
import org.quartiersnetz.it.support.Families;

/** Pseudonymous families, kept by their carrier. */
public final class FamilyRows {

    private FamilyRows() {}

    public static List<Row> of(MatrixFixture f) {
        return List.of(
                new Row(
                        "GET /families",
                        r -> r.get("/api/v1/families"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(403)
                                .admin(403)),
                new Row(
                        "POST /families",
                        r -> r.contentType(ContentType.JSON)
                                .body(Families.familyBody())
                                .post("/api/v1/families"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(201)
                                .jugendwerke(201)
                                .network(403)
                                .admin(403)),
                new Row(
                        "GET /families/{id} (Caritas')",
                        r -> r.get(f.family()),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(403)
                                .admin(403)),
                new Row(
                        "PUT /families/{id} (Caritas')",
                        r -> r.contentType(ContentType.JSON)
                                .body(Families.familyBody())
                                .put(f.family()),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(403)
                                .admin(403)),
                new Row(
                        "GET /families/{id}/reads (Caritas')",
                        r -> r.get(f.family() + "/reads"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritasStaff(403)
                                .caritasCoordinator(200)
                                .jugendwerke(404)
                                .network(403)
                                .admin(403)));
    }
}
