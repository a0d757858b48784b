package org.quartiersnetz.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One date of a course run, e.g. Saturday 9–16 h. */
@Entity
@Table(name = "course_session")
public class CourseSession {

    @Id
    @SequenceGenerator(name = "course_session_seq", sequenceName = "course_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_session_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "run_id", nullable = false)
    private CourseRun run;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    protected CourseSession() {}

    CourseSession(CourseRun run, Instant startsAt, Instant endsAt) {
        this.run = run;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public boolean hasStarted(Instant now) {
        return !startsAt.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public CourseRun getRun() {
        return run;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }
}
