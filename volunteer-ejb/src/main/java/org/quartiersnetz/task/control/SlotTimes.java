package org.quartiersnetz.task.control;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.Languages;

/** A slot's time as people read it, in the network's zone: "Mittwoch, 2. Dezember 2026, 09:00–12:00". */
public final class SlotTimes {

    private SlotTimes() {}

    public static String format(Instant start, Instant end, String language) {
        Locale locale = Locale.forLanguageTag(language == null ? "de" : language);
        ZonedDateTime from = start.atZone(ClockProducer.NETWORK_ZONE);
        ZonedDateTime to = end.atZone(ClockProducer.NETWORK_ZONE);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                        .withLocale(locale)
                        .format(from) + ", " + Languages.range(language, time.format(from), time.format(to));
    }

    /** A day and time, e.g. "Dienstag, 8. Dezember 2026, 15:00". */
    public static String moment(Instant at, String language) {
        Locale locale = Locale.forLanguageTag(language == null ? "de" : language);
        ZonedDateTime local = at.atZone(ClockProducer.NETWORK_ZONE);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                        .withLocale(locale)
                        .format(local) + ", "
                + DateTimeFormatter.ofPattern("HH:mm", locale).format(local);
    }
}
