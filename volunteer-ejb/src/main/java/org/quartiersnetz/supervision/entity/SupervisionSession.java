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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.security.entity.UserAccount;

/**
 * One supervision session: kind, supervisor, when and where, how long, its topics (never anything
 * that identifies a family or a volunteer) and its places. Held by a carrier, or by the network
 * office when it has none.
 */
@Entity
@Table(name = "supervision_session")
@NamedQuery(
        name = SupervisionSession.FIND_OF_CARRIER,
        query = "SELECT s FROM SupervisionSession s"
                + " WHERE s.carrier.id = :carrier AND s.startsAt >= :from ORDER BY s.startsAt, s.id")
@NamedQuery(
        name = SupervisionSession.FIND_OF_NETWORK,
        query = "SELECT s FROM SupervisionSession s"
                + " WHERE s.carrier IS NULL AND s.startsAt >= :from ORDER BY s.startsAt, s.id")
@NamedQuery(
        name = SupervisionSession.FIND_OF_SUPERVISOR,
        query = "SELECT s FROM SupervisionSession s"
                + " WHERE s.supervisor.id = :supervisor AND s.startsAt >= :from ORDER BY s.startsAt, s.id")
@NamedQuery(
        name = SupervisionSession.FIND_GROUPS_FROM,
        query = "SELECT s FROM SupervisionSession s"
                + " WHERE s.kind = org.quartiersnetz.supervision.entity.SupervisionKind.GROUP AND s.startsAt > :from"
                + " ORDER BY s.startsAt, s.id")
public class SupervisionSession {

    public static final String FIND_OF_CARRIER = "SupervisionSession.findOfCarrier";
    public static final String FIND_OF_NETWORK = "SupervisionSession.findOfNetwork";
    public static final String FIND_OF_SUPERVISOR = "SupervisionSession.findOfSupervisor";
    public static final String FIND_GROUPS_FROM = "SupervisionSession.findGroupsFrom";
    public static final int PLACE_LENGTH = 200;
    public static final int TOPICS_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "supervision_session_seq", sequenceName = "supervision_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_session_seq")
    private Long id;

    /** The carrier holding the session; null: the network office. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "carrier_id")
    private Carrier carrier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SupervisionKind kind;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "supervisor_id", nullable = false)
    private UserAccount supervisor;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false, length = PLACE_LENGTH)
    private String place;

    @Column(length = TOPICS_LENGTH)
    private String topics;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SupervisionSession() {}

    public SupervisionSession(
            Carrier carrier,
            SupervisionKind kind,
            UserAccount supervisor,
            Instant startsAt,
            int durationMinutes,
            String place,
            String topics,
            int capacity,
            long createdBy,
            Instant createdAt) {
        this.carrier = carrier;
        this.kind = kind;
        this.supervisor = supervisor;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.place = place;
        this.topics = topics;
        this.capacity = capacity;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean hasBegun(Instant now) {
        return !startsAt.isAfter(now);
    }

    public Instant getEndsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    public Long getId() {
        return id;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    public SupervisionKind getKind() {
        return kind;
    }

    public UserAccount getSupervisor() {
        return supervisor;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getPlace() {
        return place;
    }

    public String getTopics() {
        return topics;
    }

    public int getCapacity() {
        return capacity;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
