package org.quartiersnetz.language.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageLanguageTest {

    @Test
    void setsTheLanguageOfALink() {
        assertEquals("/board.xhtml?lang=ar", PageLanguage.withLanguage("/board.xhtml", "ar"));
        assertEquals("/board.xhtml?day=MONDAY&lang=tr", PageLanguage.withLanguage("/board.xhtml?day=MONDAY", "tr"));
        assertEquals(
                "/board.xhtml?lang=ru&day=MONDAY", PageLanguage.withLanguage("/board.xhtml?lang=ar&day=MONDAY", "ru"));
        assertEquals("/x.xhtml?a=1&lang=en#top", PageLanguage.withLanguage("/x.xhtml?a=1&lang=de#top", "en"));
        assertEquals("/x.xhtml?language=tr&lang=ar", PageLanguage.withLanguage("/x.xhtml?language=tr", "ar"));
    }

    @Test
    void staffPagesAreKnownByTheirPath() {
        assertTrue(PageLanguage.isStaffPage("/staff/tasks.xhtml"));
        assertTrue(PageLanguage.isStaffPage("/admin/staff.xhtml"));
        assertTrue(PageLanguage.isStaffPage("/account/tokens.xhtml"));
        assertFalse(PageLanguage.isStaffPage("/volunteer/profile.xhtml"));
        assertFalse(PageLanguage.isStaffPage("/account/confirm.xhtml"));
        assertFalse(PageLanguage.isStaffPage("/board.xhtml"));
    }
}
