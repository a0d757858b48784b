package org.quartiersnetz.common.entity;

import java.util.Locale;

/**
 * A task, an offer or a course: something staff describe in German and, where they like, in more
 * languages. (Each keeps its translations in a table of its own: JPA cannot override the table of a
 * collection inside an embeddable, so the two fields are mapped on each entity.)
 */
public interface Described {

    Texts getTexts();

    /** The title in the reader's language, German where no translation is kept. */
    default String title(Locale locale) {
        return getTexts().title(locale);
    }

    default String description(Locale locale) {
        return getTexts().description(locale);
    }
}
