package org.quartiersnetz.it.matrix;

import static org.quartiersnetz.it.matrix.Expect.expect;

import java.util.List;
import java.util.Map;

/**
 * The volunteer import: a carrier's staff and coordinators import for their own carrier; the network
 * coordinator (no carrier of their own), administrators, supervisors and volunteers are refused.
 * Accepting an invitation is public: the token is the proof (a made-up one is 400 for everybody).
 */
public final class ImportRows {

    private ImportRows() {}

    public static List<Row> of(MatrixFixture f) {
        return List.of(
                new Row(
                        "POST /volunteer-imports?dryRun=true",
                        r -> r.contentType("text/csv")
                                .body(f.importFile())
                                .post("/api/v1/volunteer-imports?dryRun=true"),
                        carriersOnly(200)),
                new Row(
                        "POST /volunteer-imports",
                        r -> r.contentType("text/csv").body(f.importFile()).post("/api/v1/volunteer-imports"),
                        carriersOnly(201)),
                new Row("GET /volunteer-imports", r -> r.get("/api/v1/volunteer-imports"), carriersOnly(200)),
                new Row(
                        "GET /volunteer-imports/{id} (Caritas')",
                        r -> r.get(f.caritasImport()),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(403)
                                .admin(403)
                                .supervisor(403)),
                new Row(
                        "GET /volunteer-imports/template",
                        r -> r.accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                                .get("/api/v1/volunteer-imports/template?format=xlsx"),
                        carriersOnly(200)),
                new Row(
                        "POST /invitation-acceptances (public, made-up token)",
                        r -> r.contentType("application/json")
                                .body(Map.of(
                                        "token",
                                        "made-up",
                                        "password",
                                        "ein-gutes-Passwort-2026",
                                        "privacyNoticeVersion",
                                        1))
                                .post("/api/v1/invitation-acceptances"),
                        expect().everyone(400)));
    }

    private static Expect carriersOnly(int status) {
        return expect().anonymous(401)
                .self(403)
                .otherVolunteer(403)
                .caritas(status)
                .jugendwerke(status)
                .network(403)
                .admin(403)
                .supervisor(403);
    }
}
