package org.quartiersnetz.common.view;

import java.util.Locale;

/**
 * The language of the request being served on this thread, for texts produced outside JSF
 * (API problem details, Bean Validation messages of the API).
 */
public final class RequestLocale {

    private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

    private RequestLocale() {}

    public static Locale get() {
        Locale locale = CURRENT.get();
        return locale == null ? SupportedLocales.DEFAULT : locale;
    }

    static void set(Locale locale) {
        CURRENT.set(locale);
    }

    static void clear() {
        CURRENT.remove();
    }
}
