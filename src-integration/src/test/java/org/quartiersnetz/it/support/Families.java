package org.quartiersnetz.it.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for pseudonymous families. */
public final class Families {

    private Families() {}

    /** A valid family; tests change single fields. */
    public static Map<String, Object> familyBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("languages", List.of("tr", "ar"));
        body.put("ageBands", List.of("UNDER_1", "PREGNANCY"));
        body.put("needs", "Begleitung zur Hebamme, Deutsch im Alltag");
        return body;
    }
}
