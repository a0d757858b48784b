package org.quartiersnetz.volunteer.rest;

import java.time.Instant;
import java.util.List;
import org.quartiersnetz.volunteer.entity.Volunteer;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/** A volunteer's own profile as the API shows it (never the password hash). */
public record VolunteerResponse(long id, String firstName, String lastName, String email, String phone,
        List<String> languages, VolunteerStatus status, int privacyNoticeVersion, Instant createdAt) {

    static VolunteerResponse of(Volunteer v) {
        return new VolunteerResponse(v.getId(), v.getFirstName(), v.getLastName(), v.getEmail(), v.getPhone(),
                v.getLanguages().stream().sorted().toList(), v.getStatus(), v.getPrivacyNoticeVersion(),
                v.getCreatedAt());
    }
}
