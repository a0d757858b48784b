package org.quartiersnetz.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.entity.PlaceStatus;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.training.boundary.CourseService;
import org.quartiersnetz.training.boundary.EnrolmentService;
import org.quartiersnetz.training.boundary.QualificationService;
import org.quartiersnetz.training.entity.CourseRun;
import org.quartiersnetz.training.entity.Enrolment;
import org.quartiersnetz.training.entity.Qualification;

/**
 * The volunteer's courses (volunteer/courses.xhtml), on a phone: runs open for enrolment with
 * their free places, the own enrolments with cancel, and the own qualifications with their expiry.
 */
@Named
@ViewScoped
public class CoursesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseService courses;

    @Inject
    Clock clock;

    @Inject
    EnrolmentService enrolments;

    @Inject
    QualificationService qualifications;

    @Inject
    CurrentUser currentUser;

    private transient List<CourseRun> open = List.of();
    private transient Map<Long, Long> confirmed = Map.of();
    private transient List<Enrolment> own = List.of();
    private transient List<Qualification> held = List.of();

    public void load() {
        refresh();
    }

    public void enrol(long runId) {
        attempt(() -> enrolments.enrol(currentUser.caller(), runId).getStatus() == PlaceStatus.CONFIRMED
                ? "courses.enrolled"
                : "courses.waiting");
    }

    public void cancel(long runId) {
        attempt(() -> {
            enrolments.cancel(currentUser.caller(), runId);
            return "courses.cancelled";
        });
    }

    /** Runs the step, shows its outcome (the key it returns) or why it failed, and shows the lists anew. */
    private void attempt(Supplier<String> step) {
        FacesMessages.attempt(step);
        refresh();
    }

    private void refresh() {
        open = courses.openRuns(null);
        confirmed = courses.confirmedCounts(open.stream().map(CourseRun::getId).toList());
        own = enrolments.own(currentUser.caller());
        held = qualifications.own(currentUser.caller());
    }

    public long placesFree(CourseRun run) {
        return run.placesFree(confirmed.getOrDefault(run.getId(), 0L));
    }

    /** Whether the volunteer holds a place or waits for this run already. */
    public boolean holds(CourseRun run) {
        Set<Long> ids = own.stream().map(e -> e.getRun().getId()).collect(Collectors.toSet());
        return ids.contains(run.getId());
    }

    public boolean isValidToday(Qualification qualification) {
        return qualification.isValidOn(ClockProducer.today(clock));
    }

    public List<CourseRun> getOpen() {
        return open;
    }

    public List<Enrolment> getOwn() {
        return own;
    }

    public List<Qualification> getHeld() {
        return held;
    }
}
