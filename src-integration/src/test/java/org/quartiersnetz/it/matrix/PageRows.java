package org.quartiersnetz.it.matrix;

import static org.quartiersnetz.it.matrix.Expect.expect;

import java.util.List;
import org.quartiersnetz.it.support.TestDatabase;

/** Every page × every role: the status each role gets when it opens the page, or {@link #TO_LOGIN}. */
public final class PageRows {

    /** Stands for "sent to the login page". */
    public static final int TO_LOGIN = 302;

    private PageRows() {}

    public static List<PageRow> of(PageFixture f) {
        return List.of(
                new PageRow(
                        "/staff/families.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(404)
                                .admin(404)),
                new PageRow(
                        "/staff/families.xhtml?id=" + f.family(),
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)),
                new PageRow("/offers.xhtml", expect().everyone(200)),
                // the development mailbox: on in the H2 pass as with ./mvnw -Prun, never on PostgreSQL
                new PageRow("/dev/mails.xhtml", expect().everyone(TestDatabase.isPostgresql() ? 404 : 200)),
                new PageRow(
                        "/staff/import.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(404)
                                .admin(404)),
                // the invitation page answers everybody; a made-up token only shows that the link does not work
                new PageRow("/account/welcome.xhtml?token=made-up", expect().everyone(200)),
                new PageRow(
                        "/staff/offers.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(404)
                                .admin(404)),
                new PageRow(
                        "/staff/clearance.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(404)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)),
                new PageRow(
                        "/staff/clearance.xhtml?volunteer=" + f.caritasVolunteerId(),
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)),
                new PageRow(
                        "/volunteer/clearance.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(404)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)),
                new PageRow(
                        "/staff/courses.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(200)
                                .admin(404)),
                new PageRow(
                        "/staff/courses.xhtml?run=" + f.courseRun(),
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)),
                new PageRow("/board.xhtml", expect().everyone(200)),
                new PageRow("/board.xhtml?type=kuchenbacken", expect().everyone(200)),
                new PageRow("/opportunity.xhtml?id=" + f.task(), expect().everyone(200)),
                new PageRow("/opportunity.xhtml?id=" + f.draft(), expect().everyone(404)),
                new PageRow(
                        "/volunteer/bookings.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(404)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)),
                new PageRow(
                        "/volunteer/courses.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(404)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)),
                new PageRow(
                        "/volunteer/bookings.xhtml?task=" + f.task(),
                        expect().anonymous(TO_LOGIN)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(404)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)),
                new PageRow(
                        "/volunteer/interest.xhtml?task=" + f.draft(),
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(404)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)),
                new PageRow(
                        "/volunteer/declarations.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(404)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)),
                new PageRow(
                        "/staff/tasks.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(200)
                                .admin(404)),
                new PageRow(
                        "/staff/task.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(200)
                                .admin(404)),
                new PageRow(
                        "/staff/task.xhtml?id=" + f.task(),
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(200)
                                .admin(404)),
                new PageRow(
                        "/staff/roster.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(200)
                                .admin(404)),
                new PageRow(
                        "/staff/roster.xhtml?date=2026-13-01",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(200)
                                .admin(404)),
                new PageRow("/opportunity.xhtml?id=abc", expect().everyone(404)),
                new PageRow(
                        "/volunteer/bookings.xhtml?task=abc",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(404)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)),
                new PageRow(
                        "/admin/task-types.xhtml?id=99999",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(404)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)),
                new PageRow(
                        "/admin/task-types.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(404)
                                .jugendwerke(404)
                                .network(404)
                                .admin(200)),
                new PageRow(
                        "/staff/candidates.xhtml?task=" + f.longTerm(),
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(200)
                                .admin(404)),
                new PageRow(
                        "/staff/candidates.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(404)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)),
                new PageRow(
                        "/staff/candidates.xhtml?task=abc",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(404)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)),
                new PageRow(
                        "/staff/placement.xhtml?id=" + f.placement(),
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(200)
                                .jugendwerke(404)
                                .network(200)
                                .admin(404)),
                new PageRow(
                        "/staff/placement.xhtml?id=abc",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(404)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)),
                new PageRow(
                        "/staff/batch.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(200)
                                .admin(404)),
                new PageRow(
                        "/staff/supervision.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(200)
                                .admin(404)
                                .supervisor(200)),
                new PageRow(
                        "/staff/supervision.xhtml?id=abc",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(404)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)
                                .supervisor(404)),
                new PageRow(
                        "/staff/dashboard.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritasStaff(404)
                                .caritasCoordinator(200)
                                .jugendwerkeStaff(404)
                                .jugendwerkeCoordinator(200)
                                .network(200)
                                .admin(404)
                                .supervisor(404)),
                new PageRow(
                        "/staff/dashboard.xhtml?days=abc",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritasStaff(404)
                                .caritasCoordinator(200)
                                .jugendwerkeStaff(404)
                                .jugendwerkeCoordinator(200)
                                .network(200)
                                .admin(404)
                                .supervisor(404)),
                new PageRow(
                        "/volunteer/reminders.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(404)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)
                                .supervisor(404)),
                new PageRow(
                        "/volunteer/supervision.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(404)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)
                                .supervisor(404)),
                new PageRow(
                        "/staff/calendar.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(200)
                                .admin(404)
                                .supervisor(404)),
                new PageRow(
                        "/staff/calendar.xhtml?date=2026-13-01",
                        expect().anonymous(TO_LOGIN)
                                .self(404)
                                .otherVolunteer(404)
                                .caritas(200)
                                .jugendwerke(200)
                                .network(200)
                                .admin(404)
                                .supervisor(404)),
                new PageRow(
                        "/volunteer/calendar.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(404)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)
                                .supervisor(404)),
                new PageRow(
                        "/volunteer/placements.xhtml",
                        expect().anonymous(TO_LOGIN)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(404)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)),
                new PageRow(
                        "/volunteer/placements.xhtml?id=" + f.placement(),
                        expect().anonymous(TO_LOGIN)
                                .self(200)
                                .otherVolunteer(200)
                                .caritas(404)
                                .jugendwerke(404)
                                .network(404)
                                .admin(404)));
    }
}
