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
import java.time.Instant;
import java.time.LocalDate;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * A course a volunteer completed, from a run of the network or shown by a certificate from
 * elsewhere. Rows are kept when they expire or are renewed: together they are the history.
 */
@Entity
@Table(name = "qualification")
@NamedQuery(
        name = Qualification.FIND_BY_VOLUNTEER,
        query = "SELECT q FROM Qualification q JOIN FETCH q.course "
                + "WHERE q.volunteer.id = :volunteer ORDER BY q.obtainedOn DESC, q.id DESC")
@NamedQuery(
        name = Qualification.FIND_OF_COURSES,
        query = "SELECT q FROM Qualification q JOIN FETCH q.course c "
                + "WHERE q.volunteer.id = :volunteer AND c.code IN :codes")
@NamedQuery(
        name = Qualification.FIND_FROM_RUN,
        query = "SELECT q FROM Qualification q " + "WHERE q.run = :run AND q.volunteer = :volunteer")
public class Qualification {

    public static final String FIND_BY_VOLUNTEER = "Qualification.findByVolunteer";
    public static final String FIND_OF_COURSES = "Qualification.findOfCourses";
    public static final String FIND_FROM_RUN = "Qualification.findFromRun";
    public static final int ISSUER_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "qualification_seq", sequenceName = "qualification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qualification_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "volunteer_id", nullable = false)
    private Volunteer volunteer;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "obtained_on", nullable = false)
    private LocalDate obtainedOn;

    /** Last valid day; null: does not expire. */
    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private QualificationSource source;

    /** The run it was obtained in (source RUN). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "run_id")
    private CourseRun run;

    /** Who issued the certificate that was shown (source EXTERNAL). */
    @Column(length = ISSUER_LENGTH)
    private String issuer;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Qualification() {}

    private Qualification(
            Volunteer volunteer,
            Course course,
            LocalDate obtainedOn,
            QualificationSource source,
            long recordedBy,
            Instant recordedAt) {
        this.volunteer = volunteer;
        this.course = course;
        this.obtainedOn = obtainedOn;
        this.validUntil = course.validUntil(obtainedOn);
        this.source = source;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Completed a run: obtained on the day of its last session. */
    public static Qualification fromRun(Volunteer volunteer, CourseRun run, long recordedBy, Instant now) {
        Qualification qualification =
                new Qualification(volunteer, run.getCourse(), run.lastDay(), QualificationSource.RUN, recordedBy, now);
        qualification.run = run;
        return qualification;
    }

    /** A certificate from elsewhere, dated {@code evidenceOn}. */
    public static Qualification external(
            Volunteer volunteer, Course course, LocalDate evidenceOn, String issuer, long recordedBy, Instant now) {
        Qualification qualification =
                new Qualification(volunteer, course, evidenceOn, QualificationSource.EXTERNAL, recordedBy, now);
        qualification.issuer = issuer;
        return qualification;
    }

    public boolean isValidOn(LocalDate day) {
        return !obtainedOn.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }

    public Long getId() {
        return id;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public Course getCourse() {
        return course;
    }

    public LocalDate getObtainedOn() {
        return obtainedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public QualificationSource getSource() {
        return source;
    }

    public CourseRun getRun() {
        return run;
    }

    public String getIssuer() {
        return issuer;
    }
}
