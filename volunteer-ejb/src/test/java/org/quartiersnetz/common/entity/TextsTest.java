package org.quartiersnetz.common.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextsTest {

    private final Texts texts = Texts.german("Elterncafé", "Tee und Gespräche").with("en", "Parents' café", null);

    @Test
    void aReaderGetsTheirLanguageFieldByFieldAndGermanWhereNothingIsTranslated() {
        assertEquals("Parents' café", texts.title(Locale.ENGLISH));
        assertEquals("Tee und Gespräche", texts.description(Locale.ENGLISH));
        assertEquals("Elterncafé", texts.title(Locale.forLanguageTag("ar")));
        assertEquals("Elterncafé", texts.title(Locale.GERMAN));
    }

    @Test
    void exactlyInALanguageMeansNoFallback() {
        assertEquals("Parents' café", texts.titleIn("en"));
        assertNull(texts.descriptionIn("en"));
        assertNull(texts.titleIn("tr"));
        assertEquals("Elterncafé", texts.titleIn(Texts.GERMAN));
    }

    @Test
    void blankTextsAreNoTranslationAndAreStripped() {
        Texts blank = texts.with("tr", " ", "");
        assertEquals(texts.translations(), blank.translations());
        assertEquals("Kafe", texts.with("tr", "  Kafe ", null).titleIn("tr"));
        assertEquals(Map.of(), texts.with("en", null, " ").translations());
    }

    @Test
    void keepingTouchesOnlyTheLanguagesThatChanged() {
        Map<String, Text> kept = new HashMap<>(texts.translations());
        Text english = kept.get("en");
        kept.put("ru", new Text("Кафе", null));

        texts.with("tr", "Kafe", null).keepIn(kept);

        assertSame(english, kept.get("en"), "an unchanged translation stays the same object");
        assertEquals(new Text("Kafe", null), kept.get("tr"));
        assertEquals(2, kept.size(), "a language no longer given is removed");
    }
}
