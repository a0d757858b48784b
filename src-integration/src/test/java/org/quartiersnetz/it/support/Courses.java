package org.quartiersnetz.it.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for course runs. */
public final class Courses {

    private Courses() {}

    /** A run of the course with the given places and dates ("yyyy-mm-dd hh:mm-hh:mm"), deadline the first day. */
    public static Map<String, Object> run(String courseCode, int capacity, String... dates) {
        List<Map<String, Object>> sessions = new ArrayList<>();
        for (String date : dates) {
            String[] parts = date.split("[ -]");
            String day = parts[0] + "-" + parts[1] + "-" + parts[2];
            sessions.add(Map.of("date", day, "start", parts[3], "end", parts[4]));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("courseCode", courseCode);
        body.put("place", "Familienzentrum Nord, Raum 2");
        body.put("trainer", "Petra Lehmann");
        body.put("capacity", capacity);
        body.put("enrolmentDeadline", sessions.get(0).get("date"));
        body.put("sessions", sessions);
        return body;
    }

    /** "yyyy-mm-dd hh:mm-hh:mm" for a day. */
    public static String on(LocalDate day, String from, String to) {
        return day + " " + from + "-" + to;
    }
}
