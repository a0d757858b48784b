package org.quartiersnetz.calendar.entity;

import java.time.Instant;

/**
 * One date as calendars show it: what it is, a title that names no person and carries no note, when,
 * and where (null when the place is not to be told, e.g. a family's home).
 */
public record CalendarEvent(EventKind kind, long id, String title, Instant start, Instant end, String location) {

    public String uid() {
        return kind.uid(id);
    }
}
