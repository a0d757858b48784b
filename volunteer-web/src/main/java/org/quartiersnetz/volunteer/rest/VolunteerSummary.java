package org.quartiersnetz.volunteer.rest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.quartiersnetz.volunteer.entity.Skill;
import org.quartiersnetz.volunteer.entity.Volunteer;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/** A row of the staff's volunteer list. */
public record VolunteerSummary(
        long id,
        String firstName,
        String lastName,
        VolunteerStatus status,
        List<String> languages,
        Set<Skill> skills,
        Set<String> carriers,
        boolean sharedPool,
        Instant createdAt,
        Long possibleDuplicateOf) {

    static VolunteerSummary of(Volunteer v) {
        return new VolunteerSummary(
                v.getId(),
                v.getFirstName(),
                v.getLastName(),
                v.getStatus(),
                List.copyOf(v.getLanguages()),
                v.getSkills(),
                v.getCarrierCodes(),
                v.isSharedPool(),
                v.getCreatedAt(),
                v.getPossibleDuplicateOf());
    }
}
