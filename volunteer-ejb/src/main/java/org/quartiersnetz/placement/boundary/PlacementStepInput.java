package org.quartiersnetz.placement.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.quartiersnetz.placement.entity.Placement;
import org.quartiersnetz.placement.entity.PlacementLifecycle;
import org.quartiersnetz.placement.entity.PlacementStatus;

/**
 * The next step of a placement and what it records: the intro meeting's time (Europe/Berlin) and
 * the member of staff who holds it, the end of the trial period, the family's consent to the
 * tandem, a reason for declining, cancelling or ending.
 */
public class PlacementStepInput implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private PlacementStatus to;

    @Size(max = Placement.REASON_LENGTH)
    private String reason;

    private LocalDateTime meetingAt;

    private Long staffId;

    private LocalDate trialUntil;

    private Boolean familyConsent;

    public PlacementStepInput() {}

    public PlacementStepInput(PlacementStatus to) {
        this.to = to;
    }

    /** Whether the step carries this detail. */
    public boolean carries(PlacementLifecycle.Detail detail) {
        return switch (detail) {
            case MEETING_AT -> meetingAt != null;
            case REASON -> reason != null && !reason.isBlank();
            case FAMILY_CONSENT -> Boolean.TRUE.equals(familyConsent);
        };
    }

    public PlacementStatus getTo() {
        return to;
    }

    public void setTo(PlacementStatus to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDateTime getMeetingAt() {
        return meetingAt;
    }

    public void setMeetingAt(LocalDateTime meetingAt) {
        this.meetingAt = meetingAt;
    }

    public Long getStaffId() {
        return staffId;
    }

    public void setStaffId(Long staffId) {
        this.staffId = staffId;
    }

    public LocalDate getTrialUntil() {
        return trialUntil;
    }

    public void setTrialUntil(LocalDate trialUntil) {
        this.trialUntil = trialUntil;
    }

    public Boolean getFamilyConsent() {
        return familyConsent;
    }

    public void setFamilyConsent(Boolean familyConsent) {
        this.familyConsent = familyConsent;
    }
}
