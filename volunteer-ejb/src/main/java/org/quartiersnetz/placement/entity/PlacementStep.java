package org.quartiersnetz.placement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a placement's lifecycle: from, to, who, when and what was noted (a date, a reason). */
@Entity
@Table(name = "placement_step")
@NamedQuery(
        name = PlacementStep.FIND_BY_PLACEMENT,
        query = "SELECT s FROM PlacementStep s" + " WHERE s.placementId = :placement ORDER BY s.takenAt, s.id")
public class PlacementStep {

    public static final String FIND_BY_PLACEMENT = "PlacementStep.findByPlacement";

    @Id
    @SequenceGenerator(name = "placement_step_seq", sequenceName = "placement_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "placement_step_seq")
    private Long id;

    @Column(name = "placement_id", nullable = false)
    private long placementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    private PlacementStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16)
    private PlacementStatus to;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(length = Placement.REASON_LENGTH)
    private String note;

    protected PlacementStep() {}

    public PlacementStep(
            long placementId, PlacementStatus from, PlacementStatus to, long accountId, Instant takenAt, String note) {
        this.placementId = placementId;
        this.from = from;
        this.to = to;
        this.accountId = accountId;
        this.takenAt = takenAt;
        this.note = note == null || note.length() <= Placement.REASON_LENGTH
                ? note
                : note.substring(0, Placement.REASON_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public long getPlacementId() {
        return placementId;
    }

    public PlacementStatus getFrom() {
        return from;
    }

    public PlacementStatus getTo() {
        return to;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public String getNote() {
        return note;
    }
}
