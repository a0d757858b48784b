package org.quartiersnetz.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.omnifaces.util.Faces;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.entity.PlaceStatus;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.training.boundary.AttendanceInput;
import org.quartiersnetz.training.boundary.AttendanceService;
import org.quartiersnetz.training.boundary.CourseInput;
import org.quartiersnetz.training.boundary.CourseRunInput;
import org.quartiersnetz.training.boundary.CourseService;
import org.quartiersnetz.training.boundary.EnrolmentService;
import org.quartiersnetz.training.entity.Attendance;
import org.quartiersnetz.training.entity.Course;
import org.quartiersnetz.training.entity.CourseRun;
import org.quartiersnetz.training.entity.CourseSession;
import org.quartiersnetz.training.entity.Enrolment;

/**
 * Course planning and attendance for staff (staff/courses.xhtml): plan a run with up to
 * {@value #SESSION_ROWS} dates, see the runs one keeps, and with {@code ?run=} its participants
 * and the attendance of each date that has begun.
 */
@Named
@ViewScoped
public class StaffCoursesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SESSION_ROWS = 4;

    @Inject
    CourseService courses;

    @Inject
    Clock clock;

    @Inject
    EnrolmentService enrolments;

    @Inject
    AttendanceService attendance;

    @Inject
    CurrentUser currentUser;

    private Long run;
    private Long runId;
    private CourseRunInput input = new CourseRunInput();
    private CourseInput course = new CourseInput();
    private final Map<Long, List<Long>> present = new HashMap<>();
    private transient List<Course> plannable = List.of();
    private transient List<CourseRun> kept = List.of();
    private transient CourseRun shown;
    private transient List<Enrolment> participants = List.of();

    public void load() throws IOException {
        try {
            runId = run;
            resetInput();
            refresh();
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
        }
    }

    public void plan() {
        List<CourseRunInput.Session> rows = input.getSessions();
        input.setSessions(rows.stream().filter(s -> s.getDate() != null).toList());
        FacesMessages.attempt("plan", () -> courses.plan(currentUser.caller(), input))
                .ifPresentOrElse(
                        planned -> {
                            FacesMessages.info(
                                    "staffCourses.planned", planned.getCourse().title(Faces.getLocale()));
                            resetInput();
                        },
                        () -> input.setSessions(rows));
        refresh();
    }

    /** Adds a course of the caller's carrier (network-wide for the network coordinator) to the catalogue. */
    public void addCourse() {
        FacesMessages.attempt("course", () -> {
            Course added = courses.create(currentUser.caller(), course);
            FacesMessages.info("staffCourses.courseAdded", added.title(Faces.getLocale()));
            course = new CourseInput();
        });
        refresh();
    }

    public CourseInput getCourse() {
        return course;
    }

    /** Saves the attendance of one date: the ticked confirmed participants were there, the others not. */
    public void record(long sessionId) {
        List<Long> here = present.getOrDefault(sessionId, List.of());
        AttendanceInput marks = new AttendanceInput();
        marks.setPresent(new ArrayList<>(here));
        marks.setAbsent(confirmed().stream()
                .map(e -> e.getVolunteer().getId())
                .filter(id -> !here.contains(id))
                .toList());
        FacesMessages.attempt(
                () -> attendance.record(currentUser.caller(), runId, sessionId, marks), "staffCourses.recorded");
        refresh();
    }

    private void resetInput() {
        input = new CourseRunInput();
        input.setCapacity(12);
        input.setSessions(new ArrayList<>(IntStream.range(0, SESSION_ROWS)
                .mapToObj(i -> new CourseRunInput.Session())
                .toList()));
    }

    private void refresh() {
        plannable = courses.plannable(currentUser.caller());
        kept = courses.kept(currentUser.caller());
        if (runId != null) {
            shown = courses.getOwnRun(currentUser.caller(), runId);
            participants = enrolments.ofRun(currentUser.caller(), runId);
            for (CourseSession session : shown.getSessions()) {
                present.put(
                        session.getId(),
                        attendance.list(currentUser.caller(), runId, session.getId()).stream()
                                .filter(Attendance::isPresent)
                                .map(a -> a.getVolunteer().getId())
                                .toList());
            }
        }
    }

    public List<Enrolment> confirmed() {
        return participants.stream()
                .filter(e -> e.getStatus() == PlaceStatus.CONFIRMED)
                .toList();
    }

    public boolean hasBegun(CourseSession session) {
        return session.hasStarted(clock.instant());
    }

    public Map<Long, List<Long>> getPresent() {
        return present;
    }

    public CourseRunInput getInput() {
        return input;
    }

    public List<Course> getPlannable() {
        return plannable;
    }

    public List<CourseRun> getKept() {
        return kept;
    }

    public CourseRun getShown() {
        return shown;
    }

    public List<Enrolment> getParticipants() {
        return participants;
    }

    public Long getRun() {
        return run;
    }

    public void setRun(Long run) {
        this.run = run;
    }
}
