package org.quartiersnetz.volunteer.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quartiersnetz.volunteer.entity.Availability;
import org.quartiersnetz.volunteer.entity.LanguageLevel;
import org.quartiersnetz.volunteer.entity.Skill;
import org.quartiersnetz.volunteer.entity.Volunteer;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/**
 * A volunteer's profile as the API shows it to the volunteer and to staff who may see them
 * (never the password hash). {@code languages} lists the codes, {@code languageLevels} how well.
 */
public record VolunteerResponse(
        long id,
        String firstName,
        String lastName,
        String email,
        String phone,
        List<String> languages,
        Map<String, LanguageLevel> languageLevels,
        Set<Skill> skills,
        Set<String> tags,
        Set<Availability> availability,
        Set<String> interests,
        Set<String> carriers,
        String postcode,
        String area,
        LocalDate birthDate,
        Integer maxHoursPerWeek,
        LocalDate availableFrom,
        LocalDate availableUntil,
        boolean sharedPool,
        boolean groupMail,
        VolunteerStatus status,
        Instant statusChangedAt,
        int privacyNoticeVersion,
        Instant createdAt,
        Long possibleDuplicateOf) {

    static VolunteerResponse of(Volunteer v) {
        return of(v, false);
    }

    /** For staff: also whether the sign-up looks like a duplicate of another volunteer. */
    static VolunteerResponse forStaff(Volunteer v) {
        return of(v, true);
    }

    private static VolunteerResponse of(Volunteer v, boolean staff) {
        return new VolunteerResponse(
                v.getId(),
                v.getFirstName(),
                v.getLastName(),
                v.getEmail(),
                v.getPhone(),
                List.copyOf(v.getLanguages()),
                v.getLanguageLevels(),
                v.getSkills(),
                v.getTags(),
                v.getAvailability(),
                v.getInterestCodes(),
                v.getCarrierCodes(),
                v.getPostcode(),
                v.getArea(),
                v.getBirthDate(),
                v.getMaxHoursPerWeek(),
                v.getAvailableFrom(),
                v.getAvailableUntil(),
                v.isSharedPool(),
                v.isGroupMail(),
                v.getStatus(),
                v.getStatusChangedAt(),
                v.getPrivacyNoticeVersion(),
                v.getCreatedAt(),
                staff ? v.getPossibleDuplicateOf() : null);
    }
}
