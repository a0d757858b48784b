package org.quartiersnetz.common.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void theConfiguredLanguages() {
        assertEquals(List.of("de", "en", "tr", "ar", "ru"), Languages.all());
        assertEquals(List.of("de", "en"), Languages.staff());
        assertTrue(Languages.all().containsAll(Languages.staff()));
        assertEquals("de", Languages.orDefault("fr"));
        assertEquals("de", Languages.orDefault(null));
        assertEquals("ar", Languages.orDefault("ar"));
    }

    @Test
    void eachIsNamedInItself() {
        assertEquals("Deutsch", Languages.selfName("de"));
        assertEquals("Türkçe", Languages.selfName("tr"));
        assertEquals("العربية", Languages.selfName("ar"));
        assertEquals("Русский", Languages.selfName("ru"));
    }

    @Test
    void numbersAreWrittenWithTheDigitsZeroToNineInEveryLanguage() {
        for (String language : Languages.all()) {
            String formatted =
                    new java.text.MessageFormat("{0}", Languages.locale(language)).format(new Object[] {1234});
            assertTrue(formatted.chars().filter(Character::isDigit).allMatch(c -> c >= '0' && c <= '9'), formatted);
            assertTrue(formatted.contains("1") && formatted.contains("234"), formatted);
        }
        assertEquals(java.util.Locale.GERMAN, Languages.locale("de"), "a plain locale where the digits are 0–9");
    }

    @Test
    void arabicIsWrittenFromRightToLeft() {
        assertTrue(Languages.isRightToLeft("ar"));
        assertFalse(Languages.isRightToLeft("tr"));
        assertFalse(Languages.isRightToLeft("de"));
    }

    @Test
    void everyLanguageHasItsCalendarTexts() throws IOException {
        Properties german = texts("CalendarTexts_de");
        for (String language : Languages.all()) {
            assertEquals(
                    german.stringPropertyNames(),
                    texts("CalendarTexts_" + language).stringPropertyNames(),
                    language);
        }
    }

    private static Properties texts(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Languages.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertTrue(in != null, "no " + name);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
