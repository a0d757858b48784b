package org.quartiersnetz.offer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.carrier.entity.CarrierKind;
import org.quartiersnetz.carrier.entity.Site;
import org.quartiersnetz.carrier.entity.SiteKind;
import org.quartiersnetz.common.entity.Texts;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.offer.entity.Offer;

class OfferWeekTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

    @Test
    void anyDayBelongsToTheWeekFromItsMonday() {
        assertEquals(MONDAY, OfferWeek.mondayOf(MONDAY));
        assertEquals(MONDAY, OfferWeek.mondayOf(MONDAY.plusDays(6)));
        assertEquals(MONDAY.plusDays(7), OfferWeek.mondayOf(MONDAY.plusDays(7)));
    }

    @Test
    void occurrencesComeByDateAndStartWithinValidityAndCancelledOnesAreMarked() {
        Offer cafe = offer(
                "Elterncafé",
                null,
                null,
                List.of(MONDAY.plusDays(2)),
                new WeeklyTime(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        Offer club = offer(
                "Jugendtreff",
                MONDAY.plusDays(1),
                MONDAY.plusDays(2),
                List.of(),
                new WeeklyTime(DayOfWeek.MONDAY, LocalTime.of(15, 0), LocalTime.of(19, 0)),
                new WeeklyTime(DayOfWeek.TUESDAY, LocalTime.of(15, 0), LocalTime.of(19, 0)),
                new WeeklyTime(DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(9, 0)),
                new WeeklyTime(DayOfWeek.THURSDAY, LocalTime.of(15, 0), LocalTime.of(19, 0)));

        List<String> week = OfferWeek.occurrences(List.of(cafe, club), MONDAY, Locale.GERMAN).stream()
                .map(o -> o.date().getDayOfWeek() + " " + o.start() + " "
                        + o.offer().title(Locale.GERMAN) + (o.cancelled() ? " (fällt aus)" : ""))
                .toList();

        assertEquals(
                List.of(
                        "TUESDAY 15:00 Jugendtreff",
                        "WEDNESDAY 08:00 Jugendtreff",
                        "WEDNESDAY 09:00 Elterncafé (fällt aus)"),
                week);
    }

    @Test
    void theEnglishTitleFallsBackToTheGermanOne() {
        Offer offer = offer("Elterncafé", null, null, List.of());
        assertEquals("Elterncafé", offer.title(Locale.ENGLISH));
        offer.describe(offer.getSite(), Texts.german("Elterncafé", "Tee").with("en", "Parents' café", null));
        assertEquals("Parents' café", offer.title(Locale.ENGLISH));
        assertEquals("Elterncafé", offer.title(Locale.GERMAN));
        assertEquals("Tee", offer.description(Locale.ENGLISH));
    }

    private static Offer offer(
            String title, LocalDate from, LocalDate until, List<LocalDate> cancelled, WeeklyTime... times) {
        Carrier carrier = new Carrier("test", "Testträger", "Test", CarrierKind.FREE_CARRIER);
        Offer offer = new Offer(carrier);
        offer.describe(
                new Site(carrier, "Treff", SiteKind.OTHER, null, null, null), Texts.german(title, "Beschreibung"));
        offer.schedule(List.of(times), List.of("de"), from, until, cancelled);
        return offer;
    }
}
