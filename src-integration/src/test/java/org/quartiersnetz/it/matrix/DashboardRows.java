package org.quartiersnetz.it.matrix;

import static org.quartiersnetz.it.matrix.Expect.expect;

import java.util.List;

/** The coordinators' dashboard. */
public final class DashboardRows {

    private DashboardRows() {}

    public static List<Row> of(MatrixFixture f) {
        return List.of(
                new Row(
                        "GET /dashboard",
                        r -> r.get("/api/v1/dashboard"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritasStaff(403)
                                .caritasCoordinator(200)
                                .jugendwerkeStaff(403)
                                .jugendwerkeCoordinator(200)
                                .network(200)
                                .admin(403)
                                .supervisor(403)),
                new Row(
                        "GET /dashboard?carrier=jugendwerke",
                        r -> r.get("/api/v1/dashboard?carrier=jugendwerke"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritasStaff(403)
                                .caritasCoordinator(404)
                                .jugendwerkeStaff(403)
                                .jugendwerkeCoordinator(200)
                                .network(200)
                                .admin(403)
                                .supervisor(403)),
                new Row(
                        "GET /dashboard/clearance (CSV)",
                        r -> r.accept("text/csv").get("/api/v1/dashboard/clearance"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritasStaff(403)
                                .caritasCoordinator(200)
                                .jugendwerkeStaff(403)
                                .jugendwerkeCoordinator(200)
                                .network(200)
                                .admin(403)
                                .supervisor(403)));
    }
}
