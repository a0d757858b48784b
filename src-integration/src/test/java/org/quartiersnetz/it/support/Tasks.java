package org.quartiersnetz.it.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for tasks and slots, and dates in the network's zone. */
public final class Tasks {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Demo sites: the Caritas meeting place and the Jugendwerke youth club. */
    public static final long CARITAS_SITE = 1;

    public static final long JUGENDWERKE_SITE = 2;

    private Tasks() {}

    public static LocalDate today() {
        return LocalDate.now(BERLIN);
    }

    /** The first such weekday at least two days ahead (so that no reminder is due yet). */
    public static LocalDate next(DayOfWeek day) {
        return today().plusDays(2).with(TemporalAdjusters.nextOrSame(day));
    }

    /** "Elterncafé helper, Wednesdays 9–12" at the Caritas meeting place, with three places. */
    public static Map<String, Object> cafe(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "parents-cafe");
        body.put("titleDe", title);
        body.put("titleEn", "Parents' café helper, Wednesdays 9–12");
        body.put("descriptionDe", "Kaffee kochen, Kinder willkommen heißen, mit Eltern ins Gespräch kommen.");
        body.put("siteId", CARITAS_SITE);
        body.put("schedule", new ArrayList<>(List.of(weekly("WEDNESDAY", "09:00", "12:00"))));
        body.put("startsOn", today().toString());
        body.put("hoursPerWeek", 3);
        body.put("languages", new ArrayList<>(List.of("de", "tr")));
        body.put("skills", new ArrayList<>(List.of("COOKING")));
        body.put("volunteersNeeded", 3);
        return body;
    }

    /** A godparent task at the family's home, Tuesday afternoons, Turkish-speaking. */
    public static Map<String, Object> godparent(String title, Long familyId, String staffNote) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "godparent");
        body.put("titleDe", title);
        body.put("descriptionDe", "Eine Familie mit Baby und Kleinkind wünscht sich Begleitung im Alltag.");
        body.put("atFamilyHome", true);
        body.put("familyId", familyId);
        body.put("schedule", new ArrayList<>(List.of(weekly("TUESDAY", "14:00", "17:00"))));
        body.put("startsOn", today().plusWeeks(2).toString());
        body.put("durationMonths", 12);
        body.put("hoursPerWeek", 3);
        body.put("languages", new ArrayList<>(List.of("tr")));
        body.put("volunteersNeeded", 1);
        body.put("staffNote", staffNote);
        return body;
    }

    public static Map<String, Object> weekly(String day, String start, String end) {
        return Map.of("day", day, "start", start, "end", end);
    }

    /** Weekly slots on the date's weekday from the date for the given number of weeks. */
    public static Map<String, Object> slots(LocalDate from, int weeks, String start, String end, int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("from", from.toString());
        body.put("until", from.plusWeeks(weeks - 1L).toString());
        body.put("start", start);
        body.put("end", end);
        body.put("capacity", capacity);
        return body;
    }
}
