package org.quartiersnetz.it.matrix;

import static org.quartiersnetz.it.matrix.Expect.expect;

import io.restassured.http.ContentType;
import java.util.List;

/** The carriers' offers. */
public final class OfferRows {

    private OfferRows() {}

    public static List<Row> of(MatrixFixture f) {
        return List.of(
                new Row("GET /offers (public)", r -> r.get("/api/v1/offers"), expect().everyone(200)),
                new Row(
                        "GET /offers/week (public)",
                        r -> r.get("/api/v1/offers/week?date=2030-01-01"),
                        expect().everyone(200)),
                new Row(
                        "POST /offers (at a Caritas site)",
                        r -> r.contentType(ContentType.JSON)
                                .body(f.caritasOffer())
                                .post("/api/v1/offers"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(201)
                                .jugendwerke(400)
                                .network(403)
                                .admin(403)),
                new Row(
                        "PUT /offers/{id} (Caritas')",
                        r -> r.contentType(ContentType.JSON)
                                .body(f.caritasOffer())
                                .put("/api/v1/offers/" + f.offerId()),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(403)
                                .admin(403)),
                new Row(
                        "DELETE /offers/{id} (Caritas')",
                        r -> r.delete("/api/v1/offers/" + f.newOffer().getAsInt()),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(204)
                                .jugendwerke(404)
                                .network(403)
                                .admin(403)));
    }
}
