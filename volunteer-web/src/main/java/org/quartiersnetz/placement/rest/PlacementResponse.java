package org.quartiersnetz.placement.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.quartiersnetz.matching.control.Reason;
import org.quartiersnetz.matching.rest.ReasonResponse;
import org.quartiersnetz.matching.view.ReasonTexts;
import org.quartiersnetz.placement.entity.CancelCause;
import org.quartiersnetz.placement.entity.Placement;
import org.quartiersnetz.placement.entity.PlacementStatus;

/**
 * A placement: task, volunteer, where it stands, why it was proposed, the intro meeting and the
 * tandem steps' dates, and the steps the caller may take next.
 */
public record PlacementResponse(
        long id,
        long taskId,
        String taskTitle,
        String carrier,
        long volunteerId,
        String volunteerName,
        PlacementStatus status,
        int score,
        List<ReasonResponse> reasons,
        Instant proposedAt,
        Instant answeredAt,
        Instant introMeetingAt,
        String introStaff,
        LocalDate trialUntil,
        LocalDate familyConsentOn,
        LocalDate startedOn,
        LocalDate endedOn,
        String endReason,
        CancelCause cancelCause,
        Set<PlacementStatus> allowedNext) {

    public static PlacementResponse of(
            Placement p,
            List<Reason> reasons,
            String introStaff,
            Set<PlacementStatus> next,
            ReasonTexts texts,
            Locale locale) {
        return new PlacementResponse(
                p.getId(),
                p.getTask().getId(),
                p.getTask().title(locale),
                p.getTask().getCarrier().getName(),
                p.getVolunteer().getId(),
                p.getVolunteer().getName(),
                p.getStatus(),
                p.getScore(),
                ReasonResponse.of(reasons, texts),
                p.getProposedAt(),
                p.getAnsweredAt(),
                p.getIntroMeetingAt(),
                introStaff,
                p.getTrialUntil(),
                p.getFamilyConsentOn(),
                p.getStartedOn(),
                p.getEndedOn(),
                p.getEndReason(),
                p.getCancelCause(),
                new TreeSet<>(next));
    }
}
