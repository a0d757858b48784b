package org.quartiersnetz.common.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void everyTextExistsInEveryLanguage() throws IOException {
        assertEquals(keys("de").stringPropertyNames(), keys("en").stringPropertyNames());
    }

    @Test
    void theLockMessageCountsMinutes() {
        assertTrue(Texts.get(Locale.GERMAN, "login.locked", 15L).contains("für 15 Minuten gesperrt"));
        assertTrue(Texts.get(Locale.GERMAN, "login.locked", 1L).contains("für eine Minute gesperrt"));
        assertTrue(Texts.get(Locale.ENGLISH, "problem.signIn.locked", 15L).contains("locked for 15 minutes"));
    }

    private static Properties keys(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("/i18n/ApplicationBundle_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
