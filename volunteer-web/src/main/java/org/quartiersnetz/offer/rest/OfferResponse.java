package org.quartiersnetz.offer.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import org.quartiersnetz.common.boundary.TextsInput;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.offer.entity.Offer;

/** An offer with its texts in both languages and, for reading, in the request's language. */
public record OfferResponse(
        long id,
        String carrier,
        String carrierName,
        long site,
        String siteName,
        String title,
        String description,
        String titleDe,
        String titleEn,
        String descriptionDe,
        String descriptionEn,
        Map<String, TextsInput.Translation> translations,
        List<WeeklyTime> times,
        SortedSet<String> languages,
        LocalDate validFrom,
        LocalDate validUntil,
        SortedSet<LocalDate> cancellations) {

    static OfferResponse of(Offer o, Locale locale) {
        return new OfferResponse(
                o.getId(),
                o.getCarrier().getCode(),
                o.getCarrier().getName(),
                o.getSite().getId(),
                o.getSite().getName(),
                o.title(locale),
                o.description(locale),
                o.getTexts().titleIn("de"),
                o.getTexts().titleIn("en"),
                o.getTexts().descriptionIn("de"),
                o.getTexts().descriptionIn("en"),
                TextsInput.translationsOf(o.getTexts()),
                List.copyOf(o.getTimes()),
                o.getLanguages(),
                o.getValidFrom(),
                o.getValidUntil(),
                o.getCancellations());
    }
}
