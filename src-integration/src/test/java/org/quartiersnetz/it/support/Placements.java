package org.quartiersnetz.it.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for tasks that lead to placements. */
public final class Placements {

    private Placements() {}

    /** Accompaniment needs no clearance and no course, only the confidentiality declaration. */
    public static Map<String, Object> accompaniment(String title, String language, String... days) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "accompaniment");
        body.put("titleDe", title);
        body.put("descriptionDe", "Eltern zu Terminen begleiten.");
        body.put("atFamilyHome", true);
        List<Map<String, Object>> schedule = new ArrayList<>();
        for (String day : days) {
            schedule.add(Tasks.weekly(day, "14:00", "17:00"));
        }
        body.put("schedule", schedule);
        body.put("startsOn", Tasks.today().toString());
        body.put("hoursPerWeek", 2);
        body.put("languages", List.of(language));
        body.put("volunteersNeeded", 1);
        return body;
    }
}
