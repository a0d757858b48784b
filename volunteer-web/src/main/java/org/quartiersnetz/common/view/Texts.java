package org.quartiersnetz.common.view;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Looks up user texts in the application's resource bundle (i18n/ApplicationBundle). */
public final class Texts {

    public static final String BUNDLE = "i18n.ApplicationBundle";

    private Texts() {}

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader())
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(labels(locale, arguments));
    }

    /** Enum values (also in collections) appear as their labels, e.g. "aktiv" for ACTIVE. */
    private static Object[] labels(Locale locale, Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Enum<?> value) {
                shown[i] = label(locale, value);
            } else if (shown[i] instanceof Collection<?> values) {
                shown[i] = values.stream()
                        .map(v -> v instanceof Enum<?> e ? label(locale, e) : String.valueOf(v))
                        .collect(Collectors.joining(", "));
            }
        }
        return shown;
    }

    public static String label(Locale locale, Enum<?> value) {
        return get(locale, value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
