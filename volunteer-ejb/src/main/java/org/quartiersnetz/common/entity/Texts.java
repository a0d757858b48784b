package org.quartiersnetz.common.entity;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The texts of a task, an offer or a course: German, which every one has, and translations keyed
 * by language code. A reader gets their language where it is given and German otherwise, title
 * and description each on their own; another language is another key, not another column.
 */
public record Texts(Text german, Map<String, Text> translations) {

    public static final String GERMAN = "de";
    public static final int LANGUAGE_LENGTH = 5;

    public Texts {
        translations = Map.copyOf(new TreeMap<>(translations));
    }

    public static Texts german(String title, String description) {
        return new Texts(new Text(title, description), Map.of());
    }

    /** These texts with the given translation; an empty one removes the language. */
    public Texts with(String language, String title, String description) {
        Map<String, Text> all = new TreeMap<>(translations);
        Text text = new Text(title, description);
        if (text.isEmpty()) {
            all.remove(language);
        } else {
            all.put(language, text);
        }
        return new Texts(german, all);
    }

    /**
     * Brings an entity's kept translations to these, touching only the languages that changed (so
     * that an unchanged text is not written again).
     */
    public void keepIn(Map<String, Text> kept) {
        kept.keySet().retainAll(translations.keySet());
        translations.forEach((language, text) -> {
            if (!text.equals(kept.get(language))) {
                kept.put(language, text);
            }
        });
    }

    public String title(Locale locale) {
        return translated(locale).map(Text::getTitle).orElse(german.getTitle());
    }

    public String description(Locale locale) {
        return translated(locale).map(Text::getDescription).orElse(german.getDescription());
    }

    /** The title exactly in this language (no fallback), or null. */
    public String titleIn(String language) {
        return in(language).map(Text::getTitle).orElse(null);
    }

    /** The description exactly in this language (no fallback), or null. */
    public String descriptionIn(String language) {
        return in(language).map(Text::getDescription).orElse(null);
    }

    private Optional<Text> in(String language) {
        return GERMAN.equals(language) ? Optional.of(german) : Optional.ofNullable(translations.get(language));
    }

    private Optional<Text> translated(Locale locale) {
        return Optional.ofNullable(translations.get(locale.getLanguage()));
    }
}
