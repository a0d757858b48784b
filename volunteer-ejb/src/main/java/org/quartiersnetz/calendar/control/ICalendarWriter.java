package org.quartiersnetz.calendar.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.quartiersnetz.calendar.entity.CalendarEvent;
import org.quartiersnetz.common.control.ClockProducer;

/**
 * Writes dates as an iCalendar file (RFC 5545) with ical4j: times in the network's zone
 * (DTSTART;TZID=Europe/Berlin) and that zone's VTIMEZONE, so every calendar shows them at the local
 * hour also across the change to and from summer time.
 */
public final class ICalendarWriter {

    private static final String PRODUCT = "-//Quartiersnetz//Kalender 1.0//DE";
    // the registry reads the zone definitions ical4j ships (no network): one for the application
    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private ICalendarWriter() {}

    /** The calendar named {@code name} with these dates, stamped at {@code now}. */
    public static String write(String name, List<CalendarEvent> events, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", ClockProducer.NETWORK_ZONE.getId()));
        calendar.add(ZONES.getTimeZone(ClockProducer.NETWORK_ZONE.getId()).getVTimeZone());
        for (CalendarEvent event : events) {
            VEvent vevent = new VEvent(
                    ZonedDateTime.ofInstant(event.start(), ClockProducer.NETWORK_ZONE),
                    ZonedDateTime.ofInstant(event.end(), ClockProducer.NETWORK_ZONE),
                    event.title());
            vevent.replace(new DtStamp(now));
            vevent.add(new Uid(event.uid()));
            if (event.location() != null && !event.location().isBlank()) {
                vevent.add(new Location(event.location()));
            }
            calendar.add(vevent);
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
