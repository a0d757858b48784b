package org.quartiersnetz.placement.entity;

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
import java.time.Instant;
import java.time.LocalDate;
import org.quartiersnetz.security.entity.UserAccount;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * A volunteer placed in a task (Vermittlung / Einsatzvereinbarung), from the proposal to its end.
 * Keeps the score and the reasons the matching gave when it was proposed, so that the volunteer
 * and staff later see why.
 */
@Entity
@Table(name = "placement")
@NamedQuery(
        name = Placement.FIND_BY_TASK,
        query = "SELECT p FROM Placement p JOIN FETCH p.volunteer"
                + " WHERE p.task = :task ORDER BY p.proposedAt DESC, p.id DESC")
@NamedQuery(
        name = Placement.FIND_BY_VOLUNTEER,
        query = "SELECT p FROM Placement p JOIN FETCH p.task"
                + " WHERE p.volunteer = :volunteer ORDER BY p.proposedAt DESC, p.id DESC")
@NamedQuery(
        name = Placement.FIND_OF_PAIR,
        query = "SELECT p FROM Placement p" + " WHERE p.task = :task AND p.volunteer.id = :volunteer ORDER BY p.id")
@NamedQuery(
        name = Placement.FIND_OPEN_PROPOSALS,
        query = "SELECT p FROM Placement p JOIN FETCH p.volunteer"
                + " WHERE p.task = :task AND p.status = org.quartiersnetz.placement.entity.PlacementStatus.PROPOSED")
@NamedQuery(
        name = Placement.COUNT_HOLDING,
        query = "SELECT COUNT(p) FROM Placement p" + " WHERE p.task = :task AND p.status IN :holding")
public class Placement {

    public static final String FIND_BY_TASK = "Placement.findByTask";
    public static final String FIND_BY_VOLUNTEER = "Placement.findByVolunteer";
    public static final String FIND_OF_PAIR = "Placement.findOfPair";
    public static final String FIND_OPEN_PROPOSALS = "Placement.findOpenProposals";
    public static final String COUNT_HOLDING = "Placement.countHolding";
    public static final int REASON_LENGTH = 500;
    public static final int REASONS_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "placement_seq", sequenceName = "placement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "placement_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id", nullable = false)
    private Task task;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "volunteer_id", nullable = false)
    private Volunteer volunteer;

    @Column(name = "carrier_id", nullable = false)
    private long carrierId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlacementStatus status = PlacementStatus.PROPOSED;

    @Column(nullable = false)
    private int score;

    /** The matching's reasons when proposed, encoded by the matching area (whole ones, at most REASONS_LENGTH). */
    @Column(nullable = false, length = REASONS_LENGTH)
    private String reasons;

    @Column(name = "proposed_by", nullable = false)
    private long proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "intro_meeting_at")
    private Instant introMeetingAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "intro_staff_id")
    private UserAccount introStaff;

    @Column(name = "trial_until")
    private LocalDate trialUntil;

    @Column(name = "family_consent_on")
    private LocalDate familyConsentOn;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = REASON_LENGTH)
    private String endReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_cause", length = 20)
    private CancelCause cancelCause;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected Placement() {}

    public Placement(Task task, Volunteer volunteer, int score, String reasons, long proposedBy, Instant now) {
        this.task = task;
        this.volunteer = volunteer;
        this.carrierId = task.getCarrier().getId();
        this.score = score;
        this.reasons = reasons;
        this.proposedBy = proposedBy;
        this.proposedAt = now;
        this.changedAt = now;
    }

    /** Moves to the next status; the caller checked that the step is allowed and took its side effects. */
    public void moveTo(PlacementStatus next, Instant now) {
        if (status == PlacementStatus.PROPOSED) {
            answeredAt = now;
        }
        status = next;
        changedAt = now;
    }

    public void scheduleIntroMeeting(Instant at, UserAccount staff) {
        this.introMeetingAt = at;
        this.introStaff = staff;
    }

    public void startTrial(LocalDate until) {
        this.trialUntil = until;
    }

    public void start(LocalDate on, LocalDate familyConsentOn) {
        this.startedOn = on;
        this.familyConsentOn = familyConsentOn;
    }

    public void end(LocalDate on, String reason, CancelCause cause) {
        this.endedOn = on;
        this.endReason = reason;
        this.cancelCause = cause;
    }

    public Long getId() {
        return id;
    }

    public Task getTask() {
        return task;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public long getCarrierId() {
        return carrierId;
    }

    public PlacementStatus getStatus() {
        return status;
    }

    public int getScore() {
        return score;
    }

    public String getReasons() {
        return reasons;
    }

    public long getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getIntroMeetingAt() {
        return introMeetingAt;
    }

    public UserAccount getIntroStaff() {
        return introStaff;
    }

    public LocalDate getTrialUntil() {
        return trialUntil;
    }

    public LocalDate getFamilyConsentOn() {
        return familyConsentOn;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public CancelCause getCancelCause() {
        return cancelCause;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
