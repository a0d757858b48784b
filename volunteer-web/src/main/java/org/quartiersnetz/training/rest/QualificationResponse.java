package org.quartiersnetz.training.rest;

import java.time.LocalDate;
import java.util.Locale;
import org.quartiersnetz.training.entity.Qualification;
import org.quartiersnetz.training.entity.QualificationSource;

/** A qualification with its validity (validUntil null: does not expire) and where it came from. */
public record QualificationResponse(
        long id,
        long volunteerId,
        String courseCode,
        String courseTitle,
        LocalDate obtainedOn,
        LocalDate validUntil,
        boolean valid,
        QualificationSource source,
        Long runId,
        String issuer) {

    static QualificationResponse of(Qualification q, LocalDate today, Locale locale) {
        return new QualificationResponse(
                q.getId(),
                q.getVolunteer().getId(),
                q.getCourse().getCode(),
                q.getCourse().title(locale),
                q.getObtainedOn(),
                q.getValidUntil(),
                q.isValidOn(today),
                q.getSource(),
                q.getRun() == null ? null : q.getRun().getId(),
                q.getIssuer());
    }
}
