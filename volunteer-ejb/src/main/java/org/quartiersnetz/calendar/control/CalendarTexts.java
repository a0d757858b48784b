package org.quartiersnetz.calendar.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.quartiersnetz.common.control.Languages;

/** The titles of dates in calendars, from i18n/CalendarTexts_xx; German where no other language fits. */
public final class CalendarTexts {

    static final String BUNDLE = "i18n.CalendarTexts";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private CalendarTexts() {}

    /** The language asked for when the platform speaks it, else German. */
    public static Locale localeOf(String language) {
        return Languages.locale(language);
    }

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, localeOf(locale.getLanguage()), CalendarTexts.class.getClassLoader(), NO_FALLBACK);
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
