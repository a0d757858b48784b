package org.quartiersnetz.common.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.quartiersnetz.common.entity.Text;
import org.quartiersnetz.common.entity.Texts;

/**
 * The texts staff give a task, an offer or a course, as the API and the editors take them: German
 * required, English optional. The lengths are the entity's.
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

    public Texts texts() {
        return Texts.german(titleDe, descriptionDe).with(ENGLISH, titleEn, descriptionEn);
    }

    /** Fills the fields from texts kept, for editing them. */
    public void showTexts(Texts texts) {
        titleDe = texts.titleIn(Texts.GERMAN);
        titleEn = texts.titleIn(ENGLISH);
        descriptionDe = texts.descriptionIn(Texts.GERMAN);
        descriptionEn = texts.descriptionIn(ENGLISH);
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
