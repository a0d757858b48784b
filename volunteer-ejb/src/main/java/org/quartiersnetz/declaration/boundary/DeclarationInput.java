package org.quartiersnetz.declaration.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.quartiersnetz.declaration.entity.Declaration;
import org.quartiersnetz.declaration.entity.DeclarationKind;

/** A new version of a declaration as administrators issue it (a class: see TaskTypeInput why). */
public class DeclarationInput {

    @NotNull
    private DeclarationKind kind;

    @NotBlank
    @Size(max = Declaration.TITLE_LENGTH)
    private String titleDe;

    @NotBlank
    @Size(max = Declaration.BODY_LENGTH)
    private String bodyDe;

    @NotBlank
    @Size(max = Declaration.TITLE_LENGTH)
    private String titleEn;

    @NotBlank
    @Size(max = Declaration.BODY_LENGTH)
    private String bodyEn;

    public DeclarationKind getKind() {
        return kind;
    }

    public void setKind(DeclarationKind kind) {
        this.kind = kind;
    }

    public String getTitleDe() {
        return titleDe;
    }

    public void setTitleDe(String titleDe) {
        this.titleDe = titleDe;
    }

    public String getBodyDe() {
        return bodyDe;
    }

    public void setBodyDe(String bodyDe) {
        this.bodyDe = bodyDe;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }
}
