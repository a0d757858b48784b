package org.quartiersnetz.common.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void theLockMessageCountsMinutes() {
        assertTrue(Texts.get(Locale.GERMAN, "login.locked", 15L).contains("für 15 Minuten gesperrt"));
        assertTrue(Texts.get(Locale.GERMAN, "login.locked", 1L).contains("für eine Minute gesperrt"));
        assertTrue(Texts.get(Locale.ENGLISH, "problem.signIn.locked", 15L).contains("locked for 15 minutes"));
    }
}
