package org.quartiersnetz.volunteer.entity;

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
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.security.entity.UserAccount;

/** One step in a volunteer's lifecycle: when, by whom, for which carrier, and why. */
@Entity
@Table(name = "volunteer_status_change")
@NamedQuery(
        name = StatusChange.FIND_BY_VOLUNTEER,
        query = "SELECT c FROM StatusChange c WHERE c.volunteer = :volunteer ORDER BY c.changedAt, c.id")
public class StatusChange {

    public static final String FIND_BY_VOLUNTEER = "StatusChange.findByVolunteer";
    public static final int REASON_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "status_change_seq", sequenceName = "status_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_change_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "volunteer_id", nullable = false)
    private Volunteer volunteer;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 20)
    private VolunteerStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private VolunteerStatus to;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @ManyToOne(optional = false)
    @JoinColumn(name = "changed_by", nullable = false)
    private UserAccount changedBy;

    @ManyToOne
    @JoinColumn(name = "carrier_id")
    private Carrier carrier;

    @Size(max = REASON_LENGTH)
    @Column(length = REASON_LENGTH)
    private String reason;

    protected StatusChange() {}

    StatusChange(
            Volunteer volunteer,
            VolunteerStatus from,
            VolunteerStatus to,
            Instant changedAt,
            UserAccount changedBy,
            Carrier carrier,
            String reason) {
        this.volunteer = volunteer;
        this.from = from;
        this.to = to;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.carrier = carrier;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public VolunteerStatus getFrom() {
        return from;
    }

    public VolunteerStatus getTo() {
        return to;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public UserAccount getChangedBy() {
        return changedBy;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    public String getReason() {
        return reason;
    }
}
