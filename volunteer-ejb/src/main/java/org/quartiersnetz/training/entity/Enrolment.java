package org.quartiersnetz.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * A volunteer's enrolment in a course run. One row per run and volunteer: enrolling again after a
 * cancellation reuses it, with a new place in the queue.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(name = Enrolment.FIND, query = "SELECT e FROM Enrolment e WHERE e.run = :run AND e.volunteer = :volunteer")
@NamedQuery(
        name = Enrolment.COUNT,
        query = "SELECT COUNT(e) FROM Enrolment e WHERE e.run = :run AND e.status = :status")
@NamedQuery(
        name = Enrolment.FIRST_WAITING,
        query =
                "SELECT e FROM Enrolment e WHERE e.run = :run "
                        + "AND e.status = org.quartiersnetz.training.entity.EnrolmentStatus.WAITING ORDER BY e.requestedAt, e.id")
@NamedQuery(
        name = Enrolment.FIND_BY_RUN,
        query = "SELECT e FROM Enrolment e JOIN FETCH e.volunteer "
                + "WHERE e.run = :run AND e.status IN :statuses ORDER BY e.requestedAt, e.id")
@NamedQuery(
        name = Enrolment.FIND_OWN,
        query = "SELECT e FROM Enrolment e JOIN FETCH e.run r JOIN FETCH r.course "
                + "WHERE e.volunteer = :volunteer AND e.status IN :statuses ORDER BY r.enrolmentDeadline, r.id")
@NamedQuery(
        name = Enrolment.CONFIRMED_OF_COURSES,
        query = "SELECT e FROM Enrolment e JOIN FETCH e.run r "
                + "JOIN FETCH r.course c WHERE e.volunteer.id = :volunteer AND c.code IN :codes "
                + "AND e.status = org.quartiersnetz.training.entity.EnrolmentStatus.CONFIRMED")
public class Enrolment {

    public static final String FIND = "Enrolment.find";
    public static final String COUNT = "Enrolment.count";
    public static final String FIRST_WAITING = "Enrolment.firstWaiting";
    public static final String FIND_BY_RUN = "Enrolment.findByRun";
    public static final String FIND_OWN = "Enrolment.findOwn";
    public static final String CONFIRMED_OF_COURSES = "Enrolment.confirmedOfCourses";

    @Id
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "run_id", nullable = false)
    private CourseRun run;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "volunteer_id", nullable = false)
    private Volunteer volunteer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EnrolmentStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected Enrolment() {}

    public Enrolment(CourseRun run, Volunteer volunteer) {
        this.run = run;
        this.volunteer = volunteer;
    }

    /** Joins the run (again): confirmed while there is a place, else at the end of the queue. */
    public void request(EnrolmentStatus status, Instant now) {
        this.status = status;
        this.requestedAt = now;
        this.changedAt = now;
    }

    public void moveTo(EnrolmentStatus next, Instant now) {
        this.status = next;
        this.changedAt = now;
    }

    public Long getId() {
        return id;
    }

    public CourseRun getRun() {
        return run;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
