package org.quartiersnetz.supervision.entity;

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
import org.quartiersnetz.volunteer.entity.Volunteer;

/** A volunteer at a session: signed up, then present, excused or absent as recorded by staff or the supervisor. */
@Entity
@Table(name = "supervision_attendance")
@NamedQuery(
        name = SupervisionAttendance.FIND_BY_SESSION,
        query =
                "SELECT a FROM SupervisionAttendance a"
                        + " JOIN FETCH a.volunteer WHERE a.session = :session ORDER BY a.volunteer.lastName, a.volunteer.firstName")
@NamedQuery(
        name = SupervisionAttendance.FIND,
        query = "SELECT a FROM SupervisionAttendance a" + " WHERE a.session = :session AND a.volunteer.id = :volunteer")
@NamedQuery(
        name = SupervisionAttendance.FIND_OWN,
        query = "SELECT a FROM SupervisionAttendance a"
                + " JOIN FETCH a.session s WHERE a.volunteer = :volunteer ORDER BY s.startsAt DESC")
@NamedQuery(
        name = SupervisionAttendance.COUNT_SIGNED_UP,
        query = "SELECT COUNT(a) FROM SupervisionAttendance a"
                + " WHERE a.session = :session AND a.status <> org.quartiersnetz.supervision.entity.Presence.EXCUSED")
public class SupervisionAttendance {

    public static final String FIND_BY_SESSION = "SupervisionAttendance.findBySession";
    public static final String FIND = "SupervisionAttendance.find";
    public static final String FIND_OWN = "SupervisionAttendance.findOwn";
    public static final String COUNT_SIGNED_UP = "SupervisionAttendance.countSignedUp";

    @Id
    @SequenceGenerator(
            name = "supervision_attendance_seq",
            sequenceName = "supervision_attendance_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_attendance_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", nullable = false)
    private SupervisionSession session;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "volunteer_id", nullable = false)
    private Volunteer volunteer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Presence status;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "recorded_by")
    private Long recordedBy;

    protected SupervisionAttendance() {}

    public SupervisionAttendance(
            SupervisionSession session, Volunteer volunteer, Presence status, Long recordedBy, Instant now) {
        this.session = session;
        this.volunteer = volunteer;
        record(status, recordedBy, now);
    }

    public final void record(Presence status, Long recordedBy, Instant now) {
        this.status = status;
        this.recordedBy = recordedBy;
        this.changedAt = now;
    }

    public Long getId() {
        return id;
    }

    public SupervisionSession getSession() {
        return session;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public Presence getStatus() {
        return status;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }
}
