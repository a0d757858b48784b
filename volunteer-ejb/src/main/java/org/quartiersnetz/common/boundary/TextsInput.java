package org.quartiersnetz.common.boundary;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.control.Languages;
import org.quartiersnetz.common.entity.Text;
import org.quartiersnetz.common.entity.Texts;

/**
 * The texts staff give a task, an offer or a course, as the API and the editors take them: German
 * required, English and the platform's other languages optional ({@code translations}, keyed by
 * language code). The lengths are the entity's.
 */
public abstract class TextsInput {

    private static final String ENGLISH = "en";

    @NotBlank
    @Size(max = Text.TITLE_LENGTH)
    private String titleDe;

    @Size(max = Text.TITLE_LENGTH)
    private String titleEn;

    @NotBlank
    @Size(max = Text.DESCRIPTION_LENGTH)
    private String descriptionDe;

    @Size(max = Text.DESCRIPTION_LENGTH)
    private String descriptionEn;

    /** Titles and descriptions in the platform's languages other than German and English. */
    private Map<String, @Valid Translation> translations = emptyTranslations();

    /** A title and a description in one language. */
    public static class Translation {

        @Size(max = Text.TITLE_LENGTH)
        private String title;

        @Size(max = Text.DESCRIPTION_LENGTH)
        private String description;

        public Translation() {}

        public Translation(String title, String description) {
            this.title = title;
            this.description = description;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    public Texts texts() {
        Texts texts = Texts.german(titleDe, descriptionDe).with(ENGLISH, titleEn, descriptionEn);
        for (Map.Entry<String, Translation> entry : translations.entrySet()) {
            String language = entry.getKey();
            if (!Languages.isSupported(language) || Texts.GERMAN.equals(language) || ENGLISH.equals(language)) {
                throw InvalidInputException.onField("translations", "texts.languageUnknown", language);
            }
            Translation text = entry.getValue() == null ? new Translation() : entry.getValue();
            texts = texts.with(language, blankToNull(text.title), blankToNull(text.description));
        }
        return texts;
    }

    /** The languages besides German and English that texts can be given in. */
    public static List<String> otherLanguages() {
        return Languages.all().stream()
                .filter(language -> !Texts.GERMAN.equals(language) && !ENGLISH.equals(language))
                .toList();
    }

    /** The texts given in the other languages, for answers that show what staff entered. */
    public static Map<String, Translation> translationsOf(Texts texts) {
        Map<String, Translation> given = new LinkedHashMap<>();
        for (String language : otherLanguages()) {
            if (texts.titleIn(language) != null || texts.descriptionIn(language) != null) {
                given.put(language, new Translation(texts.titleIn(language), texts.descriptionIn(language)));
            }
        }
        return given;
    }

    private static Map<String, Translation> emptyTranslations() {
        Map<String, Translation> empty = new LinkedHashMap<>();
        otherLanguages().forEach(language -> empty.put(language, new Translation()));
        return empty;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Fills the fields from texts kept, for editing them. */
    public void showTexts(Texts texts) {
        titleDe = texts.titleIn(Texts.GERMAN);
        titleEn = texts.titleIn(ENGLISH);
        descriptionDe = texts.descriptionIn(Texts.GERMAN);
        descriptionEn = texts.descriptionIn(ENGLISH);
        translations = emptyTranslations();
        translations.replaceAll(
                (language, empty) -> new Translation(texts.titleIn(language), texts.descriptionIn(language)));
    }

    /** For the editors: the languages of {@link #getTranslations()}. */
    @JsonbTransient
    public List<String> getOtherLanguages() {
        return otherLanguages();
    }

    public Map<String, Translation> getTranslations() {
        return translations;
    }

    public void setTranslations(Map<String, Translation> translations) {
        this.translations = translations == null ? new LinkedHashMap<>() : new LinkedHashMap<>(translations);
    }

    public String getTitleDe() {
        return titleDe;
    }

    public void setTitleDe(String titleDe) {
        this.titleDe = titleDe;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionDe() {
        return descriptionDe;
    }

    public void setDescriptionDe(String descriptionDe) {
        this.descriptionDe = descriptionDe;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }
}
