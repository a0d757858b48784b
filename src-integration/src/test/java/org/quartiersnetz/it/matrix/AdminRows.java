package org.quartiersnetz.it.matrix;

import static org.quartiersnetz.it.matrix.Expect.expect;
import static org.quartiersnetz.it.matrix.MatrixFixture.unique;
import static org.quartiersnetz.it.support.BlackBoxTest.uniqueEmail;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.quartiersnetz.it.support.Tasks;

/** Carriers and their sites, staff accounts, API tokens, messages, the test clock and the privacy notice. */
public final class AdminRows {

    private AdminRows() {}

    public static List<Row> of(MatrixFixture f) {
        return List.of(
                new Row("GET /carriers (public)", r -> r.get("/api/v1/carriers"), expect().everyone(200)),
                new Row(
                        "POST /carriers",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "code",
                                        "t-" + unique(),
                                        "name",
                                        "Testträger",
                                        "shortName",
                                        "Test",
                                        "kind",
                                        "FREE_CARRIER"))
                                .post("/api/v1/carriers"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(201)),
                new Row(
                        "PUT /carriers/{code}",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "code",
                                        "caritas",
                                        "name",
                                        "Caritasverband",
                                        "shortName",
                                        "Caritas",
                                        "kind",
                                        "FREE_CARRIER"))
                                .put("/api/v1/carriers/caritas"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(200)),
                new Row(
                        "GET /account/tokens",
                        r -> r.get("/api/v1/account/tokens"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(200)
                                .admin(200)),
                new Row(
                        "POST /account/tokens",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("name", "Matrix", "scopes", List.of("staff:read")))
                                .post("/api/v1/account/tokens"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(201)
                                .jugendwerke(201)
                                .network(201)
                                .admin(201)),
                new Row(
                        "DELETE /account/tokens/{id} (Caritas staff's)",
                        r -> r.delete("/api/v1/account/tokens/" + f.tokenId()),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritasStaff(204)
                                .caritasCoordinator(404)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)),
                new Row(
                        "POST /messages/preview",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("language", "zu", "subject", "Test", "body", "Test"))
                                .post("/api/v1/messages/preview"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(200)
                                .admin(403)),
                new Row(
                        "POST /messages (to nobody)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("language", "zu", "subject", "Test", "body", "Test"))
                                .post("/api/v1/messages"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(201)
                                .jugendwerke(201)
                                .network(201)
                                .admin(403)),
                new Row(
                        "GET /staff",
                        r -> r.get("/api/v1/staff"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(200)
                                .admin(200)),
                new Row(
                        "POST /staff",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "email",
                                        uniqueEmail(),
                                        "firstName",
                                        "Neu",
                                        "lastName",
                                        "Kraft",
                                        "role",
                                        "CARRIER_STAFF",
                                        "carrier",
                                        "caritas"))
                                .post("/api/v1/staff"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(201)),
                new Row(
                        "PUT /staff/{id}",
                        r -> r.contentType(ContentType.JSON)
                                .body(f.colleague())
                                .put("/api/v1/staff/" + f.colleagueId()),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(200)),
                new Row(
                        "GET /test-clock",
                        r -> r.get("/api/v1/test-clock"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(200)),
                new Row(
                        "PUT /test-clock (to today)",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("today", Tasks.today().toString()))
                                .put("/api/v1/test-clock"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(200)),
                new Row(
                        "DELETE /test-clock",
                        r -> r.delete("/api/v1/test-clock"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(200)),
                new Row(
                        "GET /carriers/{code}/sites (public)",
                        r -> r.get("/api/v1/carriers/caritas/sites"),
                        expect().everyone(200)),
                new Row(
                        "POST /carriers/{code}/sites",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("name", "Ort " + unique(), "kind", "OTHER"))
                                .post("/api/v1/carriers/caritas/sites"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritasStaff(403)
                                .caritasCoordinator(201)
                                .jugendwerkeStaff(403)
                                .jugendwerkeCoordinator(404)
                                .network(403)
                                .admin(201)),
                new Row(
                        "PUT /sites/{id}",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "name",
                                        "Nachbarschaftstreff Derrsiedlung",
                                        "kind",
                                        "MEETING_PLACE",
                                        "postcode",
                                        "51373",
                                        "city",
                                        "Leverkusen"))
                                .put("/api/v1/sites/1"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritasStaff(403)
                                .caritasCoordinator(200)
                                .jugendwerkeStaff(403)
                                .jugendwerkeCoordinator(404)
                                .network(403)
                                .admin(200)),
                new Row("GET /privacy-notice (public)", r -> r.get("/api/v1/privacy-notice"), expect().everyone(200)));
    }
}
