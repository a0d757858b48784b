package org.quartiersnetz.training.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.quartiersnetz.common.entity.PlaceRequest;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * A volunteer's enrolment in a course run. One row per run and volunteer: enrolling again after a
 * cancellation reuses it, with a new place in the queue.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(name = Enrolment.FIND, query = "SELECT e FROM Enrolment e WHERE e.run = :run AND e.volunteer = :volunteer")
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
                + "AND e.status = org.quartiersnetz.common.entity.PlaceStatus.CONFIRMED")
public class Enrolment extends PlaceRequest {

    public static final String FIND = "Enrolment.find";
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

    protected Enrolment() {}

    public Enrolment(CourseRun run, Volunteer volunteer) {
        this.run = run;
        this.volunteer = volunteer;
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
}
