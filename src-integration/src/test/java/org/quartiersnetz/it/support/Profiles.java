package org.quartiersnetz.it.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Profile bodies for the API; tests change single fields. */
public final class Profiles {

    private Profiles() {}

    public static Map<String, Object> profile(String lastName, List<String> carriers, boolean sharedPool) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Ayşe");
        body.put("lastName", lastName);
        body.put("phone", "+49 214 123456");
        Map<String, String> languages = new LinkedHashMap<>();
        languages.put("tr", "NATIVE");
        languages.put("de", "FLUENT");
        body.put("languageLevels", languages);
        body.put("skills", new ArrayList<>(List.of("CHILDCARE", "READING_ALOUD")));
        body.put("tags", new ArrayList<>(List.of("Nähen")));
        body.put(
                "availability",
                new ArrayList<>(List.of(
                        Map.of("day", "TUESDAY", "band", "AFTERNOON"),
                        Map.of("day", "THURSDAY", "band", "AFTERNOON"))));
        body.put("interests", new ArrayList<>(List.of("godparent", "reading-mentor")));
        body.put("carriers", new ArrayList<>(carriers));
        body.put("postcode", "51373");
        body.put("area", "Derrsiedlung");
        body.put("birthDate", "1985-04-12");
        body.put("maxHoursPerWeek", 4);
        body.put("availableFrom", "2026-01-01");
        body.put("availableUntil", "2027-12-31");
        body.put("sharedPool", sharedPool);
        body.put("groupMail", true);
        return body;
    }
}
