package org.quartiersnetz.common.view;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/** The languages the user interface speaks; German is the default. */
public final class SupportedLocales {

    public static final Locale DEFAULT = Locale.GERMAN;
    public static final List<Locale> ALL = List.of(Locale.GERMAN, Locale.ENGLISH);

    private SupportedLocales() {}

    /** The first supported language among those a client asks for, else German. */
    public static Locale choose(Enumeration<Locale> requested) {
        while (requested != null && requested.hasMoreElements()) {
            String language = requested.nextElement().getLanguage();
            for (Locale supported : ALL) {
                if (supported.getLanguage().equals(language)) {
                    return supported;
                }
            }
        }
        return DEFAULT;
    }
}
