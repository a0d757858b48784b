package org.quartiersnetz.training.entity;

import jakarta.persistence.Column;
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
import java.time.Instant;
import org.quartiersnetz.volunteer.entity.Volunteer;

/** Whether a volunteer was at one date of a course run, as staff recorded it. */
@Entity
@Table(name = "course_attendance")
@NamedQuery(
        name = Attendance.FIND_BY_SESSION,
        query = "SELECT a FROM Attendance a JOIN FETCH a.volunteer "
                + "WHERE a.session = :session ORDER BY a.volunteer.lastName, a.volunteer.firstName, a.volunteer.id")
@NamedQuery(
        name = Attendance.COUNT_PRESENT,
        query = "SELECT COUNT(a) FROM Attendance a WHERE a.session.run = :run "
                + "AND a.volunteer = :volunteer AND a.present = TRUE")
public class Attendance {

    public static final String FIND_BY_SESSION = "Attendance.findBySession";
    public static final String COUNT_PRESENT = "Attendance.countPresent";

    @Id
    @SequenceGenerator(name = "course_attendance_seq", sequenceName = "course_attendance_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_attendance_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", nullable = false)
    private CourseSession session;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "volunteer_id", nullable = false)
    private Volunteer volunteer;

    @Column(nullable = false)
    private boolean present;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Attendance() {}

    public Attendance(CourseSession session, Volunteer volunteer) {
        this.session = session;
        this.volunteer = volunteer;
    }

    public void record(boolean present, long accountId, Instant now) {
        this.present = present;
        this.recordedBy = accountId;
        this.recordedAt = now;
    }

    public CourseSession getSession() {
        return session;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public boolean isPresent() {
        return present;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
