package org.quartiersnetz.offer.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.offer.entity.Occurrence;
import org.quartiersnetz.offer.entity.Offer;

/** Lays the weekly times of offers out on the dates of one week, Monday to Sunday. */
public final class OfferWeek {

    private OfferWeek() {}

    public static LocalDate mondayOf(LocalDate anyDay) {
        return anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * The occurrences in the week of {@code monday}, by date, start and title; days outside an
     * offer's validity are left out, cancelled ones are kept and marked, so the week can say so.
     */
    public static List<Occurrence> occurrences(Collection<Offer> offers, LocalDate monday, Locale locale) {
        Comparator<Occurrence> order = Comparator.comparing(Occurrence::date)
                .thenComparing(Occurrence::start)
                .thenComparing(o -> o.offer().title(locale))
                .thenComparing(o -> o.offer().getId());
        return offers.stream()
                .flatMap(offer -> offer.getTimes().stream().map(time -> occurrence(offer, time, monday)))
                .filter(o -> o.offer().isValidOn(o.date()))
                .sorted(order)
                .toList();
    }

    private static Occurrence occurrence(Offer offer, WeeklyTime time, LocalDate monday) {
        LocalDate date = monday.plusDays(time.getDay().getValue() - 1L);
        return new Occurrence(date, time.getStart(), time.getEnd(), offer, offer.isCancelledOn(date));
    }
}
