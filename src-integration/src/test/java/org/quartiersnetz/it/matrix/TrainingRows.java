package org.quartiersnetz.it.matrix;

import static org.quartiersnetz.it.matrix.Expect.expect;
import static org.quartiersnetz.it.matrix.MatrixFixture.unique;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Courses, their runs and enrolments, attendance and qualifications. */
public final class TrainingRows {

    private TrainingRows() {}

    /** A course body; for the seeded first-aid course its seeded texts, so that the row changes nothing. */
    public static Map<String, Object> course(String code) {
        if (code.equals("first-aid-children")) {
            return Map.of(
                    "code",
                    code,
                    "titleDe",
                    "Erste Hilfe am Kind",
                    "titleEn",
                    "First aid for children",
                    "descriptionDe",
                    "Erste Hilfe bei Säuglingen und Kindern; wird meist bei Hilfsorganisationen "
                            + "besucht und hier als Nachweis eingetragen.",
                    "descriptionEn",
                    "First aid for babies and children; usually attended at an aid organisation "
                            + "and recorded here as evidence.",
                    "validityMonths",
                    24);
        }
        return Map.of("code", code, "titleDe", "Kurs " + code, "descriptionDe", "Ein Kurs", "validityMonths", 24);
    }

    public static List<Row> of(MatrixFixture f) {
        Map<String, Object> presentNobody = Map.of("present", List.of(f.volunteerId()), "absent", List.of());
        Map<String, Object> firstAid = Map.of(
                "volunteerId",
                f.volunteerId(),
                "courseCode",
                "first-aid-children",
                "evidenceOn",
                "2025-06-01",
                "issuer",
                "DRK");
        return List.of(
                new Row("GET /courses (public)", r -> r.get("/api/v1/courses"), expect().everyone(200)),
                new Row(
                        "GET /courses/{code} (public)",
                        r -> r.get("/api/v1/courses/child-protection"),
                        expect().everyone(200)),
                new Row(
                        "POST /courses",
                        r -> r.contentType(ContentType.JSON)
                                .body(course("kurs-" + unique().toLowerCase(Locale.ROOT)))
                                .post("/api/v1/courses"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(201)
                                .jugendwerke(201)
                                .network(201)
                                .admin(403)),
                new Row(
                        "PUT /courses/{code} (Caritas course)",
                        r -> r.contentType(ContentType.JSON)
                                .body(course(f.caritasCourse()))
                                .put("/api/v1/courses/" + f.caritasCourse()),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(404)
                                .admin(403)),
                new Row(
                        "PUT /courses/{code} (network-wide)",
                        r -> r.contentType(ContentType.JSON)
                                .body(course("first-aid-children"))
                                .put("/api/v1/courses/first-aid-children"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(200)
                                .admin(403)),
                new Row("GET /course-runs (public)", r -> r.get("/api/v1/course-runs"), expect().everyone(200)),
                new Row("GET /course-runs/{id} (public)", r -> r.get(f.courseRun()), expect().everyone(200)),
                new Row(
                        "POST /course-runs (network-wide course)",
                        r -> r.contentType(ContentType.JSON).body(f.runBody()).post("/api/v1/course-runs"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(201)
                                .jugendwerke(201)
                                .network(201)
                                .admin(403)),
                new Row(
                        "GET /course-runs/{id}/enrolments (Caritas')",
                        r -> r.get(f.courseRun() + "/enrolments"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(404)
                                .admin(403)),
                new Row(
                        "POST /course-runs/{id}/enrolment (self enrolled)",
                        r -> r.post(f.courseRun() + "/enrolment"),
                        expect().anonymous(401)
                                .self(409)
                                .otherVolunteer(201)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)),
                new Row(
                        "DELETE /course-runs/{id}/enrolment (self enrolled)",
                        r -> r.delete(f.cancelRun() + "/enrolment"),
                        expect().anonymous(401)
                                .self(200)
                                .otherVolunteer(404)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)),
                new Row(
                        "GET /course-runs/{id}/sessions/{id}/attendance (Caritas')",
                        r -> r.get(f.attendance()),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(404)
                                .admin(403)),
                new Row(
                        "PUT /course-runs/{id}/sessions/{id}/attendance (date to come)",
                        r -> r.contentType(ContentType.JSON).body(presentNobody).put(f.attendance()),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(409)
                                .jugendwerke(404)
                                .network(404)
                                .admin(403)),
                new Row(
                        "GET /enrolments (own)",
                        r -> r.get("/api/v1/enrolments"),
                        expect().anonymous(401)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)),
                new Row(
                        "GET /qualifications (own)",
                        r -> r.get("/api/v1/qualifications"),
                        expect().anonymous(401)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(403)
                                .jugendwerke(403)
                                .network(403)
                                .admin(403)),
                new Row(
                        "POST /qualifications (external, for self)",
                        r -> r.contentType(ContentType.JSON).body(firstAid).post("/api/v1/qualifications"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(201)
                                .jugendwerke(404)
                                .network(201)
                                .admin(403)),
                new Row(
                        "GET /volunteers/{id}/qualifications",
                        r -> r.get(f.volunteer() + "/qualifications"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(200)
                                .admin(403)),
                new Row(
                        "GET /volunteers/{id}/qualifications/status",
                        r -> r.queryParam("courses", "child-protection").get(f.volunteer() + "/qualifications/status"),
                        expect().anonymous(401)
                                .self(403)
                                .otherVolunteer(403)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(200)
                                .admin(403)));
    }
}
