package org.quartiersnetz.common.control;

import java.util.Locale;

/** A text kept in German and, optionally, in English. */
public record Bilingual(String de, String en) {

    /** The text in the given language, German where no translation is kept. */
    public String in(Locale locale) {
        return pick(locale, de, en);
    }

    public static String pick(Locale locale, String de, String en) {
        return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : de;
    }
}
