package org.quartiersnetz.calendar.entity;

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
 * A secret calendar feed URL of a volunteer or of a carrier: only the hash of its token is kept; once
 * revoked (or replaced by a new one) it answers nothing.
 */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(
        name = CalendarFeed.FIND_BY_HASH,
        query = "SELECT f FROM CalendarFeed f WHERE f.tokenHash = :hash " + "AND f.revokedAt IS NULL")
@NamedQuery(
        name = CalendarFeed.FIND_OF_VOLUNTEER,
        query = "SELECT f FROM CalendarFeed f "
                + "WHERE f.volunteerId = :volunteer AND f.revokedAt IS NULL ORDER BY f.createdAt DESC")
@NamedQuery(
        name = CalendarFeed.FIND_OF_CARRIER,
        query = "SELECT f FROM CalendarFeed f "
                + "WHERE f.carrierId = :carrier AND f.revokedAt IS NULL ORDER BY f.createdAt DESC")
public class CalendarFeed {

    public static final String FIND_BY_HASH = "CalendarFeed.findByHash";
    public static final String FIND_OF_VOLUNTEER = "CalendarFeed.findOfVolunteer";
    public static final String FIND_OF_CARRIER = "CalendarFeed.findOfCarrier";

    @Id
    @SequenceGenerator(name = "calendar_feed_seq", sequenceName = "calendar_feed_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_feed_seq")
    private Long id;

    @Column(name = "volunteer_id")
    private Long volunteerId;

    @Column(name = "carrier_id")
    private Long carrierId;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected CalendarFeed() {}

    private CalendarFeed(Long volunteerId, Long carrierId, String tokenHash, long createdBy, Instant createdAt) {
        this.volunteerId = volunteerId;
        this.carrierId = carrierId;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public static CalendarFeed ofVolunteer(long volunteerId, String tokenHash, long createdBy, Instant now) {
        return new CalendarFeed(volunteerId, null, tokenHash, createdBy, now);
    }

    public static CalendarFeed ofCarrier(long carrierId, String tokenHash, long createdBy, Instant now) {
        return new CalendarFeed(null, carrierId, tokenHash, createdBy, now);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    /** The volunteer whose dates the feed shows; null for a carrier's feed. */
    public Long getVolunteerId() {
        return volunteerId;
    }

    /** The carrier whose dates the feed shows; null for a volunteer's feed. */
    public Long getCarrierId() {
        return carrierId;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
