package org.quartiersnetz.it.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** Request bodies for clearance checks (inspections of a certificate of good conduct). */
public final class Clearances {

    /** Today in the network's zone, fixed once per run so that tests and their bodies agree. */
    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    private Clearances() {}

    /** A valid inspection; tests change single fields. */
    public static Map<String, Object> inspection(LocalDate inspectedOn, LocalDate issuedOn, boolean conviction) {
        Map<String, Object> body = new HashMap<>();
        body.put("inspectedOn", inspectedOn.toString());
        body.put("certificateIssuedOn", issuedOn.toString());
        body.put("relevantConviction", conviction);
        return body;
    }

    public static Map<String, Object> recentInspection() {
        return inspection(TODAY.minusDays(3), TODAY.minusDays(30), false);
    }
}
