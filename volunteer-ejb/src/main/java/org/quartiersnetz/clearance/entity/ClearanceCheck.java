package org.quartiersnetz.clearance.entity;

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
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.security.entity.UserAccount;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * That a carrier inspected a volunteer's extended certificate of conduct (§72a SGB VIII): by whom,
 * when, the certificate's issue date and whether it shows a relevant conviction. Deliberately
 * nothing else: there is no field for a copy, the content or a remark.
 */
@Entity
@Table(name = "clearance_check")
@NamedQuery(
        name = ClearanceCheck.FIND_BY_VOLUNTEER,
        query = "SELECT c FROM ClearanceCheck c"
                + " WHERE c.volunteer.id = :volunteer ORDER BY c.inspectedOn DESC, c.id DESC")
@NamedQuery(name = ClearanceCheck.FIND_ALL, query = "SELECT c FROM ClearanceCheck c ORDER BY c.id")
@NamedQuery(name = ClearanceCheck.DELETE_BY_ID, query = "DELETE FROM ClearanceCheck c WHERE c.id = :id")
@NamedQuery(
        name = ClearanceCheck.FIND_BY_CARRIER,
        query = "SELECT c FROM ClearanceCheck c WHERE c.carrier.id = :carrier ORDER BY c.id")
public class ClearanceCheck {

    public static final String FIND_BY_VOLUNTEER = "ClearanceCheck.findByVolunteer";
    public static final String FIND_ALL = "ClearanceCheck.findAll";
    public static final String DELETE_BY_ID = "ClearanceCheck.deleteById";
    public static final String FIND_BY_CARRIER = "ClearanceCheck.findByCarrier";

    @Id
    @SequenceGenerator(name = "clearance_check_seq", sequenceName = "clearance_check_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clearance_check_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "volunteer_id", nullable = false)
    private Volunteer volunteer;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "carrier_id", nullable = false)
    private Carrier carrier;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "inspected_by", nullable = false)
    private UserAccount inspectedBy;

    @NotNull
    @Column(name = "inspected_on", nullable = false)
    private LocalDate inspectedOn;

    @NotNull
    @Column(name = "certificate_issued_on", nullable = false)
    private LocalDate certificateIssuedOn;

    @Column(name = "relevant_conviction", nullable = false)
    private boolean relevantConviction;

    @NotNull
    @Column(name = "renewal_due_on", nullable = false)
    private LocalDate renewalDueOn;

    /** The last day the volunteer was active in a task that needed this inspection; none yet: null. */
    @Column(name = "last_activity_on")
    private LocalDate lastActivityOn;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ClearanceCheck() {}

    public ClearanceCheck(
            Volunteer volunteer,
            Carrier carrier,
            UserAccount inspectedBy,
            LocalDate inspectedOn,
            LocalDate certificateIssuedOn,
            boolean relevantConviction,
            LocalDate renewalDueOn,
            Instant createdAt) {
        this.volunteer = volunteer;
        this.carrier = carrier;
        this.inspectedBy = inspectedBy;
        this.inspectedOn = inspectedOn;
        this.certificateIssuedOn = certificateIssuedOn;
        this.relevantConviction = relevantConviction;
        this.renewalDueOn = renewalDueOn;
        this.createdAt = createdAt;
    }

    public void recordActivity(LocalDate on) {
        lastActivityOn = laterActivity(on);
    }

    /**
     * The last activity if there was also one on that day: activity only moves forward, and a day
     * before this inspection (it belongs to an earlier one) or none changes nothing.
     */
    public LocalDate laterActivity(LocalDate on) {
        boolean later =
                on != null && !on.isBefore(inspectedOn) && (lastActivityOn == null || on.isAfter(lastActivityOn));
        return later ? on : lastActivityOn;
    }

    public Long getId() {
        return id;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    public UserAccount getInspectedBy() {
        return inspectedBy;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public LocalDate getCertificateIssuedOn() {
        return certificateIssuedOn;
    }

    public boolean isRelevantConviction() {
        return relevantConviction;
    }

    public LocalDate getRenewalDueOn() {
        return renewalDueOn;
    }

    public LocalDate getLastActivityOn() {
        return lastActivityOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
