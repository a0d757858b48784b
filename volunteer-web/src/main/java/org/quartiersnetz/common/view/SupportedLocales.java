package org.quartiersnetz.common.view;

import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.quartiersnetz.common.control.Languages;

/** The languages the user interface speaks (see {@link Languages}); German is the default. */
public final class SupportedLocales {

    public static final Locale DEFAULT = Locale.forLanguageTag(Languages.DEFAULT);
    public static final List<Locale> ALL =
            Languages.all().stream().map(Locale::forLanguageTag).toList();

    private SupportedLocales() {}

    /** The first supported language among those a client asks for, else German. */
    public static Locale choose(Enumeration<Locale> requested) {
        return Languages.locale(firstOf(requested, Languages.all()));
    }

    /** The first of the allowed languages among those a client asks for, else German. */
    public static String firstOf(Enumeration<Locale> requested, List<String> allowed) {
        return requested == null ? Languages.DEFAULT : firstOf(requested.asIterator(), allowed);
    }

    public static String firstOf(Iterator<Locale> requested, List<String> allowed) {
        while (requested.hasNext()) {
            String language = requested.next().getLanguage();
            if (allowed.contains(language)) {
                return language;
            }
        }
        return Languages.DEFAULT;
    }
}
