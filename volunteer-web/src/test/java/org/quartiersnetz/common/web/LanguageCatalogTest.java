package org.quartiersnetz.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageCatalogTest {

    @Test
    void aLanguageIsNamedInThePageLanguageAndInItself() {
        assertEquals("Türkisch (Türkçe)", LanguageCatalog.label("tr", Locale.GERMAN));
        assertEquals("Arabic (العربية)", LanguageCatalog.label("ar", Locale.ENGLISH));
    }

    @Test
    void theNameIsNotRepeatedWhenBothAreTheSame() {
        assertEquals("Deutsch", LanguageCatalog.label("de", Locale.GERMAN));
        assertEquals("English", LanguageCatalog.label("en", Locale.ENGLISH));
    }

    @Test
    void everyOfferedCodeIsAKnownLanguage() {
        for (String code : LanguageCatalog.CODES) {
            assertEquals(code, Locale.forLanguageTag(code).getLanguage(), code);
        }
    }
}
