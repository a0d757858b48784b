package org.quartiersnetz.it.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies for the carriers' offers, the seeded sites they take place at, and dates for them. */
public final class Offers {

    /** Seeded sites: 1 Caritas' meeting place, 2 the Jugendwerke's youth club, 4 the counselling centre's café. */
    public static final long CARITAS_SITE = 1;

    public static final long JUGENDWERKE_SITE = 2;
    public static final long CAFE_SITE = 4;

    private Offers() {}

    public static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> time(DayOfWeek day, String start, String end) {
        return Map.of("day", day.name(), "start", start, "end", end);
    }

    /** A valid offer body; tests change single fields to make it invalid. */
    public static Map<String, Object> offer(long site, String title, List<Map<String, Object>> times) {
        Map<String, Object> body = new HashMap<>();
        body.put("site", site);
        body.put("titleDe", title);
        body.put("descriptionDe", "Einfach vorbeikommen.");
        body.put("times", new ArrayList<>(times));
        body.put("languages", new ArrayList<>(List.of("de", "tr")));
        return body;
    }

    /** A Monday far enough ahead that only this test's dated offers and the permanent ones fall in it. */
    public static LocalDate mondayIn(int years) {
        return LocalDate.now().plusYears(years).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
