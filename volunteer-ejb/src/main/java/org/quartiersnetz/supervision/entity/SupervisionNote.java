package org.quartiersnetz.supervision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A confidential note on a session, kept apart from the session and its attendance: only the
 * session's supervisor and its carrier's coordinators read it; it never goes into an export, the
 * calendar or another role's answer.
 */
@Entity
@Table(name = "supervision_note")
@NamedQuery(
        name = SupervisionNote.FIND_BY_SESSION,
        query = "SELECT n FROM SupervisionNote n" + " WHERE n.sessionId = :session ORDER BY n.createdAt, n.id")
public class SupervisionNote {

    public static final String FIND_BY_SESSION = "SupervisionNote.findBySession";
    public static final int TEXT_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "supervision_note_seq", sequenceName = "supervision_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_note_seq")
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SupervisionNote() {}

    public SupervisionNote(long sessionId, long authorId, String text, Instant createdAt) {
        this.sessionId = sessionId;
        this.authorId = authorId;
        this.text = text;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
