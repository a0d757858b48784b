package org.quartiersnetz.common.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The languages the platform speaks, configured in {@code i18n/languages.properties}: all of them
 * for the public and volunteers, German and English for staff. German is the default.
 */
public final class Languages {

    public static final String DEFAULT = "de";

    /** Languages written from right to left (ISO 639-1) that the platform might add. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "sd", "yi", "dv", "ku");

    private static final Properties CONFIGURED = load();
    private static final List<String> ALL = list("public");
    private static final List<String> STAFF = list("staff");

    private Languages() {}

    /** Every language, in the order of the language switch. */
    public static List<String> all() {
        return ALL;
    }

    /** The languages of the staff pages. */
    public static List<String> staff() {
        return STAFF;
    }

    public static boolean isSupported(String language) {
        return language != null && ALL.contains(language);
    }

    /** The language itself, or German when the platform does not speak it. */
    public static String orDefault(String language) {
        return isSupported(language) ? language : DEFAULT;
    }

    /**
     * The locale to format texts in: the language itself, with the digits 0–9 where the language
     * would write its own (Arabic), as numbers, dates and codes are read beside German ones. Other
     * languages keep a plain locale, which widgets such as PrimeFaces' schedule expect.
     */
    public static Locale locale(String language) {
        Locale plain = Locale.forLanguageTag(orDefault(language));
        if (DecimalFormatSymbols.getInstance(plain).getZeroDigit() == '0') {
            return plain;
        }
        return new Locale.Builder()
                .setLocale(plain)
                .setUnicodeLocaleKeyword("nu", "latn")
                .build();
    }

    /**
     * A range such as "09:00–12:00" kept in its order inside text of this language: isolated
     * left to right (LRI … PDI) in a right-to-left language, where it would read "12:00–09:00".
     */
    public static String range(String language, String from, String to) {
        String range = from + "–" + to;
        return isRightToLeft(language) ? "\u2066" + range + "\u2069" : range;
    }

    public static boolean isRightToLeft(String language) {
        return RIGHT_TO_LEFT.contains(language);
    }

    /** The language's name in itself, e.g. "Türkçe", "العربية", "Русский". */
    public static String selfName(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private static List<String> list(String key) {
        return Arrays.stream(CONFIGURED.getProperty(key, DEFAULT).split(","))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .toList();
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Languages.class.getResourceAsStream("/i18n/languages.properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
