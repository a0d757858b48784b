package org.quartiersnetz.offer.rest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.SortedSet;
import org.quartiersnetz.offer.entity.Occurrence;

/** One date of an offer in the week; {@code cancelled} when it does not take place that day. */
public record OccurrenceResponse(
        LocalDate date,
        DayOfWeek day,
        LocalTime start,
        LocalTime end,
        boolean cancelled,
        long offer,
        String title,
        String description,
        String carrier,
        String carrierName,
        String site,
        SortedSet<String> languages) {

    static OccurrenceResponse of(Occurrence o, Locale locale) {
        return new OccurrenceResponse(
                o.date(),
                o.date().getDayOfWeek(),
                o.start(),
                o.end(),
                o.cancelled(),
                o.offer().getId(),
                o.offer().title(locale),
                o.offer().description(locale),
                o.offer().getCarrier().getCode(),
                o.offer().getCarrier().getName(),
                o.offer().getSite().getName(),
                o.offer().getLanguages());
    }
}
