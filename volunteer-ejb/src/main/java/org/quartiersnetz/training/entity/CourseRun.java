package org.quartiersnetz.training.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.common.control.ClockProducer;

/**
 * One run of a course: several dates at one place with one trainer and a number of places. A run
 * without a carrier is held by the network office (its coordinator plans it).
 */
@Entity
@Table(name = "course_run")
@NamedQuery(
        name = CourseRun.FIND_OPEN,
        query = "SELECT r FROM CourseRun r JOIN FETCH r.course "
                + "WHERE r.enrolmentDeadline >= :today ORDER BY r.enrolmentDeadline, r.id")
@NamedQuery(
        name = CourseRun.FIND_OPEN_OF_COURSE,
        query = "SELECT r FROM CourseRun r JOIN FETCH r.course c "
                + "WHERE r.enrolmentDeadline >= :today AND c.code = :code ORDER BY r.enrolmentDeadline, r.id")
@NamedQuery(
        name = CourseRun.FIND_OF_CARRIER,
        query = "SELECT r FROM CourseRun r JOIN FETCH r.course "
                + "WHERE r.carrier.id = :carrier ORDER BY r.enrolmentDeadline DESC, r.id DESC")
@NamedQuery(
        name = CourseRun.FIND_OF_NETWORK,
        query = "SELECT r FROM CourseRun r JOIN FETCH r.course "
                + "WHERE r.carrier IS NULL ORDER BY r.enrolmentDeadline DESC, r.id DESC")
public class CourseRun {

    public static final String FIND_OF_CARRIER = "CourseRun.findOfCarrier";
    public static final String FIND_OF_NETWORK = "CourseRun.findOfNetwork";

    public static final String FIND_OPEN = "CourseRun.findOpen";
    public static final String FIND_OPEN_OF_COURSE = "CourseRun.findOpenOfCourse";
    public static final int PLACE_LENGTH = 200;
    public static final int TRAINER_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "course_run_seq", sequenceName = "course_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_run_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    /** The carrier that holds the run; null: the network office. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "carrier_id")
    private Carrier carrier;

    @Column(nullable = false, length = PLACE_LENGTH)
    private String place;

    @Column(nullable = false, length = TRAINER_LENGTH)
    private String trainer;

    @Column(nullable = false)
    private int capacity;

    /** Last day (network time) to enrol and to cancel. */
    @Column(name = "enrolment_deadline", nullable = false)
    private LocalDate enrolmentDeadline;

    @OneToMany(mappedBy = "run", cascade = CascadeType.PERSIST)
    @OrderBy("startsAt")
    private List<CourseSession> sessions = new ArrayList<>();

    @Version
    private long version;

    protected CourseRun() {}

    public CourseRun(
            Course course, Carrier carrier, String place, String trainer, int capacity, LocalDate enrolmentDeadline) {
        this.course = course;
        this.carrier = carrier;
        this.place = place;
        this.trainer = trainer;
        this.capacity = capacity;
        this.enrolmentDeadline = enrolmentDeadline;
    }

    public CourseSession addSession(Instant startsAt, Instant endsAt) {
        CourseSession session = new CourseSession(this, startsAt, endsAt);
        sessions.add(session);
        return session;
    }

    /** Enrolling and cancelling end with the deadline day, in the network's zone. */
    public boolean isEnrolmentOpen(Instant now) {
        return !LocalDate.ofInstant(now, ClockProducer.NETWORK_ZONE).isAfter(enrolmentDeadline);
    }

    /** The day of the last session, in the network's zone: the day a qualification is obtained. */
    public LocalDate lastDay() {
        return LocalDate.ofInstant(sessions.get(sessions.size() - 1).getStartsAt(), ClockProducer.NETWORK_ZONE);
    }

    public Instant lastEnd() {
        return sessions.stream()
                .map(CourseSession::getEndsAt)
                .max(Instant::compareTo)
                .orElseThrow();
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    public String getPlace() {
        return place;
    }

    public String getTrainer() {
        return trainer;
    }

    /** Places left with that many confirmed; never below zero. */
    public long placesFree(long confirmed) {
        return Math.max(0, capacity - confirmed);
    }

    public int getCapacity() {
        return capacity;
    }

    public LocalDate getEnrolmentDeadline() {
        return enrolmentDeadline;
    }

    public List<CourseSession> getSessions() {
        return sessions;
    }
}
