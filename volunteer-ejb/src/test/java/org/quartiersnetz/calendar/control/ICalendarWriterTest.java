package org.quartiersnetz.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.calendar.entity.CalendarEvent;
import org.quartiersnetz.calendar.entity.EventKind;

class ICalendarWriterTest {

    @Test
    void writesLocalTimesWithTheirZoneAndReadsBack() throws Exception {
        // 17:00 UTC in summer is 19:00 in Berlin; in winter 18:00
        CalendarEvent summer = new CalendarEvent(
                EventKind.SUPERVISION,
                42,
                "Gruppensupervision",
                Instant.parse("2026-07-01T17:00:00Z"),
                Instant.parse("2026-07-01T18:30:00Z"),
                "Treff");
        CalendarEvent winter = new CalendarEvent(
                EventKind.SLOT,
                7,
                "Elterncafé",
                Instant.parse("2026-12-02T17:00:00Z"),
                Instant.parse("2026-12-02T18:00:00Z"),
                null);
        String text =
                ICalendarWriter.write("Quartiersnetz", List.of(summer, winter), Instant.parse("2026-06-01T00:00:00Z"));

        assertTrue(text.contains("DTSTART;TZID=Europe/Berlin:20260701T190000"), text);
        assertTrue(text.contains("DTSTART;TZID=Europe/Berlin:20261202T180000"), text);
        assertTrue(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin"), text);
        Calendar back = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = back.getComponents("VEVENT");
        assertEquals(2, events.size());
        assertEquals(
                "supervision-42@quartiersnetz",
                events.get(0).getUid().orElseThrow().getValue());
        assertEquals(
                "Treff",
                events.get(0).getProperty(Property.LOCATION).orElseThrow().getValue());
        assertTrue(events.get(1).getProperty(Property.LOCATION).isEmpty());
    }
}
